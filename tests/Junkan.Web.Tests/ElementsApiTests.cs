using System.Net;
using Junkan.Application.Risk;
using Junkan.Core.Risk;

namespace Junkan.Web.Tests;

/// <summary>Read-only endpoints: one host (and store file) for the class.</summary>
public sealed class ElementsApiTests(ReadOnlyHost shared) : IClassFixture<ReadOnlyHost>
{
    [Fact]
    public async Task Element_list_carries_the_six_indicators_of_the_risk_use_case()
    {
        var host = shared.Host;
        var r = await host.CreateClient().GetAsync("/api/elements");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var list = await r.Read();
        var co = list.EnumerateArray().Single(e => e.GetProperty("symbol").GetString() == "Co");
        var expected = new RiskAnalysis(WebHost.Workspace).Run(new RiskRequest("Co")).Profiles[0].Get(RiskIndicator.ProductionConcentration);
        var production = co.GetProperty("profile").GetProperty("indicators")[1];
        Assert.Equal("production_concentration", production.GetProperty("key").GetString());
        Assert.Equal(expected.Value!.Value, production.GetProperty("value").GetDouble(), 9);
        // USGS MCS 2024: DR Congo mines about 74 % of the world's cobalt, so the HHI is far above METI's high cut-off.
        Assert.Equal("High", production.GetProperty("level").GetString());
        Assert.Contains("usgs-mcs-2024", production.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(6, co.GetProperty("profile").GetProperty("indicators").GetArrayLength());
    }

    [Fact]
    public async Task Element_detail_has_shares_prices_sources_and_recyclability()
    {
        var host = shared.Host;
        var d = await (await host.CreateClient().GetAsync("/api/elements/Co")).Read();
        var mine = d.GetProperty("mineProduction").GetProperty("countries");
        Assert.Equal("COD", mine[0].GetProperty("country").GetString());
        Assert.InRange(mine[0].GetProperty("share").GetDouble(), 0.6, 0.9);
        Assert.True(d.GetProperty("price").GetProperty("prices").GetArrayLength() >= 5);
        Assert.Contains(d.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "usgs-mcs-2024");
        Assert.Equal("Co", d.GetProperty("recyclability").GetProperty("element").GetString());
    }

    [Fact]
    public async Task Recyclability_carries_the_co2_effect_with_gaps_as_gaps()
    {
        var client = shared.Host.CreateClient();
        var cu = await (await client.GetAsync("/api/elements/Cu")).Read();
        var r = cu.GetProperty("recyclability");
        var co2 = r.GetProperty("co2");
        // Nuss & Eckelman 2014: 2.8 kg CO2e per kg of primary copper; no secondary factor bundled, so gross.
        Assert.Equal(r.GetProperty("recoverable").GetDouble() * 2.8, co2.GetProperty("avoidedToday").GetDouble(), 6);
        Assert.True(co2.GetProperty("gross").GetBoolean());
        var ga = (await (await client.GetAsync("/api/elements/Ga")).Read()).GetProperty("recyclability").GetProperty("co2");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ga.GetProperty("avoidedToday").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ga.GetProperty("source").ValueKind);
        var page = await client.GetStringAsync("/elements/Cu?lang=en");
        Assert.Contains("id=\"co2\"", page);
        Assert.Contains("gross, an upper bound", page);
    }

    [Fact]
    public async Task Unknown_element_is_404_problem_naming_the_symbol()
    {
        var host = shared.Host;
        var r = await host.CreateClient().GetAsync("/api/elements/Xx");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Xx", Assert.Single(await r.Errors("symbol")));
    }

    [Theory]
    [InlineData("/api/elements?year=abc", "year")]
    [InlineData("/api/elements?year=1200", "year")]
    [InlineData("/api/recyclability?year=99999", "year")]
    [InlineData("/api/exports/report?part=flows", "part")]
    [InlineData("/api/exports/report?lang=fr", "lang")]
    public async Task Bad_query_values_are_400_problems_naming_the_field(string url, string field)
    {
        var host = shared.Host;
        var r = await host.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.NotEmpty(await r.Errors(field));
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        var host = shared.Host;
        var doc = await (await host.CreateClient().GetAsync("/openapi/v1.json")).Read();
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/elements", "/api/elements/{symbol}", "/api/policy/evaluate", "/api/recyclability", "/api/selection/runs", "/api/exports/report",
                     "/api/elements/{symbol}/risk-details", "/api/elements/{symbol}/trend.svg", "/api/flows/{element}/bottom-up", "/api/data/active", "/api/data/sets/{id}/activate" })
            Assert.True(paths.TryGetProperty(p, out _), p);
    }
}
