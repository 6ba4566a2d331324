using Junkan.Application.Risk;
using Junkan.Core.Risk;

namespace Junkan.Web.Features.Elements;

/// <summary>
/// ③ or ④ beside its value weighted by Japan's import dependence (<c>junkan risk --import-dependence</c>):
/// w = min(1, imports / demand) (t of goods against t of element demand), weighted = w · Σ s²g with the same cut-offs;
/// without a weight, the reason (the weighted value then equals the unweighted one).
/// </summary>
public sealed record WeightedImportDto(string Key, int Number, IndicatorDto Unweighted, IndicatorDto Weighted, double? Weight, double? ImportsT, int? ImportsYear,
    double? DemandT, int? DemandYear, IReadOnlyList<string> DemandSources, bool Capped, string? Reason)
{
    public static WeightedImportDto Of(WeightedImport w) => new(w.Unweighted.Indicator.Key(), (int)w.Unweighted.Indicator, IndicatorDto.Of(w.Unweighted), IndicatorDto.Of(w.Weighted),
        w.Dependence?.Weight, w.Dependence?.ImportTonnes, w.Dependence?.ImportYear, w.Dependence?.DemandTonnes, w.Dependence?.DemandYear,
        w.Dependence?.DemandSources ?? [], w.Dependence?.Capped ?? false, w.Reason);
}

/// <summary>One point of an indicator's series: data year, value in the indicator's unit, level.</summary>
public sealed record TrendPointDto(int Year, double Value, string? Level);

/// <summary>An indicator over its data years (<c>series</c> of <c>junkan risk --format json</c>); ② at the refining stage has the key <c>production_concentration_refinery</c>.</summary>
public sealed record TrendSeriesDto(string Key, int Number, string? Stage, IReadOnlyList<TrendPointDto> Points);

/// <summary>
/// What the CLI's risk command shows beside the six standard indicators of one element: ② at the refining stage (HHI of
/// refinery production, with its largest producer), ③/④ weighted by import dependence, and every indicator by data year.
/// </summary>
public sealed record RiskDetailDto(string Element, int Year, IndicatorDto Refining, string RefiningLeader, string WeightFormula,
    IReadOnlyList<WeightedImportDto> ImportDependence, IReadOnlyList<TrendSeriesDto> Series)
{
    public const string RefinerySeriesKey = "production_concentration_refinery";

    public static RiskDetailDto Of(RiskDetail d, int year) => new(d.Element, year, IndicatorDto.Of(d.Refining), d.RefiningLeader, Core.Risk.ImportDependence.Formula,
        [.. d.Weighted.Select(WeightedImportDto.Of)],
        [.. d.Trend.Indicators.Select(t => new TrendSeriesDto(
            t.Indicator == RiskIndicator.ProductionConcentration && t.Stage == Core.Elements.SupplyStage.Refined ? RefinerySeriesKey : t.Indicator.Key(),
            (int)t.Indicator, t.Stage?.ToString(), [.. t.Points.Select(p => new TrendPointDto(p.Year, p.Value, p.Level?.ToString()))]))]);
}
