using Junkan.Core.Elements;

namespace Junkan.Core.Risk;

/// <summary>One value of an indicator in one data year (the year of the figures, not of the assessment).</summary>
public sealed record TrendPoint(int Year, double Value, RiskLevel? Level);

/// <summary>The values of one indicator (and stage, for ② mine or refinery) over its data years, ascending.</summary>
public sealed record IndicatorTrend(RiskIndicator Indicator, SupplyStage? Stage, IReadOnlyList<TrendPoint> Points);

/// <summary>
/// An element's indicators over time: the profiles of successive assessment years reduced to one point per data year
/// (an assessment year without newer figures repeats the latest ones; the repeat is dropped).
/// </summary>
public sealed record RiskTrend(string Element, IReadOnlyList<IndicatorTrend> Indicators)
{
    /// <summary>The trend of <paramref name="element"/> from its profiles of several assessment years (any order).</summary>
    public static RiskTrend From(string element, IEnumerable<RiskProfile> profiles)
    {
        var results = profiles.Where(p => p.Element == element).OrderBy(p => p.Year)
            .SelectMany(p => p.Results).Where(r => r.Value is not null && r.Year is not null).ToArray();
        var trends = results.GroupBy(r => (r.Indicator, r.Stage))
            .OrderBy(g => g.Key.Indicator).ThenBy(g => g.Key.Stage)
            .Select(g => new IndicatorTrend(g.Key.Indicator, g.Key.Stage,
                g.GroupBy(r => r.Year!.Value).OrderBy(y => y.Key).Select(y => new TrendPoint(y.Key, y.Last().Value!.Value, y.Last().Level)).ToArray()))
            .ToArray();
        return new RiskTrend(element, trends);
    }

    /// <summary>The trend of one indicator at one stage, or null when it has no value in any year.</summary>
    public IndicatorTrend? Of(RiskIndicator indicator, SupplyStage? stage = null) =>
        Indicators.FirstOrDefault(t => t.Indicator == indicator && (stage is null || t.Stage == stage));
}
