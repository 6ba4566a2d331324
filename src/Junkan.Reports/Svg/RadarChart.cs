using System.Globalization;
using System.Net;
using System.Text;
using Junkan.Core.Risk;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Svg;

/// <summary>One polygon of a radar chart: the six radar results of a profile, drawn with a CSS class.</summary>
public sealed record RadarSeries(string Label, string CssClass, IReadOnlyList<IndicatorResult> Radar);

/// <summary>
/// METI-style radar chart of the six indicators as inline SVG (560 × 420). The level bands are drawn as rings (Low
/// inner, Mid middle, High outer) and each value sits inside its band on a normalised axis (<see cref="RadarScale"/>),
/// so before/after polygons differ whenever a value moves. N/A and no-data axes are gaps: dashed and hatched at the
/// rim, labelled grey and italic, with no vertex; the polygon joins the valued axes only, never the centre.
/// </summary>
public static class RadarChart
{
    /// <summary>Chart size in px and the radius of the High band's rim.</summary>
    public const double Width = 560, Height = 420, R = 130;

    private const double Cx = Width / 2, Cy = 200;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(string title, IReadOnlyList<RadarSeries> series, ReportText t, RiskSettings? settings = null)
    {
        if (series.Count == 0) throw new ArgumentException("A radar chart needs at least one series.", nameof(series));
        settings ??= RiskSettings.Default;
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg class=\"radar\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        Grid(sb, t);
        Axes(sb, series[0].Radar, t);
        foreach (var s in series) Polygon(sb, s, settings);
        if (series.Count > 1) Legend(sb, series);
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Grid(StringBuilder sb, ReportText t)
    {
        foreach (var level in new[] { RiskLevel.High, RiskLevel.Mid, RiskLevel.Low })
            sb.Append("<polygon class=\"band band-").Append(level.ToString().ToLowerInvariant()).Append("\" points=\"").Append(Points(Enumerable.Repeat(Radius(level), 6))).Append("\"/>");
        foreach (var level in new[] { RiskLevel.Low, RiskLevel.Mid, RiskLevel.High })
        {
            double r = Radius(level);
            sb.Append("<polygon class=\"ring\" points=\"").Append(Points(Enumerable.Repeat(r, 6))).Append("\"/>");
            sb.Append("<text class=\"ring-label\" x=\"").Append(F(Cx + 4)).Append("\" y=\"").Append(F(Cy - r + 12)).Append("\">")
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
            if (gap)
            {
                var (gx, gy) = At(k, Radius(RiskLevel.Low));
                sb.Append("<line class=\"gap-mark\" x1=\"").Append(F(gx)).Append("\" y1=\"").Append(F(gy)).Append("\" x2=\"").Append(F(x)).Append("\" y2=\"").Append(F(y)).Append("\"/>");
            }
            Label(sb, k, t.IndicatorShort(r.Indicator), gap ? t.Status(r.Status) : null);
        }
    }

    /// <summary>The axis label outside the rim; a gap's status goes on a second line so that no label is clipped.</summary>
    private static void Label(StringBuilder sb, int k, string text, string? status)
    {
        var (lx, ly) = At(k, R + 18);
        string anchor = Math.Abs(lx - Cx) < 1 ? "middle" : lx > Cx ? "start" : "end";
        double y0 = k == 0 ? ly - (status is null ? 0 : 12) : k == 3 ? ly + 10 : ly + 4;
        sb.Append("<text class=\"axis-label").Append(status is null ? "" : " axis-label-gap").Append("\" text-anchor=\"").Append(anchor)
          .Append("\" x=\"").Append(F(lx)).Append("\" y=\"").Append(F(y0)).Append("\">").Append(WebUtility.HtmlEncode(text));
        if (status is not null)
            sb.Append("<tspan x=\"").Append(F(lx)).Append("\" dy=\"13\">(").Append(WebUtility.HtmlEncode(status)).Append(")</tspan>");
        sb.Append("</text>");
    }

    private static void Polygon(StringBuilder sb, RadarSeries s, RiskSettings settings)
    {
        var vertices = Vertices(s.Radar, settings);
        sb.Append("<g class=\"series ").Append(s.CssClass).Append("\">");
        if (vertices.Count >= 3) sb.Append("<polygon points=\"");
        else if (vertices.Count == 2) sb.Append("<polyline points=\"");
        if (vertices.Count >= 2) sb.Append(string.Join(" ", vertices.Select(v => $"{F(v.X)},{F(v.Y)}"))).Append("\"/>");
        foreach (var v in vertices)
            sb.Append("<circle cx=\"").Append(F(v.X)).Append("\" cy=\"").Append(F(v.Y)).Append("\" r=\"3.5\"><title>")
              .Append(WebUtility.HtmlEncode(s.Label)).Append("</title></circle>");
        sb.Append("</g>");
    }

    /// <summary>The vertices of the valued axes, in axis order (gaps have none).</summary>
    public static IReadOnlyList<(int Axis, double X, double Y)> Vertices(IReadOnlyList<IndicatorResult> radar, RiskSettings settings) =>
        [.. radar.Select((r, k) => (k, p: RadarScale.Position(r, settings.CutoffsFor(r.Indicator))))
            .Where(x => x.p is not null).Select(x => { var (px, py) = At(x.k, R * x.p!.Value); return (x.k, px, py); })];

    private static void Legend(StringBuilder sb, IReadOnlyList<RadarSeries> series)
    {
        for (int i = 0; i < series.Count; i++)
        {
            double y = Height - 16, x = 30 + 250 * i;
            sb.Append("<g class=\"series ").Append(series[i].CssClass).Append("\"><line x1=\"").Append(F(x)).Append("\" y1=\"").Append(F(y))
              .Append("\" x2=\"").Append(F(x + 24)).Append("\" y2=\"").Append(F(y)).Append("\"/></g>")
              .Append("<text class=\"legend\" x=\"").Append(F(x + 30)).Append("\" y=\"").Append(F(y + 4)).Append("\">")
              .Append(WebUtility.HtmlEncode(series[i].Label)).Append("</text>");
        }
    }

    /// <summary>Radius of the outer edge of a level's band: one third of the chart per level.</summary>
    internal static double Radius(RiskLevel level) => R * (int)level / 3.0;

    /// <summary>The centre of the chart (no vertex is ever drawn there for a gap).</summary>
    public static (double X, double Y) Centre => (Cx, Cy);

    private static (double X, double Y) At(int axis, double r)
    {
        double a = (-90 + 60 * axis) * Math.PI / 180;
        return (Cx + r * Math.Cos(a), Cy + r * Math.Sin(a));
    }

    private static string Points(IEnumerable<double> radii) =>
        string.Join(" ", radii.Select((r, k) => At(k, r)).Select(p => $"{F(p.X)},{F(p.Y)}"));

    private static string F(double v) => Math.Round(v, 1).ToString("0.#", Inv);
}
