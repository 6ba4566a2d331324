using System.Text;
using Junkan.Core.Structure;
using static Junkan.Reports.Structure.Svg;

namespace Junkan.Reports.Structure;

/// <summary>
/// The ISM level diagram as deterministic SVG: one band per level, level 1 (outcomes) at the top and the root causes
/// at the bottom, one box per factor (in the factors' order, at most <see cref="PerRow"/> to a row, labels wrapped to
/// two lines), and an arrow for each direct link of the initial reachability matrix between different levels.
/// </summary>
public static class IsmLevelDiagram
{
    /// <summary>Boxes per row within a level band.</summary>
    public const int PerRow = 5;

    private const double Margin = 24, LabelColumn = 64, BoxWidth = 150, BoxHeight = 38, Gap = 14, RowGap = 34, Font = 10, Header = 70;

    public static string Render(StructureAnalysis s, bool[,] initial, StructureLabels t, bool example)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(t);
        int n = s.Factors.Count, levels = s.Ism.LevelCount;
        var labels = s.Factors.Select(f => f.Label(t.Language)).ToArray();
        var bands = Enumerable.Range(1, levels).Select(l => Enumerable.Range(0, n).Where(i => s.Ism.Levels[i] == l).ToList()).ToList();
        int widest = Math.Min(PerRow, bands.Max(b => b.Count));
        double svgW = Math.Max(640, LabelColumn + (2 * Margin) + (widest * (BoxWidth + Gap)));
        var (cx, cy) = (new double[n], new double[n]);
        var bandTop = new double[levels];
        double y = Header;
        for (int l = 0; l < levels; l++)
        {
            bandTop[l] = y;
            var band = bands[l];
            for (int r = 0; r * PerRow < band.Count; r++)
            {
                var row = band.Skip(r * PerRow).Take(PerRow).ToList();
                double x = LabelColumn + Margin + ((svgW - LabelColumn - (2 * Margin) - (row.Count * (BoxWidth + Gap)) + Gap) / 2);
                foreach (int i in row) { cx[i] = x + (BoxWidth / 2); cy[i] = y + (BoxHeight / 2); x += BoxWidth + Gap; }
                y += BoxHeight + RowGap;
            }
        }
        double svgH = y + 10;
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {F(svgW)} {F(svgH)}\" width=\"{F(svgW)}\" height=\"{F(svgH)}\" role=\"img\" aria-label=\"{Enc(t["Levels"])}\" font-family=\"sans-serif\">\n");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n").Append(ArrowMarker);
        sb.Append(Inv, $"<text x=\"{F(Margin)}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{Enc(t["Levels"])}</text>\n");
        sb.Append(Inv, $"<text x=\"{F(Margin)}\" y=\"40\" font-size=\"11\" fill=\"#495057\">{Enc(t["LevelTop"])}</text>\n");
        if (example) sb.Append(Inv, $"<text x=\"{F(Margin)}\" y=\"54\" font-size=\"11\" fill=\"#c92a2a\">{Enc(t["Example"])}</text>\n");
        for (int l = 0; l < levels; l++)
        {
            if (l > 0) sb.Append(Inv, $"<line x1=\"{F(Margin)}\" y1=\"{F(bandTop[l] - (RowGap / 2))}\" x2=\"{F(svgW - Margin)}\" y2=\"{F(bandTop[l] - (RowGap / 2))}\" stroke=\"#e9ecef\"/>\n");
            sb.Append(Inv, $"<text x=\"{F(Margin)}\" y=\"{F(bandTop[l] + (BoxHeight / 2) + 4)}\" font-size=\"11\" fill=\"#495057\">{Enc(t["Level"])} {l + 1}</text>\n");
        }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j && initial[i, j] && s.Ism.Levels[i] != s.Ism.Levels[j])
                {
                    double dir = cy[i] > cy[j] ? 1 : -1;
                    sb.Append(Inv, $"<line x1=\"{F(cx[i])}\" y1=\"{F(cy[i] - (dir * BoxHeight / 2))}\" x2=\"{F(cx[j])}\" y2=\"{F(cy[j] + (dir * BoxHeight / 2))}\" stroke=\"#adb5bd\" stroke-width=\"0.8\" marker-end=\"url(#arrow)\"><title>{Enc(labels[i])} → {Enc(labels[j])}</title></line>\n");
                }
        for (int i = 0; i < n; i++) Box(sb, cx[i], cy[i], labels[i], s.Dematel.Group(i), t.Quadrant(s.Ism.Quadrant(i)));
        return sb.Append("</svg>\n").ToString();
    }

    private static void Box(StringBuilder sb, double cx, double cy, string label, FactorGroup group, string quadrant)
    {
        string fill = group == FactorGroup.Cause ? "#fff0f6" : "#e7f5ff";
        sb.Append(Inv, $"<rect x=\"{F(cx - (BoxWidth / 2))}\" y=\"{F(cy - (BoxHeight / 2))}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"4\" fill=\"{fill}\" stroke=\"#495057\"><title>{Enc(label)}: {Enc(quadrant)}</title></rect>\n");
        var lines = Wrap(label, BoxWidth - 10);
        double y0 = cy + 3.5 - ((lines.Count - 1) * 6);
        for (int k = 0; k < lines.Count; k++)
            sb.Append(Inv, $"<text x=\"{F(cx)}\" y=\"{F(y0 + (k * 12))}\" font-size=\"{Font}\" text-anchor=\"middle\">{Enc(lines[k])}</text>\n");
    }

    /// <summary>Splits a label into at most two lines that fit <paramref name="width"/> px: at a space for Latin text, anywhere for CJK; the rest is cut with "…".</summary>
    internal static List<string> Wrap(string label, double width)
    {
        if (TextWidth(label, Font) <= width) return [label];
        int cut = 0;
        for (int k = 1; k <= label.Length && TextWidth(label[..k], Font) <= width; k++) cut = k;
        int space = label.LastIndexOf(' ', Math.Max(0, cut - 1));
        int split = label[..cut].Any(c => c > 0x2E80) || space <= 0 ? cut : space;
        string first = label[..split].TrimEnd(), rest = label[split..].TrimStart();
        if (TextWidth(rest, Font) > width)
        {
            int keep = 0;
            for (int k = 1; k <= rest.Length && TextWidth(rest[..k] + "…", Font) <= width; k++) keep = k;
            rest = rest[..keep] + "…";
        }
        return [first, rest];
    }
}
