namespace Junkan.Core.Recyclability;

/// <summary>
/// What an assessment needs besides the element's own data: the assessment year and forecast year, the end-of-life
/// flows of modelled products (one scenario) and the supply-risk score per element (0..1, from the six indicators).
/// Optionally the price of each element (<see cref="Prices"/>, USD per tonne of contained element) for the value
/// density, with the reason where an element has none; empty by default (no value density).
/// </summary>
public sealed record AssessmentContext(int Year, int ForecastYear, ProductElementFlows Flows, IReadOnlyDictionary<string, double> SupplyRisk)
{
    /// <summary>Element prices in USD per tonne of contained element and the price gaps (built from the USGS MCS series). Empty by default.</summary>
    public ElementPrices Prices { get; init; } = ElementPrices.Empty;
}
