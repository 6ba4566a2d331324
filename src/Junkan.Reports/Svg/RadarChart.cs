using System.Globalization;
using System.Net;
using System.Text;
using Junkan.Core.Risk;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Svg;

/// <summary>One polygon of a radar chart: the six radar results of a profile, drawn with a CSS class.</summary>
public sealed record RadarSeries(string Label, string CssClass, IReadOnlyList<IndicatorResult> Radar);

/// <summary>
/// METI-style radar chart of the six indicators as inline SVG. The distance from the centre is the level
/// (Low = inner ring, Mid = middle, High = outer); N/A and no-data axes are drawn at the centre with a grey,
/// italic label that says which, so a gap never looks like a low risk.
/// </summary>
public static class RadarChart
{
    private const double Cx = 200, Cy = 130, R = 80;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(string title, IReadOnlyList<RadarSeries> series, ReportText t)
    {
        if (series.Count == 0) throw new ArgumentException("A radar chart needs at least one series.", nameof(series));
        var sb = new StringBuilder();
        sb.Append("<svg class=\"radar\" viewBox=\"0 0 400 270\" width=\"400\" height=\"270\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        Grid(sb, t);
        Axes(sb, series[0].Radar, t);
        foreach (var s in series) Polygon(sb, s);
        if (series.Count > 1) Legend(sb, series);
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Grid(StringBuilder sb, ReportText t)
    {
        foreach (var level in new[] { RiskLevel.Low, RiskLevel.Mid, RiskLevel.High })
        {
            double r = Radius(level);
            sb.Append("<polygon class=\"ring\" points=\"").Append(Points(Enumerable.Repeat(r, 6))).Append("\"/>");
            sb.Append("<text class=\"ring-label\" x=\"").Append(F(Cx + 3)).Append("\" y=\"").Append(F(Cy - r + 9)).Append("\">")
              .Append(WebUtility.HtmlEncode(t.Level(level))).Append("</text>");
        }
    }

    private static void Axes(StringBuilder sb, IReadOnlyList<IndicatorResult> radar, ReportText t)
    {
        for (int k = 0; k < 6; k++)
        {
            var r = radar[k];
            bool gap = r.Level is null;
            var (x, y) = At(k, R);
            sb.Append("<line class=\"axis").Append(gap ? " axis-gap" : "").Append("\" x1=\"").Append(F(Cx)).Append("\" y1=\"").Append(F(Cy))
              .Append("\" x2=\"").Append(F(x)).Append("\" y2=\"").Append(F(y)).Append("\"/>");
            var (lx, ly) = At(k, R + 16);
            string anchor = Math.Abs(lx - Cx) < 1 ? "middle" : lx > Cx ? "start" : "end";
            sb.Append("<text class=\"axis-label").Append(gap ? " axis-label-gap" : "").Append("\" text-anchor=\"").Append(anchor)
              .Append("\" x=\"").Append(F(lx)).Append("\" y=\"").Append(F(ly + 4)).Append("\">")
              .Append(WebUtility.HtmlEncode(t.IndicatorShort(r.Indicator)));
            if (gap) sb.Append(" (").Append(WebUtility.HtmlEncode(t.Status(r.Status))).Append(')');
            sb.Append("</text>");
        }
    }

    private static void Polygon(StringBuilder sb, RadarSeries s)
    {
        var radii = s.Radar.Select(r => r.Level is { } l ? Radius(l) : 0).ToArray();
        sb.Append("<g class=\"series ").Append(s.CssClass).Append("\"><polygon points=\"").Append(Points(radii)).Append("\"/>");
        for (int k = 0; k < 6; k++)
            if (s.Radar[k].Level is not null)
            {
                var (x, y) = At(k, radii[k]);
                sb.Append("<circle cx=\"").Append(F(x)).Append("\" cy=\"").Append(F(y)).Append("\" r=\"3\"/>");
            }
        sb.Append("</g>");
    }

    private static void Legend(StringBuilder sb, IReadOnlyList<RadarSeries> series)
    {
        for (int i = 0; i < series.Count; i++)
        {
            double y = 252, x = 20 + 180 * i;
            sb.Append("<g class=\"series ").Append(series[i].CssClass).Append("\"><line x1=\"").Append(F(x)).Append("\" y1=\"").Append(F(y))
              .Append("\" x2=\"").Append(F(x + 20)).Append("\" y2=\"").Append(F(y)).Append("\"/></g>")
              .Append("<text class=\"legend\" x=\"").Append(F(x + 25)).Append("\" y=\"").Append(F(y + 4)).Append("\">")
              .Append(WebUtility.HtmlEncode(series[i].Label)).Append("</text>");
        }
    }

    /// <summary>Radius of a level: one third of the chart per level.</summary>
    internal static double Radius(RiskLevel level) => R * (int)level / 3.0;

    private static (double X, double Y) At(int axis, double r)
    {
        double a = (-90 + 60 * axis) * Math.PI / 180;
        return (Cx + r * Math.Cos(a), Cy + r * Math.Sin(a));
    }

    private static string Points(IEnumerable<double> radii) =>
        string.Join(" ", radii.Select((r, k) => At(k, r)).Select(p => $"{F(p.X)},{F(p.Y)}"));

    private static string F(double v) => Math.Round(v, 1).ToString("0.#", Inv);
}
