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

    private static IndicatorResult WithValue(RiskIndicator i, double v) =>
        new(i, null, IndicatorStatus.Value, v, RiskSettings.Default.CutoffsFor(i).Classify(v), 2023, ["s"], null, []);

    private static IndicatorResult[] WithGaps() => Radar(
        WithValue(RiskIndicator.ReserveConcentration, 5000),
        WithValue(RiskIndicator.ProductionConcentration, 1500),
        IndicatorResult.NotApplicable(RiskIndicator.ImportStabilityConcentrate, SupplyStage.Mine, "n/a", []),
        IndicatorResult.NoData(RiskIndicator.ImportStabilityRefined, SupplyStage.Refined, "none"),
        WithValue(RiskIndicator.PriceVolatility, 0.2),
        WithValue(RiskIndicator.SecondarySupply, 0.05));

    [Fact]
    public void Gaps_are_labelled_and_have_no_vertex_and_nothing_at_the_centre()
    {
        string svg = RadarChart.Render("x", [new RadarSeries("a", "series-baseline", WithGaps())], En);
        Assert.Equal(4, Regex.Count(svg, "<circle"));
        Assert.Contains("③ Imports (conc.)<tspan", svg);
        Assert.Contains("(N/A)</tspan>", svg);
        Assert.Contains("(no data)</tspan>", svg);
        Assert.Equal(2, Regex.Count(svg, "axis-label-gap"));
        Assert.Equal(2, Regex.Count(svg, "class=\"gap-mark\""));
        var points = Regex.Match(svg, "<g class=\"series series-baseline\"><polygon points=\"([^\"]+)\"").Groups[1].Value.Split(' ');
        Assert.Equal(4, points.Length);
        var (cx, cy) = RadarChart.Centre;
        string centre = $"{cx.ToString(System.Globalization.CultureInfo.InvariantCulture)},{cy.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        Assert.DoesNotContain(centre, points);
        var vertices = RadarChart.Vertices(WithGaps(), RiskSettings.Default);
        Assert.Equal([0, 1, 4, 5], vertices.Select(v => v.Axis));
        Assert.All(vertices, v => Assert.True(double.Hypot(v.X - cx, v.Y - cy) > 1));
    }

    [Fact]
    public void A_moved_value_moves_the_vertex_within_the_same_level()
    {
        // The REE policy case of issue 13: ② 4,909 -> 4,239 and ④ 0.221 -> 0.146 stay High but must not draw the same polygon.
        IndicatorResult[] Profile(double hhi, double imports) => Radar(
            WithValue(RiskIndicator.ReserveConcentration, 2289), WithValue(RiskIndicator.ProductionConcentration, hhi),
            IndicatorResult.NotApplicable(RiskIndicator.ImportStabilityConcentrate, SupplyStage.Mine, "n/a", []),
            WithValue(RiskIndicator.ImportStabilityRefined, imports), WithValue(RiskIndicator.PriceVolatility, 0.453), WithValue(RiskIndicator.SecondarySupply, 0.01));
        var before = RadarChart.Vertices(Profile(4909, 0.221), RiskSettings.Default);
        var after = RadarChart.Vertices(Profile(4239, 0.146), RiskSettings.Default);
        var (cx, cy) = RadarChart.Centre;
        double Dist((int Axis, double X, double Y) v) => double.Hypot(v.X - cx, v.Y - cy);
        Assert.True(Dist(before.Single(v => v.Axis == 1)) - Dist(after.Single(v => v.Axis == 1)) > 3);
        Assert.True(Dist(before.Single(v => v.Axis == 3)) - Dist(after.Single(v => v.Axis == 3)) > 10);
        Assert.Equal(Dist(before.Single(v => v.Axis == 0)), Dist(after.Single(v => v.Axis == 0)));
        // both stay in the High band (outer third)
        Assert.All(new[] { before, after }.SelectMany(x => x).Where(v => v.Axis is 1 or 3), v => Assert.True(Dist(v) >= RadarChart.R * 2 / 3 - 0.01));
    }

    [Theory]
    [InlineData(RiskIndicator.ProductionConcentration, 2499, 0, 1.0 / 3)]
    [InlineData(RiskIndicator.ProductionConcentration, 2750, 1.0 / 3, 2.0 / 3)]
    [InlineData(RiskIndicator.ProductionConcentration, 10000, 1, 1)]
    [InlineData(RiskIndicator.SecondarySupply, 0.0, 1, 1)]
    [InlineData(RiskIndicator.SecondarySupply, 0.5, 0, 1.0 / 3)]
    [InlineData(RiskIndicator.PriceVolatility, 0.895, 2.0 / 3, 1)]
    public void Positions_stay_inside_the_band_of_the_level(RiskIndicator i, double value, double lo, double hi)
    {
        double p = RadarScale.Position(WithValue(i, value), RiskSettings.Default.CutoffsFor(i))!.Value;
        Assert.InRange(p, lo, hi);
    }

    [Fact]
    public void The_chart_is_large_enough_for_its_labels()
    {
        var radar = RiskIndicators.All.Select(i => Valued(i, RiskLevel.Mid)).ToArray();
        var svg = XElement.Parse(RadarChart.Render("x", [new RadarSeries("a", "series-baseline", radar)], En));
        Assert.Equal("560", svg.Attribute("width")!.Value);
        // every label anchor stays inside the view box with room for about 130 px of text on the left and right
        foreach (var label in svg.Elements().Where(e => e.Name.LocalName == "text" && (string?)e.Attribute("class") == "axis-label"))
        {
            double x = double.Parse(label.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture);
            string anchor = label.Attribute("text-anchor")!.Value;
            Assert.True(anchor switch { "start" => x + 130 <= RadarChart.Width, "end" => x - 130 >= 0, _ => true }, $"{label.Value} at x {x}");
        }
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
