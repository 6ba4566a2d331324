using System.Text.RegularExpressions;
using System.Xml.Linq;
using Junkan.Core.Elements;
using Junkan.Core.Risk;
using Junkan.Reports.Localization;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Tests;

public class RadarChartTests
{
    private static readonly ReportText En = new("en");

    private static IndicatorResult Valued(RiskIndicator i, RiskLevel l) =>
        new(i, null, IndicatorStatus.Value, 1, l, 2023, ["s"], null, []);

    private static IndicatorResult[] Radar(params IndicatorResult[] r) => r;

    [Fact]
    public void Svg_is_well_formed_xml_with_a_title()
    {
        var radar = RiskIndicators.All.Select(i => Valued(i, RiskLevel.Mid)).ToArray();
        var svg = XElement.Parse(RadarChart.Render("Co & friends", [new RadarSeries("a", "series-baseline", radar)], En));
        Assert.Equal("Co & friends", svg.Elements().First(e => e.Name.LocalName == "title").Value);
    }

    [Fact]
    public void Gaps_are_labelled_and_drawn_at_the_centre_without_a_marker()
    {
        var radar = Radar(
            Valued(RiskIndicator.ReserveConcentration, RiskLevel.High),
            Valued(RiskIndicator.ProductionConcentration, RiskLevel.Low),
            IndicatorResult.NotApplicable(RiskIndicator.ImportStabilityConcentrate, SupplyStage.Mine, "n/a", []),
            IndicatorResult.NoData(RiskIndicator.ImportStabilityRefined, SupplyStage.Refined, "none"),
            Valued(RiskIndicator.PriceVolatility, RiskLevel.Mid),
            Valued(RiskIndicator.SecondarySupply, RiskLevel.High));
        string svg = RadarChart.Render("x", [new RadarSeries("a", "series-baseline", radar)], En);
        Assert.Equal(4, Regex.Count(svg, "<circle"));
        Assert.Contains("③ Imports (conc.) (N/A)", svg);
        Assert.Contains("④ Imports (refined) (no data)", svg);
        Assert.Equal(2, Regex.Count(svg, "axis-label-gap"));
        // axis 3 (index 2) and axis 4 (index 3) sit at the centre (200,130)
        var points = Regex.Match(svg, "<g class=\"series series-baseline\"><polygon points=\"([^\"]+)\"").Groups[1].Value.Split(' ');
        Assert.Equal("200,130", points[2]);
        Assert.Equal("200,130", points[3]);
        Assert.Equal("200,50", points[0]);   // High on the first (top) axis: full radius 80
    }

    [Fact]
    public void Radius_grows_with_the_level()
    {
        Assert.True(RadarChart.Radius(RiskLevel.Low) < RadarChart.Radius(RiskLevel.Mid));
        Assert.True(RadarChart.Radius(RiskLevel.Mid) < RadarChart.Radius(RiskLevel.High));
    }

    [Fact]
    public void Two_series_get_a_legend()
    {
        var radar = RiskIndicators.All.Select(i => Valued(i, RiskLevel.Mid)).ToArray();
        string svg = RadarChart.Render("x", [new RadarSeries("before", "series-before", radar), new RadarSeries("after", "series-after", radar)], En);
        Assert.Contains(">before</text>", svg);
        Assert.Contains(">after</text>", svg);
    }
}
