using Junkan.Core.Elements;
using Junkan.Core.Risk;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Svg;

/// <summary>
/// The trend chart of one element: small multiples of ①..⑥ (and ② at the refining stage where it has data) by data
/// year on the level bands, as the report's element section and the web element page show it.
/// </summary>
public static class ElementTrendChart
{
    /// <param name="symbol">Element symbol (labelled by <see cref="ReportText.Symbol"/>).</param>
    /// <param name="name">The element's name in <paramref name="t"/>'s language.</param>
    public static string Render(RiskTrend trend, string symbol, string name, RiskSettings settings, ReportText t)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(t);
        var panels = RiskIndicators.All.Select(i => Panel(trend, i, i == RiskIndicator.ProductionConcentration ? SupplyStage.Mine : null, settings, t)).ToList();
        if (trend.Of(RiskIndicator.ProductionConcentration, SupplyStage.Refined) is not null)
            panels.Insert(2, Panel(trend, RiskIndicator.ProductionConcentration, SupplyStage.Refined, settings, t));
        return TrendChart.Render($"{t.Symbol(symbol)} {name}: {t["TrendHeading"]}", panels, t.Status(IndicatorStatus.NoData));
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
