using Junkan.Core.Elements;

namespace Junkan.Core.Risk;

/// <summary>
/// The supply-risk profile of one element: the six radar indicators plus supplementary results, in indicator order.
/// ② on the radar is mine production; where only refinery production is published (by-product metals such as
/// Ga, In, Se, Te, Bi), the refinery result stands in, labelled as such, rather than leaving the axis empty.
/// </summary>
public sealed record RiskProfile(string Element, int Year, IReadOnlyList<IndicatorResult> Results)
{
    /// <summary>Proxy label of a refinery result drawn on the radar's ② axis.</summary>
    public const string RefineryStandsIn = "refinery production stands in for mine production (no mine-stage data)";

    /// <summary>The six values drawn on the radar chart, ① to ⑥.</summary>
    public IReadOnlyList<IndicatorResult> Radar => RiskIndicators.All.Select(Get).ToArray();

    /// <summary>The radar result of an indicator (for ②: mine stage, else refinery stage as a labelled stand-in).</summary>
    public IndicatorResult Get(RiskIndicator indicator)
    {
        var first = Results.First(r => r.Indicator == indicator && !IsRefineryConcentration(r));
        if (indicator != RiskIndicator.ProductionConcentration || first.Status == IndicatorStatus.Value) return first;
        return Refinery is { Status: IndicatorStatus.Value } refinery
            ? refinery with { ProxyLabel = refinery.ProxyLabel is { } p ? $"{RefineryStandsIn}; {p}" : RefineryStandsIn }
            : first;
    }

    /// <summary>Results that are not on the radar (refinery-production concentration where mine production is on it).</summary>
    public IEnumerable<IndicatorResult> Supplementary =>
        Get(RiskIndicator.ProductionConcentration).Stage == SupplyStage.Refined ? [] : Results.Where(IsRefineryConcentration);

    private IndicatorResult? Refinery => Results.FirstOrDefault(IsRefineryConcentration);

    private static bool IsRefineryConcentration(IndicatorResult r) =>
        r.Indicator == RiskIndicator.ProductionConcentration && r.Stage == SupplyStage.Refined;

    /// <summary>
    /// Mean level of the six radar indicators that have a level, Low = 0, Mid = 0.5, High = 1 (N/A and no-data axes left
    /// out); null when none has a level. The supply-risk criterion of the element selection.
    /// </summary>
    public double? MeanLevel()
    {
        var levels = Radar.Where(r => r.Level is not null).Select(r => (r.Level!.Value - RiskLevel.Low) / 2.0).ToArray();
        return levels.Length == 0 ? null : levels.Average();
    }
}
