namespace Junkan.Core.Selection;

/// <summary>The criteria of the element selection (docs/methods/recyclability.md), each with its unit and direction.</summary>
public enum Criterion
{
    /// <summary>Recoverable tonnes per year in the assessment year (t/y; more is better; log-scaled).</summary>
    Recoverable,
    /// <summary>Recoverable tonnes as a share of Japan's demand (fraction; risk-reduction potential).</summary>
    DemandShare,
    /// <summary>Element content of the dominant source over the grade of primary ore (ratio; log-scaled).</summary>
    UrbanOreRatio,
    /// <summary>Share of contained tonnes in collectable sources: with a collection route, or arising at a plant (fraction).</summary>
    Collectability,
    /// <summary>Share of demand going to dissipative uses (fraction; less is better).</summary>
    Dissipation,
    /// <summary>Recoverable tonnes in the forecast year over the assessment year (ratio; log-scaled).</summary>
    Growth,
    /// <summary>TRL of the best route for the dominant source (1..9).</summary>
    TechnologyReadiness,
    /// <summary>Supply risk: mean level of the six METI indicators, Low = 0, Mid = 0.5, High = 1 (recycling matters more where risk is high).</summary>
    SupplyRisk,
    /// <summary>
    /// Value density: element content (mass fraction) of the dominant source with a content × the element's price
    /// (USD per tonne of source material; USGS MCS prices converted to USD per tonne of contained element; log-scaled).
    /// </summary>
    ValueDensity,
}

/// <summary>Direction and scale of each criterion.</summary>
public static class Criteria
{
    public static IReadOnlyList<Criterion> All { get; } = Enum.GetValues<Criterion>();

    /// <summary>True where less is better.</summary>
    public static bool IsCost(this Criterion c) => c == Criterion.Dissipation;

    /// <summary>True where values span orders of magnitude and are normalised on log10.</summary>
    public static bool IsLogScaled(this Criterion c) => c is Criterion.Recoverable or Criterion.UrbanOreRatio or Criterion.Growth or Criterion.ValueDensity;

    /// <summary>Snake-case key used in settings files, JSON and CSV.</summary>
    public static string Key(this Criterion c) => c switch
    {
        Criterion.Recoverable => "recoverable",
        Criterion.DemandShare => "demand_share",
        Criterion.UrbanOreRatio => "urban_ore_ratio",
        Criterion.Collectability => "collectability",
        Criterion.Dissipation => "dissipation",
        Criterion.Growth => "growth",
        Criterion.TechnologyReadiness => "trl",
        Criterion.SupplyRisk => "supply_risk",
        Criterion.ValueDensity => "value_density",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Criterion without a key."),
    };

    public static string Unit(this Criterion c) => c switch
    {
        Criterion.Recoverable => "t/y",
        Criterion.UrbanOreRatio or Criterion.Growth => "ratio",
        Criterion.TechnologyReadiness => "TRL",
        Criterion.SupplyRisk => "0..1",
        Criterion.ValueDensity => "USD/t",
        _ => "fraction",
    };

    public static Criterion FromKey(string key)
    {
        foreach (var c in All)
            if (c.Key() == key) return c;
        throw new ArgumentException($"Unknown criterion '{key}'; known: {string.Join(", ", All.Select(x => x.Key()))}.");
    }
}
