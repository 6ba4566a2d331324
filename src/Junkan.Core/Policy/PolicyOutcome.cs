using Junkan.Core.Risk;

namespace Junkan.Core.Policy;

/// <summary>How one measure alone moved one indicator of its element (values in the indicator's unit).</summary>
public sealed record MeasureEffect(PolicyMeasure Measure, RiskIndicator Indicator, double? Before, double? After, RiskLevel? LevelBefore, RiskLevel? LevelAfter)
{
    public bool LevelChanged => LevelBefore != LevelAfter;
}

/// <summary>Before and after all measures of a scenario for one element, and the effect of each measure alone.</summary>
public sealed record ElementPolicyOutcome(string Element, RiskProfile Before, RiskProfile After, IReadOnlyList<MeasureEffect> Effects, double StockpileDays);

/// <summary>The outcome of one scenario over the elements its measures touch.</summary>
public sealed record PolicyOutcome(PolicyScenario Scenario, IReadOnlyList<ElementPolicyOutcome> Elements);
