using System.Net;
using Junkan.Application.Flows;

namespace Junkan.Web.Tests;

/// <summary>The element-flow API (<c>/api/flows</c>): read-only, one host for the class.</summary>
public sealed class FlowsApiTests(ReadOnlyHost shared) : IClassFixture<ReadOnlyHost>
{
    [Fact]
    public async Task Copper_flows_balance_and_match_the_use_case()
    {
        var r = await shared.Host.CreateClient().GetAsync("/api/flows/Cu?year=2024&scenario=central");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var sys = (await r.Read()).GetProperty("systems").EnumerateArray().Single();
        Assert.Equal(2024, sys.GetProperty("year").GetInt32());
        // Every process balances: residual = in − out − Δstock ≈ 0 relative to its throughput.
        foreach (var b in sys.GetProperty("balance").EnumerateArray())
        {
            double scale = Math.Max(1, Math.Max(b.GetProperty("inputT").GetDouble(), b.GetProperty("outputT").GetDouble()));
            Assert.True(Math.Abs(b.GetProperty("residualT").GetDouble()) / scale < 1e-9, b.GetProperty("process").GetString());
        }
        Assert.True(sys.GetProperty("maxRelativeResidual").GetDouble() < 1e-9);
        var expected = new FlowAnalysis(WebHost.Workspace).Run(new FlowRequest("Cu", 2024, "central", 200)).Systems[0];
        var flows = sys.GetProperty("flows").EnumerateArray().ToArray();
        Assert.Equal(expected.System.System.Flows.Count, flows.Length);
        int t = expected.System.System.IndexOf(2024);
        for (int i = 0; i < flows.Length; i++)
        {
            Assert.Equal(expected.System.System.Flows[i][t], flows[i].GetProperty("valueT").GetDouble(), 6);
            Assert.Equal(expected.High[i], flows[i].GetProperty("highT").GetDouble(), 6);
        }
        Assert.Contains(flows, f => f.GetProperty("kind").GetString() == "end_of_life" && f.GetProperty("sources").GetArrayLength() > 0);
        var totals = sys.GetProperty("totals").EnumerateArray().ToArray();
        Assert.Equal(sys.GetProperty("lastYear").GetInt32() - sys.GetProperty("firstYear").GetInt32() + 1, totals.Length);
    }

    [Fact]
    public async Task A_group_returns_one_system_per_member()
    {
        var r = await shared.Host.CreateClient().GetAsync("/api/flows/REE");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var members = (await r.Read()).GetProperty("systems").EnumerateArray().Select(s => s.GetProperty("element").GetString()).ToArray();
        Assert.Contains("Nd", members);
        Assert.True(members.Length > 1);
    }

    [Theory]
    [InlineData("/api/flows/Unobtainium", HttpStatusCode.NotFound, "element")]
    [InlineData("/api/flows/Cu?year=1800", HttpStatusCode.BadRequest, "year")]
    [InlineData("/api/flows/Cu?year=2051", HttpStatusCode.BadRequest, "year")]
    [InlineData("/api/flows/Cu?scenario=boom", HttpStatusCode.BadRequest, "scenario")]
    public async Task Bad_requests_are_problem_details_naming_the_field(string url, HttpStatusCode status, string field)
    {
        var r = await shared.Host.CreateClient().GetAsync(url);
        Assert.Equal(status, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await r.Errors(field));
    }

    [Fact]
    public async Task The_sankey_is_served_as_svg()
    {
        var r = await shared.Host.CreateClient().GetAsync("/api/flows/Cu/sankey.svg?lang=ja");
        Assert.Equal("image/svg+xml", r.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", (await r.Content.ReadAsStringAsync()).TrimStart(), StringComparison.Ordinal);
    }
}
