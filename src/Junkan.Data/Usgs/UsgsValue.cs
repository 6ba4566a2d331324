using System.Globalization;

namespace Junkan.Data.Usgs;

/// <summary>A cell of a USGS MCS table: a number, or a code (W withheld, NA, E estimate, &gt; lower bound, Q qualitative words).</summary>
public readonly record struct UsgsValue(double? Number, string Flag)
{
    /// <summary>Words USGS uses instead of a number (flag Q: a qualitative value, kept as a gap).</summary>
    private static readonly string[] Qualitative = ["Very small", "Small", "Moderate", "Large", "Categorized as", "Less than ½ unit"];

    /// <summary>Parses "170,000", "W", "NA", "--", "&gt;25", "1200e" / "1200 E"; null for text that is no value.</summary>
    public static UsgsValue? Parse(string raw)
    {
        string s = raw.Replace('\u00A0', ' ').Trim();
        if (s.Length == 0 || s is "--" or "—" or "-") return new UsgsValue(null, "NA");
        if (s.Equals("W", StringComparison.OrdinalIgnoreCase)) return new UsgsValue(null, "W");
        if (s.Equals("NA", StringComparison.OrdinalIgnoreCase)) return new UsgsValue(null, "NA");
        if (s.Equals("XX", StringComparison.OrdinalIgnoreCase)) return new UsgsValue(null, "XX"); // USGS: not applicable
        if (s.StartsWith("Included", StringComparison.OrdinalIgnoreCase)) return new UsgsValue(null, "INC"); // "Included in World total."
        if (Qualitative.Any(q => s.StartsWith(q, StringComparison.OrdinalIgnoreCase))) return new UsgsValue(null, "Q"); // "Very small", 'Categorized as "large"'
        string flag = "";
        if (s.StartsWith('>')) { flag = ">"; s = s[1..].Trim(); }
        if (s.EndsWith("e", StringComparison.OrdinalIgnoreCase) && s.Length > 1) { flag = "E"; s = s[..^1].Trim(); }
        if (s.StartsWith('<')) { flag = "<"; s = s[1..].Trim(); }
        if (s.Length > 1 && (s[0] == 'e' || s[0] == 'E') && char.IsDigit(s[1])) { flag = "E"; s = s[1..]; }
        return double.TryParse(s.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v >= 0
            ? new UsgsValue(v, flag) : null;
    }
}
