using System.Xml.Linq;
using Junkan.Core.Risk;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Tests;

public class TrendChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>REE 2021-2023 mine-production HHI as in the bundled MCS data, a flat import value and an empty panel.</summary>
    private static TrendPanel[] Panels(double hhi2022 = 4239) =>
    [
        new("② production concentration", [new TrendPoint(2021, 5000, RiskLevel.High), new TrendPoint(2022, hhi2022, RiskLevel.High), new TrendPoint(2023, 4909, RiskLevel.High)],
            RiskSettings.Default.Concentration, "0"),
        new("④ import stability (refined)", [new TrendPoint(2020, 0.224, RiskLevel.High)], RiskSettings.Default.ImportStability, "0.000"),
        new("⑥ secondary supply", [new TrendPoint(2020, 0.01, RiskLevel.High), new TrendPoint(2022, 0.4, RiskLevel.Low)], RiskSettings.Default.SecondarySupply, "0%"),
        new("① reserve concentration", [], RiskSettings.Default.Concentration, "0"),
    ];

    /// <summary>Golden file: set JUNKAN_UPDATE_GOLDEN=1 to rewrite it after an intended change, then review the diff.</summary>
    [Fact]
    public void Svg_matches_the_golden_file()
    {
        string svg = TrendChart.Render("REE", Panels(), "no data");
        string golden = Junkan.Testing.TestRepository.Path("tests", "Junkan.Reports.Tests", "Golden", "trend-ree.svg");
        if (Environment.GetEnvironmentVariable("JUNKAN_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, svg);
        Assert.True(File.Exists(golden), $"missing golden file {golden}");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), svg);
    }

    [Fact]
    public void Svg_is_well_formed_one_panel_per_indicator_and_a_gap_has_no_line()
    {
        var doc = XElement.Parse(TrendChart.Render("REE & co", Panels(), "no data"));
        var panels = doc.Elements(Svg + "g").ToArray();
        Assert.Equal(4, panels.Length);
        Assert.Empty(panels[3].Elements(Svg + "polyline"));
        Assert.Contains(panels[3].Elements(Svg + "text"), t => t.Value == "no data");
        Assert.Equal(3, panels[0].Elements(Svg + "circle").Count());
    }

    [Fact]
    public void A_moved_value_moves_its_point_and_only_its_point()
    {
        static string[] Ys(string svg) => XElement.Parse(svg).Elements(Svg + "g").First().Elements(Svg + "circle").Select(c => (string)c.Attribute("cy")!).ToArray();
        string[] before = Ys(TrendChart.Render("REE", Panels(4239), "-")), after = Ys(TrendChart.Render("REE", Panels(3000), "-"));
        Assert.Equal(before[0], after[0]);
        Assert.NotEqual(before[1], after[1]);
        Assert.True(double.Parse(after[1], System.Globalization.CultureInfo.InvariantCulture) > double.Parse(before[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}

public class TrendSectionTests
{
    [Theory]
    [InlineData("en", "Indicators over time", "② Production (refined)")]
    [InlineData("ja", "指標の推移", "② 生産 (製錬品)")]
    public void An_element_with_a_trend_gets_the_small_multiples_in_its_section(string lang, string heading, string refinedPanel)
    {
        var report = ReportFixture.Create();
        var co = report.Elements[0];
        var trend = new RiskTrend(co.Symbol,
        [
            new IndicatorTrend(RiskIndicator.ProductionConcentration, Core.Elements.SupplyStage.Mine, [new TrendPoint(2022, 5000, RiskLevel.High), new TrendPoint(2023, 5550, RiskLevel.High)]),
            new IndicatorTrend(RiskIndicator.ProductionConcentration, Core.Elements.SupplyStage.Refined, [new TrendPoint(2023, 6000, RiskLevel.High)]),
        ]);
        report = report with { Elements = [co with { Trend = trend }, .. report.Elements.Skip(1)] };
        string html = Html.RiskReportHtml.Render(report, new Localization.ReportText(lang));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "<svg class=\"trend-chart\""));
        Assert.Contains($"<h3>{heading}</h3>", html);
        Assert.Contains(refinedPanel, html);
        Assert.Contains(">5550<", html);
    }
}
