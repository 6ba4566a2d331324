using System.Globalization;
using System.Net;
using System.Text;

namespace Junkan.Reports.Svg;

/// <summary>One layer of a <see cref="StackedChart"/>: non-negative values by year (null = not computable that year, drawn as 0 and listed in the title).</summary>
public sealed record ChartLayer(string Label, double?[] Values);

/// <summary>
/// Year-by-year stacked areas as inline SVG (no script): layers stacked in the given order from 0, "nice" y ticks,
/// one tooltip (&lt;title&gt;) per layer with its values, and a legend. Deterministic palette in layer order.
/// </summary>
public static class StackedChart
{
    private const double Width = 640, Left = 70, Right = 20, Top = 30, PlotHeight = 210;
    private static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(string title, string yLabel, int firstYear, IReadOnlyList<ChartLayer> layers)
    {
        if (layers.Count == 0) throw new ArgumentException("A stacked chart needs at least one layer.", nameof(layers));
        int n = layers[0].Values.Length;
        if (n == 0 || layers.Any(l => l.Values.Length != n)) throw new ArgumentException("Every layer must cover the same, non-empty years.", nameof(layers));
        if (layers.Any(l => l.Values.Any(v => v < 0))) throw new ArgumentException("Stacked values cannot be negative.", nameof(layers));
        var tops = new double[layers.Count + 1, n];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < layers.Count; k++) tops[k + 1, i] = tops[k, i] + (layers[k].Values[i] ?? 0);
        double max = Enumerable.Range(0, n).Max(i => tops[layers.Count, i]);
        var ticks = LineChart.Ticks(0, max <= 0 ? 1 : max);
        double legendRows = Math.Ceiling(layers.Count / 2.0), height = Top + PlotHeight + 30 + 16 * legendRows;
        double X(int i) => Left + (n <= 1 ? 0 : i * (Width - Left - Right) / (n - 1));
        double Y(double v) => Top + PlotHeight - v / ticks[^1] * PlotHeight;

        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg class=\"stacked-chart\" viewBox=\"0 0 {F(Width)} {F(height)}\" width=\"{F(Width)}\" height=\"{F(height)}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(Enc(title)).Append("</title>");
        sb.Append(Inv, $"<text x=\"{F(Left)}\" y=\"18\" font-size=\"13\" font-weight=\"bold\">").Append(Enc(title)).Append("</text>");
        sb.Append("<g font-size=\"10\" fill=\"#333\">");
        foreach (double t in ticks)
            sb.Append(Inv, $"<line x1=\"{F(Left)}\" x2=\"{F(Width - Right)}\" y1=\"{F(Y(t))}\" y2=\"{F(Y(t))}\" stroke=\"#ddd\"/><text x=\"{F(Left - 4)}\" y=\"{F(Y(t) + 3)}\" text-anchor=\"end\">{Enc(Label(t))}</text>");
        int step = Math.Max(1, (int)Math.Ceiling(n / 12.0));
        for (int i = 0; i < n; i += step) sb.Append(Inv, $"<text x=\"{F(X(i))}\" y=\"{F(Top + PlotHeight + 14)}\" text-anchor=\"middle\">{firstYear + i}</text>");
        sb.Append(Inv, $"<text transform=\"translate(12 {F(Top + PlotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\">{Enc(yLabel)}</text></g>");
        for (int k = 0; k < layers.Count; k++)
        {
            var upper = Enumerable.Range(0, n).Select(i => $"{F(X(i))},{F(Y(tops[k + 1, i]))}");
            var lower = Enumerable.Range(0, n).Reverse().Select(i => $"{F(X(i))},{F(Y(tops[k, i]))}");
            string points = n == 1 ? $"{F(X(0) - 8)},{F(Y(tops[k + 1, 0]))} {F(X(0) + 8)},{F(Y(tops[k + 1, 0]))} {F(X(0) + 8)},{F(Y(tops[k, 0]))} {F(X(0) - 8)},{F(Y(tops[k, 0]))}"
                : string.Join(" ", upper.Concat(lower));
            sb.Append(Inv, $"<polygon points=\"{points}\" fill=\"{Palette[k % Palette.Length]}\" fill-opacity=\"0.75\" stroke=\"#fff\" stroke-width=\"0.5\">");
            sb.Append("<title>").Append(Enc(layers[k].Label + ": " + string.Join(", ", layers[k].Values.Select((v, i) => string.Create(Inv, $"{firstYear + i} {(v is { } x ? Label(x) : "n/a")}"))))).Append("</title></polygon>");
        }
        sb.Append(Inv, $"<line x1=\"{F(Left)}\" x2=\"{F(Left)}\" y1=\"{F(Top)}\" y2=\"{F(Top + PlotHeight)}\" stroke=\"#333\"/>");
        sb.Append("<g font-size=\"11\">");
        for (int k = 0; k < layers.Count; k++)
        {
            double x = Left + (k % 2) * 290, y = Top + PlotHeight + 30 + 16 * (k / 2);
            sb.Append(Inv, $"<rect x=\"{F(x)}\" y=\"{F(y - 9)}\" width=\"12\" height=\"10\" fill=\"{Palette[k % Palette.Length]}\"/><text x=\"{F(x + 16)}\" y=\"{F(y)}\">{Enc(Trim(layers[k].Label, 44))}</text>");
        }
        sb.Append("</g></svg>");
        return sb.ToString();
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
    private static string Label(double v) => Math.Abs(v) >= 1e6 ? (v / 1e6).ToString("0.##", Inv) + "M" : Math.Abs(v) >= 1e4 ? (v / 1e3).ToString("0.##", Inv) + "k" : v.ToString("0.###", Inv);
    private static string F(double v) => v.ToString("0.#", Inv);
    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
