using Junkan.Core.Selection;

namespace Junkan.Core.Recyclability;

/// <summary>
/// Source ids outside the recyclability tables that an assessment depends on: the stock data behind modelled
/// products (inflows, lifetimes, contents), the data behind each element's supply-risk score and its price.
/// </summary>
/// <param name="Products">Per product id, the sources of its inflows (scenario used), lifetime and contents.</param>
/// <param name="SupplyRisk">Per element symbol, the sources of the indicator results behind its supply-risk score.</param>
/// <param name="Prices">Per element symbol, the sources of the price behind its value density (null = none).</param>
public sealed record ExternalProvenance(IReadOnlyDictionary<string, IReadOnlyList<string>> Products, IReadOnlyDictionary<string, IReadOnlyList<string>> SupplyRisk,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Prices = null)
{
    public static ExternalProvenance None { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>());
}

/// <summary>
/// Which sources (sources.csv ids) each figure of an assessment rests on, so that a report can name a source for
/// every number: a source's amounts rest on its own estimates (and the stock data when modelled); each criterion on
/// the estimates its formula in <see cref="RecyclabilityAssessor"/> reads.
/// </summary>
public static class FigureSources
{
    /// <summary>Ids of the estimates of a source, plus the stock data of its product when it names one.</summary>
    public static IReadOnlyList<string> Of(RecyclingSource s, ExternalProvenance external) =>
        Ids([s.Generation, s.Contained, s.Recovered, s.Content, s.CollectionNow, s.CollectionAchievable, s.YieldPre, s.YieldEnd, s.Trl],
            s.Product is { } p && external.Products.TryGetValue(p, out var ids) ? ids : []);

    /// <summary>Ids behind the contained and recoverable totals of an assessment (every source with an amount).</summary>
    public static IReadOnlyList<string> OfTotals(ElementAssessment a, ExternalProvenance external) =>
        a.Flows is { } flows ? [.. flows.Sources.Order(StringComparer.Ordinal)]
        : a.Sources.Concat(a.ForecastSources).Where(x => x.Contained is not null)
            .SelectMany(x => Of(x.Source, external))
            .Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Ids behind one criterion value of an assessment.</summary>
    public static IReadOnlyList<string> Of(ElementProfile p, ElementAssessment a, Criterion c, ExternalProvenance external)
    {
        if (a.Flows is { } flows && c is not (Criterion.SupplyRisk or Criterion.ValueDensity or Criterion.UrbanOreRatio))
            return [.. flows.Sources.Order(StringComparer.Ordinal)];
        IEnumerable<string> ids = c switch
        {
            Criterion.Recoverable or Criterion.Collectability or Criterion.Growth => OfTotals(a, external),
            Criterion.DemandShare => OfTotals(a, external).Concat(Ids([p.JapanDemand], [])),
            Criterion.UrbanOreRatio => Ids([a.Flows?.DominantUse?.Parameters.Content ?? RecyclabilityAssessor.DominantWithContent(a.Sources)?.Source.Content, p.OreGrade], []),
            Criterion.Dissipation => Ids([p.DissipativeShare], []),
            Criterion.TechnologyReadiness => Ids([RecyclabilityAssessor.DominantSource(a.Sources)?.Source.Trl], []),
            Criterion.SupplyRisk => external.SupplyRisk.TryGetValue(p.Element, out var risk) ? risk : [],
            Criterion.ValueDensity => Ids([a.Flows?.DominantUse?.Parameters.Content ?? RecyclabilityAssessor.DominantWithContent(a.Sources)?.Source.Content], external.Prices?.TryGetValue(p.Element, out var price) == true ? price! : []),
            _ => [],
        };
        return ids.Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    private static string[] Ids(IEnumerable<Estimate?> estimates, IEnumerable<string> extra) =>
        estimates.Where(e => e is not null).Select(e => e!.SourceId).Concat(extra).Distinct().ToArray();
}
