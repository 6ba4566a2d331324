using System.Globalization;
using System.Net;

namespace Junkan.Reports.Svg;

/// <summary>
/// A small inline SVG showing a value and its 90 % interval on an axis shared by all elements for one criterion
/// (log10 where the criterion is log-scaled): a grey axis, a bar from P5 to P95 and a dot at the central value.
/// </summary>
public static class IntervalBar
{
    private const double Width = 160, Height = 14, Pad = 4;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The SVG, or an empty string when the value or the axis is missing.</summary>
    public static string Render(double? value, double? p5, double? p95, double axisMin, double axisMax, bool log, string title)
    {
        if (value is not { } v || !double.IsFinite(axisMin) || !double.IsFinite(axisMax)) return "";
        double T(double x) => log ? Math.Log10(Math.Max(x, 1e-300)) : x;
        double lo = T(axisMin), hi = T(axisMax), span = hi > lo ? hi - lo : 1;
        double X(double x) => Pad + Math.Clamp((T(x) - lo) / span, 0, 1) * (Width - 2 * Pad);
        string bar = p5 is { } a && p95 is { } b ? $"<line x1=\"{F(X(a))}\" x2=\"{F(X(b))}\" y1=\"7\" y2=\"7\" stroke=\"#2b5d8a\" stroke-width=\"4\" stroke-opacity=\"0.45\"/>" : "";
        return $"<svg class=\"interval\" viewBox=\"0 0 {F(Width)} {F(Height)}\" width=\"{F(Width)}\" height=\"{F(Height)}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">" +
               $"<title>{WebUtility.HtmlEncode(title)}</title><line x1=\"{F(Pad)}\" x2=\"{F(Width - Pad)}\" y1=\"7\" y2=\"7\" stroke=\"#ccc\"/>{bar}" +
               $"<circle cx=\"{F(X(v))}\" cy=\"7\" r=\"3\" fill=\"#c0392b\"/></svg>";
    }

    private static string F(double v) => v.ToString("0.#", Inv);
}
