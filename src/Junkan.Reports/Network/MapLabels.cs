namespace Junkan.Reports.Network;

/// <summary>
/// Greedy placement of the site names on the network map, so that two sites close together (a hub and a plant in the
/// same city, Niihama beside Kobe) do not print over each other: each name takes the first of eight positions around its
/// mark (right, left, below, above, then the diagonals) whose box meets no name placed before; if all meet one, the first.
/// Boxes are estimated from the text at 11 px: 6.2 px per Latin character, 11 px per wide (CJK) one, 12 px high.
/// </summary>
internal sealed class MapLabels(double width)
{
    private const double Height = 12;
    private readonly List<(double X0, double Y0, double X1, double Y1)> _placed = [];

    /// <summary>The text's x, baseline y and anchor ("start" or "end") for a name beside the mark at (x, y).</summary>
    public (double X, double Y, string Anchor) Place(double x, double y, string text)
    {
        double w = TextWidth(text);
        (double X, double Y, string Anchor) first = default;
        bool haveFirst = false;
        foreach (var (dx, dy, anchor) in Candidates(x))
        {
            double tx = x + dx, ty = y + dy;
            var box = anchor == "end" ? (tx - w, ty - Height + 2, tx, ty + 2) : (tx, ty - Height + 2, tx + w, ty + 2);
            if (!haveFirst) { first = (tx, ty, anchor); haveFirst = true; }
            if (_placed.Any(b => Overlaps(b, box))) continue;
            _placed.Add(box);
            return (tx, ty, anchor);
        }
        return first;
    }

    /// <summary>Offsets of the baseline from the mark: right, left, below, above, and the four diagonals; near the right edge left comes first.</summary>
    private IEnumerable<(double Dx, double Dy, string Anchor)> Candidates(double x)
    {
        (double, double, string) right = (9, 4, "start"), left = (-9, 4, "end");
        bool nearEdge = x > width - 120;
        yield return nearEdge ? left : right;
        yield return nearEdge ? right : left;
        yield return (-4, 19, "start");
        yield return (-4, -9, "start");
        yield return (7, 17, "start");
        yield return (7, -7, "start");
        yield return (-7, 17, "end");
        yield return (-7, -7, "end");
    }

    private static bool Overlaps((double X0, double Y0, double X1, double Y1) a, (double X0, double Y0, double X1, double Y1) b) =>
        a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1;

    /// <summary>Estimated width (px) of a text at 11 px.</summary>
    public static double TextWidth(string text) => text.Sum(ch => ch > 0x2E80 ? 11.0 : 6.2);
}
