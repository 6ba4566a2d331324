namespace Junkan.Core.Risk;

/// <summary>
/// Everything the six indicators need for one element in one assessment year. Null means "no data";
/// N/A for imports is explicit in <see cref="ImportPartners"/>.
/// </summary>
/// <param name="PriceExposure">Fraction of today's demand exposed to price changes (1 without policy; lowered by substitution).</param>
public sealed record ElementRiskInputs(
    string Element,
    int Year,
    CountryDistribution? Reserves,
    CountryDistribution? MineProduction,
    CountryDistribution? RefineryProduction,
    ImportPartners ConcentrateImports,
    ImportPartners RefinedImports,
    PriceSeries? Price,
    SecondarySupply? Secondary,
    double PriceExposure = 1.0);
