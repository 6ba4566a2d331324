using System.Globalization;
using System.Net;
using System.Text;
using Junkan.Core.Risk;

namespace Junkan.Reports.Svg;

/// <summary>One panel of a <see cref="TrendChart"/>: an indicator's label, its values by data year and the cut-offs whose bands are drawn.</summary>
/// <param name="Format">.NET number format of the value labels ("0" for HHI, "0.000" for Σ s²g, "0%" for fractions).</param>
public sealed record TrendPanel(string Label, IReadOnlyList<TrendPoint> Points, LevelCutoffs Cutoffs, string Format);

/// <summary>
/// Small multiples of one element's indicators over its data years as inline SVG (no script): one panel per indicator,
/// the High/Mid/Low bands of its cut-offs shaded behind a line with the value printed at each point. A panel with no
/// point says so (a gap is shown, never drawn as zero). Fixed geometry and invariant formatting: byte-identical run to run.
/// </summary>
public static class TrendChart
{
    private const double PanelWidth = 200, PanelHeight = 130, Pad = 28, TitleHeight = 26;
    private const int Columns = 3;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] BandColours = ["#f4c7c3", "#fce8b2", "#d9ead3"];   // High, Mid, Low

    /// <param name="title">Chart title (the element).</param>
    /// <param name="noData">Label of a panel without points, in the report's language.</param>
    public static string Render(string title, IReadOnlyList<TrendPanel> panels, string noData)
    {
        int rows = Math.Max(1, (panels.Count + Columns - 1) / Columns);
        double width = Columns * PanelWidth, height = TitleHeight + rows * PanelHeight;
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg class=\"trend-chart\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"{F(width)}\" height=\"{F(height)}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(Enc(title)).Append("</title>");
        sb.Append("<text x=\"4\" y=\"17\" font-size=\"13\" font-weight=\"bold\">").Append(Enc(title)).Append("</text>");
        for (int i = 0; i < panels.Count; i++)
            Panel(sb, panels[i], (i % Columns) * PanelWidth, TitleHeight + (i / Columns) * PanelHeight, noData);
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Panel(StringBuilder sb, TrendPanel p, double x0, double y0, string noData)
    {
        double left = x0 + Pad, right = x0 + PanelWidth - 12, top = y0 + 22, bottom = y0 + PanelHeight - 22;
        sb.Append(Inv, $"<g class=\"trend-panel\"><text x=\"{F(x0 + 6)}\" y=\"{F(y0 + 12)}\" font-size=\"11\">{Enc(p.Label)}</text>");
        if (p.Points.Count == 0)
        {
            sb.Append(Inv, $"<rect x=\"{F(left)}\" y=\"{F(top)}\" width=\"{F(right - left)}\" height=\"{F(bottom - top)}\" fill=\"none\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>");
            sb.Append(Inv, $"<text x=\"{F((left + right) / 2)}\" y=\"{F((top + bottom) / 2)}\" font-size=\"11\" fill=\"#777\" text-anchor=\"middle\">{Enc(noData)}</text></g>");
            return;
        }
        double max = Math.Max(p.Points.Max(q => q.Value), Math.Max(p.Cutoffs.High, p.Cutoffs.Mid)) * 1.3;
        double Y(double v) => bottom - Math.Clamp(v / max, 0, 1) * (bottom - top);
        int first = p.Points[0].Year, last = p.Points[^1].Year;
        double X(int year) => last == first ? (left + right) / 2 : left + (year - first) * (right - left) / (last - first);
        Bands(sb, p.Cutoffs, left, right, top, bottom, Y);
        sb.Append(Inv, $"<polyline points=\"{string.Join(" ", p.Points.Select(q => $"{F(X(q.Year))},{F(Y(q.Value))}"))}\" fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\"/>");
        foreach (var q in p.Points)
        {
            sb.Append(Inv, $"<circle cx=\"{F(X(q.Year))}\" cy=\"{F(Y(q.Value))}\" r=\"3\" fill=\"#1f4e79\"/>");
            sb.Append(Inv, $"<text x=\"{F(X(q.Year))}\" y=\"{F(Y(q.Value) - 6)}\" font-size=\"10\" text-anchor=\"middle\">{Enc(q.Value.ToString(p.Format, Inv))}</text>");
            sb.Append(Inv, $"<text x=\"{F(X(q.Year))}\" y=\"{F(bottom + 13)}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">{q.Year}</text>");
        }
        sb.Append("</g>");
    }

    /// <summary>High, Mid and Low bands from the cut-offs (for lower-is-riskier indicators the High band is at the bottom).</summary>
    private static void Bands(StringBuilder sb, LevelCutoffs c, double left, double right, double top, double bottom, Func<double, double> y)
    {
        double hi = y(c.High), mid = y(c.Mid);
        var bands = c.HigherIsRiskier
            ? new[] { (top, hi, 0), (hi, mid, 1), (mid, bottom, 2) }
            : [(top, mid, 2), (mid, hi, 1), (hi, bottom, 0)];
        foreach (var (from, to, level) in bands)
            if (to > from)
                sb.Append(Inv, $"<rect x=\"{F(left)}\" y=\"{F(from)}\" width=\"{F(right - left)}\" height=\"{F(to - from)}\" fill=\"{BandColours[level]}\"/>");
    }

    private static string F(double v) => v.ToString("0.#", Inv);
    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
