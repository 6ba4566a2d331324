using System.Text;
using Junkan.Core.Structure;
using static Junkan.Reports.Structure.Svg;

namespace Junkan.Reports.Structure;

/// <summary>
/// The DEMATEL cause-effect diagram (impact-relation map) as deterministic SVG: prominence r + c on x, relation
/// r − c on y (causes above the zero line, effects below), one dot per factor with its label, an arrow i → j for every
/// t<sub>ij</sub> ≥ θ (i ≠ j), the threshold and, for an example, the note that the ratings are not findings.
/// </summary>
public static class CauseEffectDiagram
{
    private const double Width = 760, Height = 560, Left = 70, Right = 200, Top = 56, Bottom = 60;

    public static string Render(StructureAnalysis s, StructureLabels t, bool example)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(t);
        var d = s.Dematel;
        int n = d.Size;
        var xs = Enumerable.Range(0, n).Select(d.Prominence).ToArray();
        var ys = Enumerable.Range(0, n).Select(d.Relation).ToArray();
        var (x0, x1) = Range(xs, false);
        var (y0, y1) = Range(ys, true);
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        double X(double v) => Left + ((v - x0) / (x1 - x0) * plotW);
        double Y(double v) => Top + ((y1 - v) / (y1 - y0) * plotH);
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Enc(t["CauseEffect"])}\" font-family=\"sans-serif\">\n");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n").Append(ArrowMarker);
        sb.Append(Inv, $"<text x=\"{F(Left)}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{Enc(t["CauseEffect"])}</text>\n");
        if (example) sb.Append(Inv, $"<text x=\"{F(Left)}\" y=\"40\" font-size=\"11\" fill=\"#c92a2a\">{Enc(t["Example"])}</text>\n");
        Axes(sb, t, X, Y, x0, x1, y0, y1);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j && d.Above(i, j)) Arrow(sb, X(xs[i]), Y(ys[i]), X(xs[j]), Y(ys[j]), $"{s.Factors[i].Label(t.Language)} → {s.Factors[j].Label(t.Language)}: t = {F(d.Total[i, j], "0.000")}");
        var placed = new List<(double X0, double Y0, double X1, double Y1)>();
        for (int i = 0; i < n; i++)
        {
            string colour = d.Group(i) == FactorGroup.Cause ? "#c2255c" : "#1971c2";
            string label = s.Factors[i].Label(t.Language);
            double px = X(xs[i]), py = Y(ys[i]);
            sb.Append(Inv, $"<circle cx=\"{F(px)}\" cy=\"{F(py)}\" r=\"5\" fill=\"{colour}\"><title>{Enc(label)}: r + c = {F(xs[i], "0.000")}, r − c = {F(ys[i], "0.000")}</title></circle>\n");
            var (lx, ly, anchor) = Place(placed, px, py, TextWidth(label, 10));
            sb.Append(Inv, $"<text x=\"{F(lx)}\" y=\"{F(ly)}\" font-size=\"10\"{anchor} fill=\"#212529\">{Enc(label)}</text>\n");
        }
        sb.Append(Inv, $"<text x=\"{F(Left)}\" y=\"{F(Height - 12)}\" font-size=\"11\">{Enc(t["Arrows"])}, {Enc(t["Threshold"])} = {F(d.Threshold, "0.000")} ({Enc(t.Threshold(d.ThresholdKind))})</text>\n");
        return sb.Append("</svg>\n").ToString();
    }

    /// <summary>
    /// Where a dot's label goes: the first of right-above, right-below, left-above, left-below, then further below,
    /// whose box overlaps no label placed before (greedy, in the factors' order, so deterministic).
    /// </summary>
    private static (double X, double Y, string Anchor) Place(List<(double X0, double Y0, double X1, double Y1)> placed, double px, double py, double w)
    {
        (double, double, bool)[] tries = [(px + 7, py - 6, false), (px + 7, py + 14, false), (px - 7, py - 6, true), (px - 7, py + 14, true), (px + 7, py + 26, false), (px + 7, py - 18, false)];
        foreach (var (x, y, left) in tries)
        {
            var box = left ? (x - w, y - 10, x, y + 2) : (x, y - 10, x + w, y + 2);
            if (placed.Any(b => b.X0 < box.Item3 && box.Item1 < b.X1 && b.Y0 < box.Item4 && box.Item2 < b.Y1)) continue;
            placed.Add(box);
            return (x, y, left ? " text-anchor=\"end\"" : "");
        }
        placed.Add((px + 7, py - 16, px + 7 + w, py - 4));
        return (px + 7, py - 6, "");
    }

    /// <summary>The axis range with 8 % margin; for the relation axis symmetric enough to show 0.</summary>
    private static (double Lo, double Hi) Range(double[] v, bool withZero)
    {
        double lo = v.Min(), hi = v.Max();
        if (withZero) { lo = Math.Min(lo, 0); hi = Math.Max(hi, 0); }
        double pad = Math.Max(1e-6, (hi - lo) * 0.08);
        return (lo - pad, hi + pad);
    }

    private static void Axes(StringBuilder sb, StructureLabels t, Func<double, double> x, Func<double, double> y, double x0, double x1, double y0, double y1)
    {
        double l = x(x0), r = x(x1), top = y(y1), bottom = y(y0), zero = y(0);
        sb.Append(Inv, $"<rect x=\"{F(l)}\" y=\"{F(top)}\" width=\"{F(r - l)}\" height=\"{F(bottom - top)}\" fill=\"none\" stroke=\"#adb5bd\"/>\n");
        sb.Append(Inv, $"<line x1=\"{F(l)}\" y1=\"{F(zero)}\" x2=\"{F(r)}\" y2=\"{F(zero)}\" stroke=\"#495057\" stroke-dasharray=\"4 3\"/>\n");
        sb.Append(Inv, $"<text x=\"{F(r + 6)}\" y=\"{F(top + 12)}\" font-size=\"11\" fill=\"#c2255c\">{Enc(t["CauseGroup"])}</text>\n");
        sb.Append(Inv, $"<text x=\"{F(r + 6)}\" y=\"{F(bottom - 4)}\" font-size=\"11\" fill=\"#1971c2\">{Enc(t["EffectGroup"])}</text>\n");
        sb.Append(Inv, $"<text x=\"{F((l + r) / 2)}\" y=\"{F(bottom + 34)}\" font-size=\"12\" text-anchor=\"middle\">{Enc(t["Prominence"])}</text>\n");
        sb.Append(Inv, $"<text x=\"18\" y=\"{F((top + bottom) / 2)}\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 18 {F((top + bottom) / 2)})\">{Enc(t["Relation"])}</text>\n");
        foreach (double v in Ticks(x0, x1))
            sb.Append(Inv, $"<text x=\"{F(x(v))}\" y=\"{F(bottom + 16)}\" font-size=\"10\" text-anchor=\"middle\">{F(v, "0.##")}</text>\n");
        foreach (double v in Ticks(y0, y1))
            sb.Append(Inv, $"<text x=\"{F(l - 6)}\" y=\"{F(y(v) + 3)}\" font-size=\"10\" text-anchor=\"end\">{F(v, "0.##")}</text>\n");
    }

    private static readonly double[] Steps = [1, 2, 5, 10];

    /// <summary>About five round ticks inside [lo, hi] (steps 1, 2 or 5 × 10^k).</summary>
    internal static IEnumerable<double> Ticks(double lo, double hi)
    {
        double raw = (hi - lo) / 5, mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = Steps.Select(m => m * mag).First(s => s >= raw);
        for (double v = Math.Ceiling(lo / step) * step; v <= hi + 1e-12; v += step) yield return Math.Abs(v) < step * 1e-9 ? 0 : v;
    }

    private static void Arrow(StringBuilder sb, double x1, double y1, double x2, double y2, string title)
    {
        double dx = x2 - x1, dy = y2 - y1, len = Math.Sqrt((dx * dx) + (dy * dy));
        if (len < 12) return;
        // Stop short of the dots (radius 5) so that the head stays visible.
        double ux = dx / len, uy = dy / len;
        sb.Append(Inv, $"<line x1=\"{F(x1 + (ux * 6))}\" y1=\"{F(y1 + (uy * 6))}\" x2=\"{F(x2 - (ux * 7))}\" y2=\"{F(y2 - (uy * 7))}\" stroke=\"#868e96\" stroke-width=\"0.8\" marker-end=\"url(#arrow)\"><title>{Enc(title)}</title></line>\n");
    }
}
