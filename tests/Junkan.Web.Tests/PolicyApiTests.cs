using System.Net;
using System.Text.Json;

namespace Junkan.Web.Tests;

public sealed class PolicyApiTests
{
    private const string ReeUpstream = """{"name":"REE","measures":[{"kind":"upstream","element":"REE","country":"AUS","added_mine_t":20000}]}""";

    [Fact]
    public async Task Added_mine_production_outside_China_lowers_the_production_concentration()
    {
        using var host = new WebHost();
        var r = await host.CreateClient().PostAsync("/api/policy/evaluate", Json.Body(ReeUpstream));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var ree = (await r.Read()).GetProperty("elements")[0];
        double before = ree.GetProperty("before").GetProperty("indicators")[1].GetProperty("value").GetDouble();
        double after = ree.GetProperty("after").GetProperty("indicators")[1].GetProperty("value").GetDouble();
        Assert.True(after < before, $"{after} < {before}");
        Assert.Equal("production_concentration", ree.GetProperty("effects")[0].GetProperty("indicator").GetString());
    }

    [Theory]
    [InlineData("""{"name":"x","measures":[{"kind":"upstream","element":"REE","country":"XXX"}]}""", "measures[0].country")]
    [InlineData("""{"name":"x","measures":[{"kind":"recycling","element":"Co","added_share":0.1},{"kind":"warp","element":"Co"}]}""", "measures[1].kind")]
    [InlineData("""{"name":"x","measures":[{"kind":"upstream","element":"Zz","country":"AUS"}]}""", "measures[0].element")]
    [InlineData("""{"name":"x","measures":[]}""", "measures")]
    [InlineData("""{"name":"x","measures":[{"kind":"upstream","element":"REE","country":"AUS","added_mine_t":-5}]}""", "measures[0].added_mine_t")]
    public async Task Bad_scenarios_are_400_problems_naming_the_measure_field(string body, string field)
    {
        using var host = new WebHost();
        var r = await host.CreateClient().PostAsync("/api/policy/evaluate", Json.Body(body));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.NotEmpty(await r.Errors(field));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var host = new WebHost();
        var r = await host.CreateClient().PostAsync("/api/policy/evaluate", Json.Body("""{"name": "x", "measures": [ """));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Saved_scenario_is_versioned_and_a_stale_update_is_a_409_conflict()
    {
        using var host = new WebHost();
        var c = host.CreateClient();
        var created = await c.PostAsync("/api/policy/scenarios", Json.Body(ReeUpstream));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var doc = await created.Read();
        string id = doc.GetProperty("id").GetString()!;
        Assert.Equal(1, doc.GetProperty("version").GetInt32());
        string changed = ReeUpstream.Replace("20000", "40000", StringComparison.Ordinal);
        var first = await c.PutAsync($"/api/policy/scenarios/{id}", Json.Body($$"""{"version":1,"document":{{changed}}}"""));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (await first.Read()).GetProperty("version").GetInt32());
        var stale = await c.PutAsync($"/api/policy/scenarios/{id}", Json.Body($$"""{"version":1,"document":{{ReeUpstream}}}"""));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("stale", Assert.Single(await stale.Errors("version")), StringComparison.Ordinal);
        var history = (await (await c.GetAsync($"/api/policy/scenarios/{id}/history")).Read()).EnumerateArray().ToArray();
        Assert.Equal([1, 2], history.Select(h => h.GetProperty("version").GetInt32()));
        Assert.Equal(["measures"], history[1].GetProperty("changed").EnumerateArray().Select(x => x.GetString()));
        var outcome = await (await c.GetAsync($"/api/policy/scenarios/{id}/outcome")).Read();
        Assert.Equal("REE", outcome.GetProperty("elements")[0].GetProperty("element").GetString());
    }

    [Fact]
    public async Task An_invalid_scenario_is_not_stored()
    {
        using var host = new WebHost();
        var c = host.CreateClient();
        var r = await c.PostAsync("/api/policy/scenarios", Json.Body("""{"name":"x","measures":[{"kind":"upstream","element":"REE","country":"XXX"}]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(0, (await (await c.GetAsync("/api/policy/scenarios")).Read()).GetArrayLength());
    }

    [Fact]
    public async Task Update_without_a_version_is_refused_naming_version()
    {
        using var host = new WebHost();
        var c = host.CreateClient();
        string id = (await (await c.PostAsync("/api/policy/scenarios", Json.Body(ReeUpstream))).Read()).GetProperty("id").GetString()!;
        var r = await c.PutAsync($"/api/policy/scenarios/{id}", Json.Body($$"""{"document":{{ReeUpstream}}}"""));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.NotEmpty(await r.Errors("version"));
        Assert.Equal(JsonValueKind.Object, (await (await c.GetAsync($"/api/policy/scenarios/{id}")).Read()).ValueKind);
    }
}
