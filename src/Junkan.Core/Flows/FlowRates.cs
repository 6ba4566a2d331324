namespace Junkan.Core.Flows;

/// <summary>
/// The rates of a use at their central values, with the rules for gaps: an achievable rate never below today's
/// (technology at TRL ≥ 8 includes what runs today), a missing rate 0 (reported as missing by the loader).
/// </summary>
public static class FlowRates
{
    public static double Collection(UseParameters p) => p.CollectionRate?.Value ?? 0;
    public static double Yield(UseParameters p) => p.RecoveryYield?.Value ?? 0;
    public static double AchievableCollection(UseParameters p) => Math.Max(p.AchievableCollection?.Value ?? 0, Collection(p));
    public static double AchievableYield(UseParameters p) => Math.Max(p.AchievableYield?.Value ?? 0, Yield(p));
}
