namespace Junkan.Data.Usgs;

/// <summary>Units in USGS MCS column names and their factor to tonnes or their price unit.</summary>
public static class UsgsUnits
{
    /// <summary>Factor to tonnes for a mass unit code (t, kt, kg, mmt), or null when the unit is not a mass (e.g. mct carats).</summary>
    public static double? ToTonnes(string unit) => unit.ToLowerInvariant() switch
    {
        "t" => 1.0,
        "kt" => 1_000.0,
        "kg" => 0.001,
        "mmt" => 1_000_000.0,
        _ => null,
    };

    /// <summary>The price unit of a salient price column suffix (e.g. "dkg" -> USD/kg), or null if unknown.</summary>
    public static string? PriceUnit(string column)
    {
        string c = column.ToLowerInvariant().Replace(" ", "");
        (string Suffix, string Unit)[] map =
        [
            ("ctslb", "US cents/lb"), ("dtoz", "USD/troy oz"), ("dto", "USD/troy oz"), ("dkg", "USD/kg"), ("dlb", "USD/lb"),
            ("dmtu", "USD/mtu"), ("dst", "USD/short ton"), ("dt", "USD/t"), ("dg", "USD/g"), ("_t", "USD/t"),
        ];
        foreach (var (suffix, unit) in map)
            if (c.EndsWith(suffix, StringComparison.Ordinal)) return unit;
        return null;
    }
}
