using System.Globalization;
using System.Text;
using Junkan.Application.Network;
using Junkan.Web.Localization;
using Microsoft.AspNetCore.Http;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Networks;

/// <summary>
/// <c>/networks?case=&amp;hubs=&amp;carbonPrice=&amp;objective=&amp;periods=</c>: the bundled cases, and for the chosen one
/// the solved plan (status and gap, opened sites, flows, cost and CO2; with <c>objective=pareto</c> the cost–CO2 front;
/// with <c>periods=true</c> the multi-period plan: which site opens when) with charts of the sites by longitude and
/// latitude and of the front (script) over complete tables.
/// </summary>
internal static class NetworksPage
{
    public static async Task<IResult> Render(HttpContext http, string? @case, NetworkPlanRequest request, NetworkViews views, CancellationToken cancel)
    {
        var t = Text.For(http);
        var b = new StringBuilder($"<p>{H(t["NetworksIntro"])}</p>");
        b.Append(CaseTable(t, views));
        if (string.IsNullOrEmpty(@case)) return Page(http, t, t["NetworksTitle"], "/networks", b.ToString());
        var (q, problem) = views.Check(@case, request);
        b.Append(Form(t, views, @case, request));
        if (q is null)
        {
            var (status, message) = Hosting.Problems.Describe(problem);
            http.Response.StatusCode = status;
            b.Append(Inv, $"<p class=\"error\" id=\"network-error\" role=\"alert\">{H(message)}</p>");
            return Page(http, t, t["NetworksTitle"], "/networks", b.ToString());
        }
        var plan = await views.Plan(@case, q, cancel);
        b.Append(NetworkPlanView.Render(t, plan));
        return Page(http, t, $"{t["NetworksTitle"]}: {CaseName(t, plan.CaseName, plan.CaseNameJa).Text}", "/networks", b.ToString(), "networks", plan);
    }

    /// <summary>The multi-period checkbox, for a case that lists planning years.</summary>
    private static string PeriodsBox(Text t, NetworkCaseDto? c, bool on) => c?.Periods is { Count: > 0 } years
        ? $" <label><input id=\"network-periods\" name=\"periods\" type=\"checkbox\" value=\"true\"{(on ? " checked" : "")}> {H(string.Format(CultureInfo.InvariantCulture, t["PeriodsChoice"], string.Join(", ", years)))}</label>"
        : "";

    /// <summary>A case's name in the page's language, and the lang attribute it needs when it falls back to English.</summary>
    internal static (string Text, string Attr) CaseName(Text t, string en, string? ja) =>
        t.Language == "ja" && ja is { Length: > 0 } ? (ja, "") : (en, t.Language == "ja" ? " lang=\"en\"" : "");

    private static string CaseTable(Text t, NetworkViews views)
    {
        var b = new StringBuilder($"<h2>{H(t["NetworkCases"])}</h2><table id=\"network-cases\" class=\"data\"><thead><tr>");
        foreach (var k in new[] { "Case", "Streams", "SourceSites", "Hubs", "Plants", "MaxHubs", "CarbonPrice" }) b.Append(Inv, $"<th scope=\"col\">{H(t[k])}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var c in views.Cases())
            b.Append(Inv, $"<tr><th scope=\"row\"><a href=\"/networks?case={Uri.EscapeDataString(c.Id)}\"{CaseName(t, c.Name, c.NameJa).Attr}>{H(CaseName(t, c.Name, c.NameJa).Text)}</a> <span class=\"small\">({H(c.Id)})</span></th><td><code>{H(string.Join(", ", c.Streams))}</code></td><td class=\"num\">{c.Sources}</td><td class=\"num\">{c.Hubs}</td><td class=\"num\">{c.Plants}</td><td class=\"num\">{c.MaxHubs?.ToString(CultureInfo.InvariantCulture) ?? "–"}</td><td class=\"num\">{N(c.CarbonPriceJpyPerTonne)}</td></tr>");
        return b.Append("</tbody></table>").ToString();
    }

    private static string Form(Text t, NetworkViews views, string id, NetworkPlanRequest r)
    {
        var (hubs, carbon) = (r.Hubs, r.CarbonPrice);
        var goals = string.Concat(NetworkPlanning.ObjectiveNames.Select(o => $"<option value=\"{o}\"{(o == (r.Objective ?? "cost") ? " selected" : "")}>{H(t["Objective_" + o])}</option>"));
        var c = views.Case(id);
        var options = string.Concat(views.Cases().Select(x => $"<option value=\"{H(x.Id)}\"{CaseName(t, x.Name, x.NameJa).Attr}{(x.Id == id ? " selected" : "")}>{H(CaseName(t, x.Name, x.NameJa).Text)}</option>"));
        string carbonValue = (carbon ?? c?.CarbonPriceJpyPerTonne)?.ToString(CultureInfo.InvariantCulture) ?? "";
        string hubValue = (hubs ?? c?.MaxHubs)?.ToString(CultureInfo.InvariantCulture) ?? "";
        return $"""
            <form id="network-form" class="panel" method="get" action="/networks">
              <label>{H(t["Case"])} <select id="network-case" name="case">{options}</select></label>
              <label>{H(t["MaxHubs"])} <input id="network-hubs" name="hubs" type="number" min="0" max="1000" value="{hubValue}"></label>
              <label>{H(t["CarbonPrice"])} <input id="network-carbon" name="carbonPrice" type="number" min="0" max="1000000" step="any" value="{carbonValue}"></label>
              <label>{H(t["Minimise"])} <select id="network-objective" name="objective">{goals}</select></label>{PeriodsBox(t, c, r.Periods)}
              <button type="submit">{H(t["Solve"])}</button> <span class="small">{H(string.Format(CultureInfo.InvariantCulture, t["TimeLimitNote"], NetworkViews.DefaultTimeLimitSeconds))}</span>
            </form>
            """;
    }
}
