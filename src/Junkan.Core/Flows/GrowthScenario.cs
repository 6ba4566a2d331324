namespace Junkan.Core.Flows;

/// <summary>Which growth rate of each use carries demand beyond the last published year: its low, central or high figure.</summary>
public enum GrowthScenario
{
    Low,
    Central,
    High,
}
