using System.Net;
using Junkan.Application.Risk;
using Junkan.Core.Risk;

namespace Junkan.Web.Tests;

/// <summary>
/// What the CLI computes beyond the six standard indicators, through the web: ② at the refining stage, ③/④ weighted by
/// import dependence, the series by data year and the trend chart (risk), and the bottom-up reconciliation (flows).
/// </summary>
public sealed class CapabilityApiTests(ReadOnlyHost shared) : IClassFixture<ReadOnlyHost>
{
    [Fact]
    public async Task Copper_refined_import_stability_weighted_by_import_dependence_is_low_as_in_the_method_note()
    {
        var d = await (await shared.Host.CreateClient().GetAsync("/api/elements/Cu/risk-details")).Read();
        var refined = d.GetProperty("importDependence").EnumerateArray().Single(x => x.GetProperty("key").GetString() == "import_stability_refined");
        // docs/methods/risk-indicators.md: ④ 0.215 High unweighted (Comtrade 2020 HS 7403); M = 9,587 t of refined-copper
        // imports against D = 1,001,537 t demand (FY2019, 日本鉱業協会『鉱山』2020): w = 0.96 %, weighted 0.002 Low.
        double m = refined.GetProperty("importsT").GetDouble(), demand = refined.GetProperty("demandT").GetDouble();
        Assert.Equal(9587, m, 0);
        Assert.Equal(1_001_537, demand, 0);
        Assert.Equal(m / demand, refined.GetProperty("weight").GetDouble(), 9);
        double unweighted = refined.GetProperty("unweighted").GetProperty("value").GetDouble();
        Assert.Equal(0.215, unweighted, 3);
        Assert.Equal(unweighted * m / demand, refined.GetProperty("weighted").GetProperty("value").GetDouble(), 9);
        Assert.Equal(("High", "Low"), (refined.GetProperty("unweighted").GetProperty("level").GetString(), refined.GetProperty("weighted").GetProperty("level").GetString()));
        // ③: concentrate imports (5.2 Mt of goods) exceed demand, so w = 1 and the value stays 0.091 High.
        var conc = d.GetProperty("importDependence").EnumerateArray().Single(x => x.GetProperty("key").GetString() == "import_stability_concentrate");
        Assert.Equal((1.0, true), (conc.GetProperty("weight").GetDouble(), conc.GetProperty("capped").GetBoolean()));
    }

    [Fact]
    public async Task Refining_stage_concentration_matches_the_use_case_and_china_leads_copper_refining()
    {
        var client = shared.Host.CreateClient();
        var d = await (await client.GetAsync("/api/elements/Cu/risk-details")).Read();
        var expected = new RiskAnalysis(WebHost.Workspace).Run(new RiskRequest("Cu", Stage: ConcentrationStage.Refining)).Details[0];
        Assert.Equal(expected.Refining.Value!.Value, d.GetProperty("refining").GetProperty("value").GetDouble(), 9);
        // USGS MCS 2024: China refined about 12 of 27 Mt of copper in 2023 (44 %).
        Assert.StartsWith("CHN 44", d.GetProperty("refiningLeader").GetString(), StringComparison.Ordinal);
        var list = await (await client.GetAsync("/api/elements?stage=refining")).Read();
        var cu = list.EnumerateArray().Single(e => e.GetProperty("symbol").GetString() == "Cu").GetProperty("profile").GetProperty("indicators")[1];
        Assert.Equal(expected.Refining.Value!.Value, cu.GetProperty("value").GetDouble(), 9);
        var co = list.EnumerateArray().Single(e => e.GetProperty("symbol").GetString() == "Co").GetProperty("profile").GetProperty("indicators")[1];
        Assert.Equal("NoData", co.GetProperty("status").GetString());   // no by-country refinery table for cobalt in the bundled data
        Assert.NotEmpty(await (await client.GetAsync("/api/elements?stage=smelter")).Errors("stage"));
    }

    [Fact]
    public async Task Series_give_one_point_per_data_year_and_the_trend_chart_is_svg()
    {
        var client = shared.Host.CreateClient();
        var d = await (await client.GetAsync("/api/elements/Cu/risk-details")).Read();
        var series = d.GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("key").GetString()!, s => s.GetProperty("points"));
        var trend = new RiskAnalysis(WebHost.Workspace).Run(new RiskRequest("Cu")).Details[0].Trend;
        Assert.Equal(trend.Of(RiskIndicator.ProductionConcentration, Core.Elements.SupplyStage.Mine)!.Points.Select(p => p.Year),
            series["production_concentration"].EnumerateArray().Select(p => p.GetProperty("year").GetInt32()));
        Assert.True(series["production_concentration_refinery"].GetArrayLength() >= 2);
        var svg = await client.GetAsync("/api/elements/Cu/trend.svg?lang=en");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg class=\"trend-chart\"", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/elements/Xx/risk-details")).StatusCode);
    }

    [Fact]
    public async Task Copper_bottom_up_reconciliation_carries_the_appliance_law_copper_check()
    {
        var client = shared.Host.CreateClient();
        var d = await (await client.GetAsync("/api/flows/Cu/bottom-up")).Read();
        var cu = d.GetProperty("elements").EnumerateArray().Single();
        Assert.Equal("Cu", cu.GetProperty("element").GetString());
        foreach (var row in cu.GetProperty("rows").EnumerateArray())
            if (row.GetProperty("ratio").ValueKind == System.Text.Json.JsonValueKind.Number)
                Assert.Equal(row.GetProperty("bottomUpT").GetDouble() / row.GetProperty("topDownT").GetDouble(), row.GetProperty("ratio").GetDouble(), 9);
        // Home Appliance Recycling Law FY2012: 13,653 t of copper separated from the four categories (denki-glass-h24).
        var check = cu.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == 2012 && c.GetProperty("measure").GetString() == "recovered_t");
        Assert.Equal(13_653, check.GetProperty("published").GetDouble());
        Assert.Equal(13_653 / check.GetProperty("model").GetDouble(), check.GetProperty("ratio").GetDouble(), 9);
        Assert.InRange(check.GetProperty("ratio").GetDouble(), 0.3, 1.0);   // recovered as metal ≤ contained
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/flows/Xx/bottom-up")).StatusCode);
    }

    [Theory]
    [InlineData("/elements/Cu?lang=en", "id=\"indicator-variants\"", "Import stability (refined) · weighted by import dependence")]
    [InlineData("/elements/Cu?lang=ja", "id=\"trend\"", "<svg class=\"trend-chart\"")]
    [InlineData("/flows?element=Cu&lang=en", "id=\"bottom-up\"", "Published figures beside the bottom-up model")]
    public async Task Pages_show_the_capabilities(string url, string id, string text)
    {
        string html = await shared.Host.CreateClient().GetStringAsync(url);
        Assert.Contains(id, html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }
}
