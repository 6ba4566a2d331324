namespace Junkan.Core.Recyclability;

/// <summary>
/// Cradle-to-gate greenhouse-gas emissions of producing one kg of an element, in kg CO2e per kg (= t CO2e per t):
/// the primary route (Nuss &amp; Eckelman 2014, Table S38) and, where published, the secondary route from scrap.
/// A missing secondary factor is a gap: the avoided emissions are then gross (an upper bound), and say so.
/// </summary>
public sealed record EmissionFactor
{
    public EmissionFactor(string element, double primary, double? secondary, string sourceId, int year)
    {
        if (string.IsNullOrWhiteSpace(element)) throw new ArgumentException("An emission factor needs an element.", nameof(element));
        if (!double.IsFinite(primary) || primary <= 0) throw new ArgumentOutOfRangeException(nameof(primary), primary, $"{element}: the primary factor must be a positive number (kg CO2e/kg).");
        if (secondary is { } s && (!double.IsFinite(s) || s < 0 || s > primary))
            throw new ArgumentOutOfRangeException(nameof(secondary), s, $"{element}: the secondary factor must lie in 0..primary ({primary}) kg CO2e/kg.");
        (Element, Primary, Secondary, SourceId, Year) = (element, primary, secondary, sourceId, year);
    }

    public string Element { get; }

    /// <summary>Primary production, kg CO2e per kg of element.</summary>
    public double Primary { get; }

    /// <summary>Production from scrap, kg CO2e per kg (null = not published: gross savings).</summary>
    public double? Secondary { get; }

    public string SourceId { get; }
    public int Year { get; }

    /// <summary>Saving per tonne recycled instead of mined, t CO2e/t: primary − secondary (primary alone where secondary is a gap).</summary>
    public double Saving => Primary - (Secondary ?? 0);
}

/// <summary>
/// The CO2 effect of recycling one element: avoided emissions = recovered t/y × (primary − secondary) t CO2e/t,
/// today and at the achievable collection, in t CO2e per year; null where the tonnes or the factor are missing.
/// </summary>
public sealed record CarbonEffect(string Element, EmissionFactor? Factor, double? RecoveredToday, double? RecoveredAchievable)
{
    /// <summary>Japan's greenhouse-gas emissions FY2022, t CO2e (MOE 2024, citation <see cref="ScaleSourceId"/>): the scale the effect is shown against.</summary>
    public const double JapanEmissionsFy2022 = 1_135e6;

    /// <summary>Citation of <see cref="JapanEmissionsFy2022"/> (data/recyclability/citations.csv).</summary>
    public const string ScaleSourceId = "moe-ghg-fy2022";

    /// <summary>Avoided emissions today as a share of <see cref="JapanEmissionsFy2022"/> (0..1).</summary>
    public double? ShareOfJapan => AvoidedToday / JapanEmissionsFy2022;

    /// <summary>Avoided emissions today, t CO2e/y.</summary>
    public double? AvoidedToday => Avoided(RecoveredToday);

    /// <summary>Avoided emissions at the achievable collection, t CO2e/y.</summary>
    public double? AvoidedAchievable => Avoided(RecoveredAchievable);

    /// <summary>Whether the figure is gross: no secondary-route factor was subtracted (an upper bound).</summary>
    public bool Gross => Factor is { Secondary: null };

    private double? Avoided(double? tonnes) => tonnes is { } t && Factor is { } f ? t * f.Saving : null;

    /// <summary>The effect of each assessed element with the factor of its element, if any.</summary>
    public static IReadOnlyList<CarbonEffect> Of(IEnumerable<ElementAssessment> assessments, IReadOnlyDictionary<string, EmissionFactor> factors) =>
        [.. assessments.Select(a => new CarbonEffect(a.Element, factors.GetValueOrDefault(a.Element), a.Recoverable, a.RecoverableAchievable))];
}
