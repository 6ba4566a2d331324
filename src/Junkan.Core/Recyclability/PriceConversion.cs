using System.Globalization;
using System.Text.RegularExpressions;

namespace Junkan.Core.Recyclability;

/// <summary>
/// A conversion factor from a price in a published unit of a priced material to USD per tonne of contained element,
/// with a line saying how it was made; <see cref="Value"/> null when the unit or the material is not known (then
/// <see cref="Detail"/> says why). A price times <see cref="Value"/> is in USD/t of element.
/// </summary>
public sealed record PriceFactor(double? Value, string Detail)
{
    public bool IsKnown => Value is not null;
}

/// <summary>
/// Converts a price from its published unit and priced material (the element itself or a compound given by its
/// formula, e.g. Nd2O3) to USD per tonne of contained element (docs/methods/recyclability.md, "Value density"):
/// price × (USD/t of material per unit) ÷ (mass fraction of the element in the material). Mass fractions are
/// stoichiometric, from the IUPAC 2021 standard atomic weights (Prohaska et al. 2022, Pure Appl. Chem. 94, 573–600;
/// conventional values where the standard is an interval). A unit or a material it does not know gives no factor,
/// never a guess. Pure: no I/O.
/// </summary>
public static partial class PriceConversion
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The unit of every converted price: US dollars per tonne (1,000 kg) of contained element.</summary>
    public const string TargetUnit = "USD/t";

    /// <summary>Kilograms in an international avoirdupois pound (exact by definition, 1959).</summary>
    public const double KgPerPound = 0.45359237;

    /// <summary>Kilograms in a metric ton unit (mtu): 1 % of a tonne, the unit of tungsten (WO3) and manganese ore prices.</summary>
    public const double KgPerMetricTonUnit = 10;

    /// <summary>Kilograms in a flask of mercury: 76 lb.</summary>
    public const double KgPerFlask = 76 * KgPerPound;

    /// <summary>Kilograms in a troy ounce (exact by definition: 31.1034768 g).</summary>
    public const double KgPerTroyOunce = 0.0311034768;

    /// <summary>
    /// IUPAC 2021 standard atomic weights (Prohaska et al. 2022) of the elements met in the priced compounds; for
    /// elements whose standard atomic weight is an interval (H, Li, C, O, Si) the IUPAC conventional value.
    /// </summary>
    public static IReadOnlyDictionary<string, double> AtomicWeights { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["C"] = 12.011, ["O"] = 15.999, ["Li"] = 6.94, ["Si"] = 28.085, ["V"] = 50.9415, ["Ge"] = 72.630,
        ["Y"] = 88.905838, ["La"] = 138.90547, ["Ce"] = 140.116, ["Pr"] = 140.90766, ["Nd"] = 144.242,
        ["Eu"] = 151.964, ["Tb"] = 158.925354, ["Dy"] = 162.500, ["Ta"] = 180.94788, ["W"] = 183.84,
    };

    /// <summary>
    /// USD per tonne of priced material for one unit of price, for the units of the USGS MCS price columns:
    /// USD/t, USD/kg, USD/lb, US cents/lb, USD/mtu, USD/flask (76 lb), USD/troy oz. Null for any other unit.
    /// </summary>
    public static double? UsdPerTonne(string unit) => unit.Trim() switch
    {
        "USD/t" => 1,
        "USD/kg" => 1000,
        "USD/lb" => 1000 / KgPerPound,
        "US cents/lb" or "cents/lb" => 0.01 * 1000 / KgPerPound,
        "USD/mtu" => 1000 / KgPerMetricTonUnit,
        "USD/flask" => 1000 / KgPerFlask,
        "USD/troy oz" => 1000 / KgPerTroyOunce,
        _ => null,
    };

    /// <summary>
    /// Mass fraction of <paramref name="element"/> in <paramref name="material"/>: 1 when the material is the element
    /// itself (metal, or a price per tonne of element content); else n·A(element) / Σ nᵢ·Aᵢ of the formula. Null when
    /// the material is not a formula of known atoms or does not contain the element.
    /// </summary>
    public static double? MassFraction(string element, string material)
    {
        if (material == element) return 1;
        if (Formula(material) is not { } atoms || !atoms.TryGetValue(element, out int n)) return null;
        double molar = atoms.Sum(a => a.Value * AtomicWeights[a.Key]);
        return n * AtomicWeights[element] / molar;
    }

    /// <summary>
    /// The atoms of a formula without brackets (e.g. Nd2O3 → Nd 2, O 3; Li2CO3 → Li 2, C 1, O 3), or null when it is
    /// not such a formula or names an atom without an atomic weight here.
    /// </summary>
    public static IReadOnlyDictionary<string, int>? Formula(string material)
    {
        if (!FormulaPattern().IsMatch(material)) return null;
        var atoms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in AtomPattern().Matches(material))
        {
            string symbol = m.Groups[1].Value;
            if (!AtomicWeights.ContainsKey(symbol)) return null;
            atoms[symbol] = atoms.GetValueOrDefault(symbol) + (m.Groups[2].Length == 0 ? 1 : int.Parse(m.Groups[2].Value, Inv));
        }
        return atoms;
    }

    /// <summary>The factor from a price in <paramref name="unit"/> of <paramref name="material"/> to USD/t of <paramref name="element"/>.</summary>
    public static PriceFactor Factor(string unit, string material, string element)
    {
        if (UsdPerTonne(unit) is not { } perTonne)
            return new(null, $"unit '{unit}' is not one the converter knows (USD/t, USD/kg, USD/lb, US cents/lb, USD/mtu, USD/flask, USD/troy oz)");
        if (MassFraction(element, material) is not { } fraction)
            return new(null, $"'{material}' is neither {element} nor a chemical formula of known atoms that contains {element}");
        string detail = $"{unit} × {perTonne.ToString("0.######", Inv)} = USD/t of {material}";
        if (fraction < 1) detail += $", ÷ {fraction.ToString("0.#####", Inv)} ({element} mass fraction in {material}, IUPAC 2021 atomic weights)";
        return new(perTonne / fraction, detail);
    }

    /// <summary>A price in <paramref name="unit"/> of <paramref name="material"/> in USD/t of <paramref name="element"/>, or null (unknown unit or material).</summary>
    public static double? ToUsdPerTonneOfElement(double price, string unit, string material, string element) =>
        Factor(unit, material, element).Value is { } f ? price * f : null;

    [GeneratedRegex(@"^(?:[A-Z][a-z]?\d*)+$")]
    private static partial Regex FormulaPattern();

    [GeneratedRegex(@"([A-Z][a-z]?)(\d*)")]
    private static partial Regex AtomPattern();
}
