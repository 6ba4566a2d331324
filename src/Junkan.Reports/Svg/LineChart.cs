using System.Globalization;
using System.Net;
using System.Text;

namespace Junkan.Reports.Svg;

/// <summary>One line of a <see cref="LineChart"/>: values by year, with an optional low..high band drawn behind it.</summary>
public sealed record ChartLine(string Label, double[] Values, double[]? Low = null, double[]? High = null);

/// <summary>
/// A year-by-year line chart as inline SVG (no script): linear axes from 0, "nice" y ticks, a band per line where
/// given, a legend. Colours come from a fixed palette in line order so that outputs are byte-identical run to run.
/// </summary>
public static class LineChart
{
    private const double Width = 640, Height = 300, Left = 70, Right = 20, Top = 30, Bottom = 60;
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(string title, string yLabel, int firstYear, IReadOnlyList<ChartLine> lines)
    {
        if (lines.Count == 0) throw new ArgumentException("A chart needs at least one line.", nameof(lines));
        int n = lines[0].Values.Length;
        if (lines.Any(l => l.Values.Length != n || (l.Low?.Length ?? n) != n || (l.High?.Length ?? n) != n))
            throw new ArgumentException("Every line and band of a chart must cover the same years.", nameof(lines));
        double max = lines.SelectMany(l => l.High ?? l.Values).Concat(lines.SelectMany(l => l.Values)).DefaultIfEmpty(0).Max();
        double min = Math.Min(0, lines.SelectMany(l => l.Low ?? l.Values).Concat(lines.SelectMany(l => l.Values)).DefaultIfEmpty(0).Min());
        var ticks = Ticks(min, max <= min ? min + 1 : max);
        var scale = new Scale(firstYear, n, ticks[0], ticks[^1]);
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg class=\"line-chart\" viewBox=\"0 0 {F(Width)} {F(Height)}\" width=\"{F(Width)}\" height=\"{F(Height)}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(Enc(title)).Append("</title>");
        sb.Append(Inv, $"<text x=\"{F(Left)}\" y=\"18\" font-size=\"13\" font-weight=\"bold\">").Append(Enc(title)).Append("</text>");
        Axes(sb, scale, ticks, yLabel);
        for (int i = 0; i < lines.Count; i++) Band(sb, scale, lines[i], Palette[i % Palette.Length]);
        for (int i = 0; i < lines.Count; i++) Line(sb, scale, lines[i], Palette[i % Palette.Length]);
        Legend(sb, lines);
        sb.Append("</svg>");
        return sb.ToString();
    }

    private sealed record Scale(int FirstYear, int Years, double YMin, double YMax)
    {
        public double X(int index) => Left + (Years <= 1 ? 0 : index * (Width - Left - Right) / (Years - 1));
        public double Y(double v) => Height - Bottom - (v - YMin) / (YMax - YMin) * (Height - Top - Bottom);
    }

    private static void Axes(StringBuilder sb, Scale s, double[] ticks, string yLabel)
    {
        sb.Append(Inv, $"<g font-size=\"10\" fill=\"#333\" stroke=\"none\">");
        foreach (double t in ticks)
        {
            double y = s.Y(t);
            sb.Append(Inv, $"<line x1=\"{F(Left)}\" x2=\"{F(Width - Right)}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"#ddd\"/>");
            sb.Append(Inv, $"<text x=\"{F(Left - 4)}\" y=\"{F(y + 3)}\" text-anchor=\"end\">{Enc(Label(t))}</text>");
        }
        int step = Math.Max(1, (int)Math.Ceiling(s.Years / 12.0));
        for (int i = 0; i < s.Years; i += step)
            sb.Append(Inv, $"<text x=\"{F(s.X(i))}\" y=\"{F(Height - Bottom + 14)}\" text-anchor=\"middle\">{s.FirstYear + i}</text>");
        sb.Append(Inv, $"<text transform=\"translate(12 {F(Top + (Height - Top - Bottom) / 2)}) rotate(-90)\" text-anchor=\"middle\">{Enc(yLabel)}</text>");
        sb.Append(Inv, $"<line x1=\"{F(Left)}\" x2=\"{F(Left)}\" y1=\"{F(Top)}\" y2=\"{F(Height - Bottom)}\" stroke=\"#333\"/>");
        sb.Append("</g>");
    }

    private static void Band(StringBuilder sb, Scale s, ChartLine line, string colour)
    {
        if (line.Low is null || line.High is null) return;
        var points = Enumerable.Range(0, s.Years).Select(i => P(s, i, line.High[i]))
            .Concat(Enumerable.Range(0, s.Years).Reverse().Select(i => P(s, i, line.Low[i])));
        sb.Append(Inv, $"<polygon points=\"{string.Join(" ", points)}\" fill=\"{colour}\" fill-opacity=\"0.18\" stroke=\"none\"/>");
    }

    private static void Line(StringBuilder sb, Scale s, ChartLine line, string colour) =>
        sb.Append(Inv, $"<polyline points=\"{string.Join(" ", Enumerable.Range(0, s.Years).Select(i => P(s, i, line.Values[i])))}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>");

    private static void Legend(StringBuilder sb, IReadOnlyList<ChartLine> lines)
    {
        double x = Left;
        sb.Append("<g font-size=\"11\">");
        for (int i = 0; i < lines.Count; i++)
        {
            string label = lines[i].Label + (lines[i].Low is null ? "" : " (±)");
            sb.Append(Inv, $"<rect x=\"{F(x)}\" y=\"{F(Height - 22)}\" width=\"12\" height=\"4\" fill=\"{Palette[i % Palette.Length]}\"/>");
            sb.Append(Inv, $"<text x=\"{F(x + 16)}\" y=\"{F(Height - 17)}\">{Enc(lines[i].Label)}</text>");
            x += 28 + 7 * label.Length;
        }
        sb.Append("</g>");
    }

    /// <summary>Tick values from a "nice" step (1, 2 or 5 × 10^k) covering min..max with about five intervals.</summary>
    internal static double[] Ticks(double min, double max)
    {
        double raw = (max - min) / 5, magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1.0, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        double start = Math.Floor(min / step) * step, end = Math.Ceiling(max / step) * step;
        int count = (int)Math.Round((end - start) / step);
        return Enumerable.Range(0, count + 1).Select(i => start + i * step).ToArray();
    }

    private static string P(Scale s, int i, double v) => $"{F(s.X(i))},{F(s.Y(v))}";
    private static string Label(double v) => Math.Abs(v) >= 1e6 ? (v / 1e6).ToString("0.##", Inv) + "M" : Math.Abs(v) >= 1e4 ? (v / 1e3).ToString("0.##", Inv) + "k" : v.ToString("0.###", Inv);
    private static string F(double v) => v.ToString("0.#", Inv);
    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
