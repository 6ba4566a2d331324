using System.Text.RegularExpressions;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Core.Stocks.Products;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Tests;

public class StockReportTests
{
    /// <summary>A hand-checkable model: 100 units a year for 2020..2029, fixed 3-year lifetime, 2 kg Co per unit.</summary>
    internal static StockReport Fixture()
    {
        var path = new ProductInflowPath(new ProductId("test_product"), "reference", 2020, Enumerable.Repeat(100.0, 10).ToArray(), "units", ["src-a"], 3);
        var lifetimes = new Dictionary<string, ProductLifetime>
        {
            ["test_product"] = new("test_product", LifetimeDistribution.Fixed(3), 2, 4, Junkan.Core.Citations.Provenance.Of("src-b", 2), "a <note> & more"),
        };
        var contents = new[] { new ElementContent(new ProductId("test_product"), new Junkan.Core.Elements.ElementSymbol("Co"), 2, 1, 3, Junkan.Core.Citations.Provenance.Of("src-c", 4, 2021), "per unit") };
        var flows = EndOfLifeModel.Run([path], lifetimes, contents);
        return new StockReport(flows, [path], lifetimes,
            new Dictionary<string, string> { ["src-a"] = "Source A", ["src-b"] = "Source B", ["src-c"] = "Source C" },
            "year-end", [new InputFileHash("data/test.csv", new string('0', 64), 123)]);
    }

    [Fact]
    public void The_fixture_gives_the_hand_computed_flows()
    {
        var f = Fixture().Flows.Single();
        Assert.Equal([100, 200, 300, 300, 300, 300, 300, 300, 300, 300], f.Stock);
        Assert.Equal([0, 0, 0, 100, 100, 100, 100, 100, 100, 100], f.Outflow);
        Assert.Equal(0.2, f.Elements.Single().Tonnes[3], 12);          // 100 units × 2 kg / 1,000
        Assert.Equal(0.1, f.Elements.Single().Low[4], 12);             // lifetime 2..4 years: outflow 100 in 2024 either way; × 1 kg
        Assert.Equal(0.3, f.Elements.Single().High[4], 12);            // × 3 kg
        Assert.Equal(0.0, f.Elements.Single().Low[3], 12);             // 4-year lifetime: the first cohort (2020) leaves in 2024
        Assert.Equal(0.0, f.Elements.Single().Low[2], 12);             // 4-year lifetime: nothing leaves in 2022
        Assert.Equal(0.3, f.Elements.Single().High[2], 12);            // 2-year lifetime: the 2020 cohort leaves in 2022
    }

    /// <summary>Golden files: set JUNKAN_UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void Html_matches_the_golden_file(string lang)
    {
        string html = StockReportHtml.Render(Fixture(), new ReportText(lang));
        string golden = Path.Combine(ReportFixture.GoldenFolder(), $"stock-report.{lang}.html");
        if (Environment.GetEnvironmentVariable("JUNKAN_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, html);
        Assert.True(File.Exists(golden), $"missing golden file {golden}");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), html.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Html_escapes_notes_cites_every_source_and_loads_nothing()
    {
        string html = StockReportHtml.Render(Fixture(), new ReportText("en"));
        Assert.Contains("a &lt;note&gt; &amp; more", html);
        foreach (var id in new[] { "src-a", "src-b", "src-c" }) Assert.Contains(id, html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain(" src=", html);
        Assert.Equal(2, Regex.Count(html, "<svg"));
    }

    [Theory]
    [InlineData(0, 1000, new[] { 0.0, 200, 400, 600, 800, 1000 })]
    [InlineData(0, 7, new[] { 0.0, 2, 4, 6, 8 })]
    [InlineData(-3, 3, new[] { -4.0, -2, 0, 2, 4 })]
    [InlineData(0, 0.031, new[] { 0.0, 0.01, 0.02, 0.03, 0.04 })]
    public void Ticks_are_nice_steps_covering_the_range(double min, double max, double[] expected) =>
        Assert.Equal(expected, LineChart.Ticks(min, max).Select(t => Math.Round(t, 12)));

    [Fact]
    public void Lines_start_at_the_left_axis_and_the_top_tick_at_the_top()
    {
        string svg = LineChart.Render("t", "y", 2000, [new("a", [0, 500, 1000])]);
        Assert.Contains("points=\"70,240 345,135 620,30\"", svg);   // x from 70 to 620, y from 240 (0) to 30 (1000)
        Assert.Throws<ArgumentException>(() => LineChart.Render("t", "y", 2000, [new("a", [1, 2]), new("b", [1])]));
    }

}
