using Junkan.Core.Recyclability;
using Junkan.Core.Risk;
using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Products;

namespace Junkan.Application.Recyclability;

/// <summary>
/// The inputs of an assessment or selection outside the recyclability tables, computed once per run: the central
/// end-of-life flows of the product scenario, the risk profiles (score and sources of the supply-risk criterion)
/// and the element prices (value density).
/// </summary>
public sealed record AssessmentInputs(string Scenario, int Year, ProductElementFlows Flows, IReadOnlyDictionary<string, RiskProfile> Risk, ElementPrices Prices)
{
    /// <summary>Computes the inputs of <paramref name="scenario"/> (checked; default the first non-historic one) in <paramref name="year"/>.</summary>
    public static AssessmentInputs Compute(Workspace w, string? scenario, int year)
    {
        var r = w.Recyclability;
        string sc = r.Scenario(scenario);
        var flows = ProductElementFlows.From(EndOfLifeModel.Run(r.Paths(sc), r.Products.Lifetimes, r.Products.Contents, StockModelOptions.Default));
        return new AssessmentInputs(sc, year, flows, RiskProfiles(w, year), PricesOf(w, year));
    }

    /// <summary>Supply-risk score (mean radar level, 0..1) of each element whose profile has one.</summary>
    public IReadOnlyDictionary<string, double> SupplyRisk() =>
        Risk.Where(kv => kv.Value.MeanLevel() is not null).ToDictionary(kv => kv.Key, kv => kv.Value.MeanLevel()!.Value);

    /// <summary>The assessment context of these inputs under the workspace's selection settings.</summary>
    public AssessmentContext Context(RecyclabilityWorkspace r) => new(Year, r.Settings.ForecastYear, Flows, SupplyRisk()) { Prices = Prices };

    /// <summary>Risk profile of every profiled element the risk data cover, in <paramref name="year"/> (or the latest data year before it).</summary>
    private static Dictionary<string, RiskProfile> RiskProfiles(Workspace w, int year)
    {
        var known = w.Risk.Inputs.AssessedElements.ToHashSet();
        var elements = w.Recyclability.Data.Profiles.Select(p => p.Element).Where(known.Contains).ToArray();
        return elements.Zip(w.Risk.Assess(elements, Math.Min(year, w.Risk.Data.LatestYear))).ToDictionary(x => x.First, x => x.Second);
    }

    /// <summary>
    /// Price of every profiled element in USD per tonne of contained element (value density): the USGS series the
    /// risk inputs pick for the element, converted by <see cref="ElementPrices"/>; elements without a usable price are named with the reason.
    /// </summary>
    private static ElementPrices PricesOf(Workspace w, int year)
    {
        var known = w.Risk.Inputs.AssessedElements.ToHashSet();
        return ElementPrices.From(w.Recyclability.Data.Profiles.Select(p => (p.Element, known.Contains(p.Element) ? w.Risk.Inputs.Build(p.Element, year).Price : null)), year);
    }
}
