using System.Net;

namespace Junkan.Web.Tests;

/// <summary>The network API (<c>/api/networks</c>): the bundled cases and a solved plan of the smallest one.</summary>
public sealed class NetworksApiTests(ReadOnlyHost shared) : IClassFixture<ReadOnlyHost>
{
    [Fact]
    public async Task The_bundled_cases_are_listed()
    {
        var cases = await (await shared.Host.CreateClient().GetAsync("/api/networks/cases")).Read();
        var ids = cases.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToArray();
        Assert.Contains("lib-japan", ids);
        Assert.Contains("aluminium-japan", ids);
        // prefectures as sources: the 47 of Japan
        Assert.All(cases.EnumerateArray(), c => Assert.Equal(47, c.GetProperty("sources").GetInt32()));
    }

    [Fact]
    public async Task The_smallest_case_solves_to_optimality_and_its_accounting_matches_the_objective()
    {
        var r = await shared.Host.CreateClient().PostAsync("/api/networks/aluminium-japan/plan", Json.Body("""{"timeLimitSeconds": 20}"""));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var p = await r.Read();
        Assert.Equal("optimal", p.GetProperty("status").GetString());
        Assert.True(p.GetProperty("gap").GetDouble() <= 1e-4);
        var opened = p.GetProperty("sites").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "hub" && s.GetProperty("opened").GetBoolean()).ToArray();
        Assert.InRange(opened.Length, 1, p.GetProperty("hubs").GetInt32());
        // The cost breakdown (net JPY/y) is the solver's objective: the accounting and the model agree.
        double objective = p.GetProperty("objectiveJpy").GetDouble();
        Assert.Equal(objective, p.GetProperty("netCostJpyPerYear").GetDouble(), Math.Abs(objective) * 1e-6);
        Assert.True(p.GetProperty("shipments").GetArrayLength() > 0);
    }

    [Fact]
    public async Task The_co2_objective_gives_a_plan_in_tonnes_and_the_pareto_objective_a_front_from_cheap_to_clean()
    {
        var c = shared.Host.CreateClient();
        var green = await (await c.PostAsync("/api/networks/aluminium-japan/plan", Json.Body("""{"objective": "co2"}"""))).Read();
        Assert.Equal("co2", green.GetProperty("minimised").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, green.GetProperty("objectiveJpy").ValueKind);
        double net = green.GetProperty("netCo2TPerYear").GetDouble();
        Assert.Equal(green.GetProperty("objectiveCo2T").GetDouble(), net, 1e-4 * Math.Abs(net));
        var front = await (await c.PostAsync("/api/networks/aluminium-japan/plan", Json.Body("""{"objective": "pareto"}"""))).Read();
        Assert.Equal("cost", front.GetProperty("minimised").GetString());
        var points = front.GetProperty("pareto").EnumerateArray().ToList();
        Assert.Equal(5, points.Count);
        // The front runs from the cost plan (no cap, its CO2 the plan's) to the lowest-CO2 plan (the co2 objective's CO2).
        Assert.Equal(System.Text.Json.JsonValueKind.Null, points[0].GetProperty("co2CapT").ValueKind);
        Assert.Equal(front.GetProperty("netCo2TPerYear").GetDouble(), points[0].GetProperty("co2T").GetDouble(), 1e-6 * Math.Max(1, Math.Abs(net)));
        Assert.Equal(net, points[^1].GetProperty("co2T").GetDouble(), 1e-4 * Math.Abs(net));
        for (int i = 1; i < points.Count; i++)
        {
            Assert.True(points[i].GetProperty("co2T").GetDouble() <= points[i - 1].GetProperty("co2T").GetDouble() + 1e-6);
            Assert.True(points[i].GetProperty("costJpy").GetDouble() >= points[i - 1].GetProperty("costJpy").GetDouble() - 1);
        }
    }

    [Fact]
    public async Task The_multi_period_plan_keeps_every_site_open_at_its_size_and_opens_each_once()
    {
        var p = await (await shared.Host.CreateClient().PostAsync("/api/networks/lib-japan/plan", Json.Body("""{"periods": true}"""))).Read();
        var mp = p.GetProperty("periods");
        Assert.Contains(mp.GetProperty("status").GetString(), new[] { "optimal", "feasible" });
        Assert.True(mp.GetProperty("objectivePvJpy").GetDouble() >= mp.GetProperty("boundJpy").GetDouble() - 1);
        var periods = mp.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(new[] { 2030, 2035, 2040 }, periods.Select(x => x.GetProperty("year").GetInt32()));
        var sizes = new Dictionary<string, string>();
        var opens = new Dictionary<string, int>();
        foreach (var period in periods)
        {
            var open = period.GetProperty("opened").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!, o => o);
            foreach (var (id, size) in sizes) Assert.Equal(size, open[id].GetProperty("size").GetString());  // open stays open, same size
            foreach (var (id, o) in open)
            {
                sizes[id] = o.GetProperty("size").GetString()!;
                if (o.GetProperty("opens").GetBoolean()) opens[id] = opens.GetValueOrDefault(id) + 1;
            }
            Assert.True(period.GetProperty("collectedT").GetDouble() <= period.GetProperty("supplyT").GetDouble() + 1e-6);
        }
        Assert.All(opens.Values, n => Assert.Equal(1, n));
        Assert.True(mp.GetProperty("investmentJpy").GetDouble() > 0);
    }

    [Theory]
    [InlineData("/api/networks/atlantis/plan", "{}", HttpStatusCode.NotFound, "case")]
    [InlineData("/api/networks/lib-japan/plan", """{"timeLimitSeconds": 600}""", HttpStatusCode.BadRequest, "timeLimitSeconds")]
    [InlineData("/api/networks/lib-japan/plan", """{"hubs": -1}""", HttpStatusCode.BadRequest, "hubs")]
    [InlineData("/api/networks/lib-japan/plan", """{"carbonPrice": -5}""", HttpStatusCode.BadRequest, "carbonPrice")]
    [InlineData("/api/networks/lib-japan/plan", """{"objective": "money"}""", HttpStatusCode.BadRequest, "objective")]
    [InlineData("/api/networks/aluminium-japan/plan", """{"periods": true}""", HttpStatusCode.BadRequest, "periods")]
    [InlineData("/api/networks/lib-japan/plan", """{"periods": true, "objective": "co2"}""", HttpStatusCode.BadRequest, "periods")]
    public async Task Bad_plan_requests_name_the_field(string url, string body, HttpStatusCode status, string field)
    {
        var r = await shared.Host.CreateClient().PostAsync(url, Json.Body(body));
        Assert.Equal(status, r.StatusCode);
        Assert.NotEmpty(await r.Errors(field));
    }

    [Fact]
    public async Task Solving_is_a_write_and_needs_the_api_key_when_one_is_configured()
    {
        using var host = new WebHost(("Junkan:ApiKey", "0123456789abcdef-network"));
        var r = await host.CreateClient().PostAsync("/api/networks/aluminium-japan/plan", Json.Body("{}"));
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/api/networks/cases")).StatusCode);
    }
}
