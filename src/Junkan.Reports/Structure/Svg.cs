using System.Globalization;
using System.Net;

namespace Junkan.Reports.Structure;

/// <summary>Number and text formatting shared by the structure diagrams (invariant culture, 0.1 px).</summary>
internal static class Svg
{
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string F(double v, string format = "0.0") => v.ToString(format, Inv);

    public static string Enc(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Approximate width of <paramref name="s"/> at <paramref name="size"/> px: wide (CJK) characters count one em, others 0.6 em.</summary>
    public static double TextWidth(string s, double size) => s.Sum(c => c > 0x2E80 ? size : 0.6 * size);

    /// <summary>The arrow-head marker definition (id "arrow").</summary>
    public const string ArrowMarker =
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#495057\"/></marker></defs>\n";
}
