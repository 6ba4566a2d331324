namespace Junkan.Core.Risk;

/// <summary>
/// Every choice that moves a supply-risk number: denominators, methods and the High/Mid/Low cut-offs.
/// One settings file holds them and every report prints them. Defaults and their reasons: docs/methods/risk-indicators.md.
/// </summary>
public sealed record RiskSettings
{
    /// <summary>Name of the preset the settings came from, printed in reports.</summary>
    public string Name { get; init; } = "junkan-default";
    public HhiDenominator HhiDenominator { get; init; } = HhiDenominator.ReportedWorldTotal;
    public CountryStabilityMethod StabilityMethod { get; init; } = CountryStabilityMethod.EuWgiMean;
    /// <summary>Instability g assumed for a partner without WGI estimates (reported as a warning).</summary>
    public double MissingStability { get; init; } = 0.5;
    public PriceVolatilityMethod PriceMethod { get; init; } = PriceVolatilityMethod.CoefficientOfVariation;
    /// <summary>Number of most recent annual prices in the volatility window.</summary>
    public int PriceWindowYears { get; init; } = 5;

    /// <summary>
    /// HHI cut-offs for ① and ②. Default Low &lt; 2,500 (US DOJ/FTC 2010 "highly concentrated" boundary), High ≥ 3,000:
    /// calibrated on METI's case studies (REE reserves 2018, HHI 2,302, rated low; W reserves 2018, HHI 3,434, rated high).
    /// </summary>
    public LevelCutoffs Concentration { get; init; } = new(3_000, 2_500);
    /// <summary>Σ s²·g cut-offs for ③ and ④, calibrated on METI's 2019 import cases (docs).</summary>
    public LevelCutoffs ImportStability { get; init; } = new(0.08, 0.04);
    /// <summary>Price volatility cut-offs (fractions): High ≥ 30 %, Mid ≥ 15 %.</summary>
    public LevelCutoffs PriceVolatility { get; init; } = new(0.30, 0.15);
    /// <summary>Secondary supply cut-offs (fractions): High &lt; 10 %, Mid &lt; 30 %, Low ≥ 30 %.</summary>
    public LevelCutoffs SecondarySupply { get; init; } = new(0.10, 0.30, HigherIsRiskier: false);

    public static RiskSettings Default { get; } = new();

    /// <summary>The cut-offs of one indicator.</summary>
    public LevelCutoffs CutoffsFor(RiskIndicator indicator) => indicator switch
    {
        RiskIndicator.ReserveConcentration or RiskIndicator.ProductionConcentration => Concentration,
        RiskIndicator.ImportStabilityConcentrate or RiskIndicator.ImportStabilityRefined => ImportStability,
        RiskIndicator.PriceVolatility => PriceVolatility,
        RiskIndicator.SecondarySupply => SecondarySupply,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };

    /// <summary>Checks ranges and orderings; throws <see cref="ArgumentException"/> naming the setting.</summary>
    public RiskSettings Validated()
    {
        Concentration.Validated("concentration");
        ImportStability.Validated("import_stability");
        PriceVolatility.Validated("price_volatility");
        SecondarySupply.Validated("secondary_supply");
        if (SecondarySupply.HigherIsRiskier || !Concentration.HigherIsRiskier || !ImportStability.HigherIsRiskier || !PriceVolatility.HigherIsRiskier)
            throw new ArgumentException("Only secondary supply has lower-is-riskier cut-offs.");
        if (MissingStability is < 0 or > 1 || double.IsNaN(MissingStability))
            throw new ArgumentException($"missing_stability must lie in 0..1, got {MissingStability}.");
        if (PriceWindowYears < 2)
            throw new ArgumentException($"price_window_years must be at least 2, got {PriceWindowYears}.");
        return this;
    }
}
