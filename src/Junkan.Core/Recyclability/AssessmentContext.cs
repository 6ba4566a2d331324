namespace Junkan.Core.Recyclability;

/// <summary>
/// What an assessment needs besides the element's own data: the assessment year and forecast year, the end-of-life
/// flows of modelled products (one scenario) and the supply-risk score per element (0..1, from the six indicators).
/// Optionally the price of each element (<see cref="Prices"/>, USD per tonne of contained element) for the value
/// density, and why an element has none (<see cref="PriceGaps"/>); both default to empty (no value density).
/// </summary>
public sealed record AssessmentContext(int Year, int ForecastYear, ProductElementFlows Flows, IReadOnlyDictionary<string, double> SupplyRisk)
{
    private static readonly IReadOnlyDictionary<string, Estimate> NoPrices = new Dictionary<string, Estimate>();
    private static readonly IReadOnlyDictionary<string, string> NoGaps = new Dictionary<string, string>();

    /// <summary>
    /// Element symbol → price in USD per tonne of contained element (unit <see cref="ElementPrices.Unit"/>), with the
    /// price year, source id and quality (built by <see cref="ElementPrices"/> from the USGS MCS series). Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, Estimate> Prices { get; init; } = NoPrices;

    /// <summary>Element symbol → why it has no usable price (a data gap named in the assessment's flags). Empty by default.</summary>
    public IReadOnlyDictionary<string, string> PriceGaps { get; init; } = NoGaps;

    /// <summary>The same context with the prices and price gaps of <paramref name="prices"/>.</summary>
    public AssessmentContext WithPrices(ElementPrices prices) => this with { Prices = prices.Prices, PriceGaps = prices.Gaps };
}
