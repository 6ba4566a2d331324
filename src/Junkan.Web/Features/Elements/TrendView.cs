using Junkan.Application.Risk;
using Junkan.Core.Elements;
using Junkan.Core.Risk;
using Junkan.Reports.Localization;
using Junkan.Reports.Svg;

namespace Junkan.Web.Features.Elements;

/// <summary>The trend chart of the reports (<see cref="TrendChart"/>) for one element: ①..⑥ and the refining-stage ② by data year.</summary>
internal static class TrendView
{
    public static string Svg(RiskDetail detail, ElementSummary e, RiskSettings settings, string language)
    {
        var t = new ReportText(language);
        var trend = detail.Trend;
        var panels = RiskIndicators.All.Select(i => Panel(trend, i, i == RiskIndicator.ProductionConcentration ? SupplyStage.Mine : null, settings, t)).ToList();
        if (trend.Of(RiskIndicator.ProductionConcentration, SupplyStage.Refined) is not null)
            panels.Insert(2, Panel(trend, RiskIndicator.ProductionConcentration, SupplyStage.Refined, settings, t));
        string name = language == "ja" ? e.NameJa : e.NameEn;
        return TrendChart.Render($"{t.Symbol(e.Symbol)} {name}: {t["TrendHeading"]}", panels, t.Status(IndicatorStatus.NoData));
    }

    private static TrendPanel Panel(RiskTrend trend, RiskIndicator i, SupplyStage? stage, RiskSettings settings, ReportText t)
    {
        var series = stage is null ? trend.Indicators.FirstOrDefault(x => x.Indicator == i) : trend.Of(i, stage);
        string label = t.IndicatorShort(i) + (stage == SupplyStage.Refined ? $" ({t.Stage(SupplyStage.Refined)})" : "");
        string format = i switch
        {
            RiskIndicator.ReserveConcentration or RiskIndicator.ProductionConcentration => "0",
            RiskIndicator.ImportStabilityConcentrate or RiskIndicator.ImportStabilityRefined => "0.000",
            _ => "0%",
        };
        return new TrendPanel(label, series?.Points ?? [], settings.CutoffsFor(i), format);
    }
}
