using System.Net;

namespace Junkan.Web.Tests;

/// <summary>The flows and networks pages as HTML in both languages (server-rendered: the Sankey and the tables need no script).</summary>
public sealed class FlowAndNetworkPageTests(ReadOnlyHost shared) : IClassFixture<ReadOnlyHost>
{
    [Theory]
    [InlineData("ja", "元素フロー", "使用済み")]
    [InlineData("en", "Element flows", "End of life")]
    public async Task Flows_page_shows_the_sankey_the_tables_and_the_chart_place(string lang, string title, string column)
    {
        var r = await shared.Host.CreateClient().GetAsync($"/flows?element=Cu&year=2024&scenario=central&lang={lang}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{lang}\"", html, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"sankey\" id=\"sankey-Cu\"><svg", html, StringComparison.Ordinal);
        Assert.Contains("class=\"data sortable flows\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"data balance\"", html, StringComparison.Ordinal);
        Assert.Contains(column, html, StringComparison.Ordinal);
        Assert.Contains("id=\"totals-Cu\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"REE\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flows_page_names_a_bad_year_and_keeps_the_form()
    {
        var r = await shared.Host.CreateClient().GetAsync("/flows?element=Cu&year=1900&lang=en");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("id=\"flows-error\"", html, StringComparison.Ordinal);
        Assert.Contains("year 1900", html, StringComparison.Ordinal);
        Assert.Contains("id=\"flows-form\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Element_page_links_to_its_flow_page()
    {
        var html = await shared.Host.CreateClient().GetStringAsync("/elements/Cu?lang=en");
        Assert.Contains("href=\"/flows?element=Cu\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", "最適", "開設拠点")]
    [InlineData("en", "optimal", "Opened sites")]
    public async Task Networks_page_lists_the_cases_and_shows_a_plan(string lang, string status, string heading)
    {
        var c = shared.Host.CreateClient();
        var list = await c.GetStringAsync($"/networks?lang={lang}");
        Assert.Contains("id=\"network-cases\"", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/networks?case=lib-japan\"", list, StringComparison.Ordinal);
        var html = await c.GetStringAsync($"/networks?case=aluminium-japan&lang={lang}");
        Assert.Contains("id=\"solver-status\"", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{status}</strong>", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("id=\"network-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"cost\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", "トン当たり費用と公表値の比較", "範囲内")]
    [InlineData("en", "Cost per tonne beside published figures", "in range")]
    public async Task Pv_plan_puts_its_cost_per_tonne_beside_the_published_figures(string lang, string heading, string inRange)
    {
        var c = shared.Host.CreateClient();
        var html = await c.GetStringAsync($"/networks?case=pv-japan&lang={lang}");
        Assert.Contains("id=\"cost-checks\"", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("moe-pv-recycling-cost", html, StringComparison.Ordinal);
        Assert.Contains(inRange, html, StringComparison.Ordinal);
        // The API carries the same checks; the plant treatment cost lies in the MOE survey's range (89,000-218,000 JPY/t).
        var plan = await (await c.PostAsync("/api/networks/pv-japan/plan", Json.Body("{}"))).Read();
        var moe = plan.GetProperty("costChecks").EnumerateArray().First(k => k.GetProperty("source").GetString() == "moe-pv-recycling-cost");
        Assert.Equal("plant_treatment", moe.GetProperty("measure").GetString());
        Assert.InRange(moe.GetProperty("modelJpyPerTonne").GetDouble(), 89_000, 218_000);
        Assert.DoesNotContain("id=\"cost-checks\"", await c.GetStringAsync($"/networks?case=aluminium-japan&lang={lang}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", "正味CO2e（次に費用）", "t-CO2e/年", "最小排出の計画のうち最も費用の小さいもの")]
    [InlineData("en", "net CO2e, then cost", "t CO2e/y", "the cheapest of the lowest-CO2 plans")]
    public async Task Co2_objective_page_states_its_objective_in_tonnes(string lang, string goal, string unit, string note)
    {
        var html = await shared.Host.CreateClient().GetStringAsync($"/networks?case=aluminium-japan&objective=co2&lang={lang}");
        Assert.Contains($"<option value=\"co2\" selected>{goal}</option>", html, StringComparison.Ordinal);
        Assert.Contains(unit, html, StringComparison.Ordinal);
        Assert.Contains(note, html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"pareto\"", html, StringComparison.Ordinal);
        var bad = await shared.Host.CreateClient().GetAsync($"/networks?case=aluminium-japan&objective=money&lang={lang}");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("objective", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja", "多期間計画", "開設")]
    [InlineData("en", "Multi-period plan", "opens")]
    public async Task Periods_page_shows_which_site_opens_when(string lang, string heading, string opens)
    {
        var c = shared.Host.CreateClient();
        var html = await c.GetStringAsync($"/networks?case=lib-japan&periods=true&lang={lang}");
        Assert.Contains("id=\"network-periods\" name=\"periods\" type=\"checkbox\" value=\"true\" checked", html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("id=\"periods\"", html, StringComparison.Ordinal);
        Assert.Contains($"<strong>{opens}</strong>", html, StringComparison.Ordinal);
        Assert.Contains("2040 (5 y)", html, StringComparison.Ordinal);
        // A case without planning years has no checkbox.
        Assert.DoesNotContain("network-periods", await c.GetStringAsync($"/networks?case=aluminium-japan&lang={lang}"), StringComparison.Ordinal);
    }
}
