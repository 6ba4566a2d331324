using Junkan.Core.Elements;
using Junkan.Core.Risk;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Html;

/// <summary>The "indicators over time" part of an element section: small multiples of ①..⑥ (and refinery ②) by data year.</summary>
internal static class TrendSection
{
    public static void Write(HtmlBuilder h, ReportElement e, RiskSettings settings, ReportText t)
    {
        if (e.Trend is not { } trend) return;
        var panels = RiskIndicators.All.Select(i => Panel(trend, i, i == RiskIndicator.ProductionConcentration ? SupplyStage.Mine : null, settings, t)).ToList();
        if (trend.Of(RiskIndicator.ProductionConcentration, SupplyStage.Refined) is not null)
            panels.Insert(2, Panel(trend, RiskIndicator.ProductionConcentration, SupplyStage.Refined, settings, t));
        h.Open("div", "trend").Element("h3", t["TrendHeading"]).Line();
        h.Raw(TrendChart.Render($"{t.Symbol(e.Symbol)} {e.Name(t.Language)}: {t["TrendHeading"]}", panels, t.Status(IndicatorStatus.NoData))).Line();
        h.Element("p", t["TrendCaption"], "note").Close("div").Line();
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
