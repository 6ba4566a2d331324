using Junkan.Core.Elements;

namespace Junkan.Core.Risk;

/// <summary>
/// The supply-risk profile of one element: the six radar indicators (② for mine production) plus
/// supplementary results (② for refinery production), in indicator order.
/// </summary>
public sealed record RiskProfile(string Element, int Year, IReadOnlyList<IndicatorResult> Results)
{
    /// <summary>The six values drawn on the radar chart, ① to ⑥.</summary>
    public IReadOnlyList<IndicatorResult> Radar => RiskIndicators.All.Select(Get).ToArray();

    /// <summary>The radar result of an indicator (the mine stage for ②).</summary>
    public IndicatorResult Get(RiskIndicator indicator) =>
        Results.First(r => r.Indicator == indicator && !IsRefineryConcentration(r));

    /// <summary>Results that are not on the radar (refinery-production concentration).</summary>
    public IEnumerable<IndicatorResult> Supplementary =>
        Results.Where(IsRefineryConcentration);

    private static bool IsRefineryConcentration(IndicatorResult r) =>
        r.Indicator == RiskIndicator.ProductionConcentration && r.Stage == SupplyStage.Refined;
}
