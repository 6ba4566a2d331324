namespace Junkan.Data.Customs;

/// <summary>
/// Quantity units of the MOF trade statistics (数量単位): weight units convert to tonnes; count, volume and
/// area units are known but carry no weight; anything else is an error.
/// </summary>
public static class CustomsUnits
{
    private static readonly Dictionary<string, double> TonnesPerUnit = new(StringComparer.OrdinalIgnoreCase)
    {
        ["KG"] = 0.001,
        ["MT"] = 1,
        ["TNE"] = 1,
        ["GR"] = 1e-6,
    };

    private static readonly HashSet<string> NonWeight = new(StringComparer.OrdinalIgnoreCase)
    {
        "NO", "DZ", "PR", "TH", "GS", "CT", "L", "KL", "M", "M2", "M3", "CM3", "SM", "JPY",
    };

    /// <summary>True when <paramref name="unit"/> is empty or a unit this table knows.</summary>
    public static bool IsKnown(string unit) => unit.Length == 0 || TonnesPerUnit.ContainsKey(unit) || NonWeight.Contains(unit);

    /// <summary>Tonnes per unit for a weight unit (KG, MT, TNE, GR), null for any other unit.</summary>
    public static double? Tonnes(string unit) => TonnesPerUnit.TryGetValue(unit, out double f) ? f : null;

    /// <summary>The weight units, for messages.</summary>
    public static IEnumerable<string> WeightUnits => TonnesPerUnit.Keys;
}
