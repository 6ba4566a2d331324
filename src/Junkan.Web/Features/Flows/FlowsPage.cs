using System.Text;
using Junkan.Application.Flows;
using Junkan.Core.Flows;
using Junkan.Reports.Flows;
using Junkan.Reports.Localization;
using Junkan.Web.Localization;
using Microsoft.AspNetCore.Http;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Flows;

/// <summary>
/// <c>/flows?element=&amp;year=&amp;scenario=</c>: the element, year and growth-scenario controls (a plain GET form), the
/// Sankey diagram of each system inline as SVG, the flow table with ranges and sources, stocks and balance residuals,
/// and the totals by year as a line chart (script) over a table that is complete without it.
/// </summary>
internal static class FlowsPage
{
    private static readonly int[] TotalsStep = [5];

    public static IResult Render(HttpContext http, string? element, int? year, string? scenario, FlowViews views)
    {
        var t = Text.For(http);
        string el = string.IsNullOrWhiteSpace(element) ? "Cu" : element.Trim();
        string sc = scenario ?? "central";
        var (result, problem) = views.Get(el, year, sc);
        var b = new StringBuilder($"<p>{H(t["FlowsIntro"])}</p>");
        b.Append(Form(t, views, el, year ?? views.DefaultYear, sc));
        if (result is null)
        {
            var (status, message) = Hosting.Problems.Describe(problem);
            http.Response.StatusCode = status;
            b.Append(Inv, $"<p class=\"error\" id=\"flows-error\" role=\"alert\">{H(message)}</p>");
            return Page(http, t, t["FlowsTitle"], "/flows", b.ToString());
        }
        var report = new ReportText(t.Language);
        foreach (var e in result.Systems) b.Append(System(t, report, e, result));
        b.Append(BottomUpSection.Html(t, result, views.ProductNames()));
        b.Append(Inv, $"<p class=\"small\"><a href=\"/api/flows/{Uri.EscapeDataString(result.Element)}?year={result.Systems[0].Year}&amp;scenario={sc}\">JSON</a> · ");
        b.Append(Inv, $"<a href=\"/elements/{Uri.EscapeDataString(result.Systems[0].System.Inputs.Element.Value)}\">{H(t["ElementTitle"])}</a></p>");
        var data = FlowDtoMapping.Of(result).Systems.Select(s => new { element = s.Element, totals = s.Totals }).ToArray();
        return Page(http, t, $"{t["FlowsTitle"]}: {result.Element}", "/flows", b.ToString(), "flows", data);
    }

    private static string Form(Text t, FlowViews views, string element, int year, string scenario)
    {
        var options = new StringBuilder();
        foreach (var x in views.Targets())
        {
            string label = x.Members.Count == 0 ? Symbol(t, x.Element) : $"{Symbol(t, x.Element)} ({string.Join(", ", x.Members)})";
            bool on = x.Element.Equals(element, StringComparison.OrdinalIgnoreCase);
            options.Append(Inv, $"<option value=\"{H(x.Element)}\"{(on ? " selected" : "")}>{H(label)}</option>");
        }
        var scenarios = string.Concat(FlowViews.Scenarios.Select(s => $"<option value=\"{s}\"{(s == scenario ? " selected" : "")}>{H(t[$"Growth_{s}"])}</option>"));
        int first = views.Target(element)?.FirstYear ?? views.Targets().Min(x => x.FirstYear);
        return $"""
            <form id="flows-form" class="panel" method="get" action="/flows">
              <label>{H(t["Element"])} <select id="flow-element" name="element">{options}</select></label>
              <label>{H(t["Year"])} <input id="flow-year" name="year" type="number" min="{first}" max="{FlowRequest.LastYear}" value="{year}"></label>
              <label>{H(t["GrowthScenario"])} <select id="flow-scenario" name="scenario">{scenarios}</select></label>
              <button type="submit">{H(t["Show"])}</button>
            </form>
            """;
    }

    private static string System(Text t, ReportText report, ElementFlows e, FlowResult result)
    {
        var sys = e.System.System;
        string id = e.System.Inputs.Element.Value;
        var totals = e.System.TotalsIn(e.Year);
        var b = new StringBuilder().Append(Inv, $"<section class=\"flow-system\" id=\"system-{H(id)}\"><h2>{H(t.Language == "ja" ? string.Format(Inv, t["FlowSystemName"], Symbol(t, id)) : sys.Name)} · {e.Year}</h2>");
        b.Append(Inv, $"<p class=\"small\">{H(t.Language == "ja" ? string.Format(Inv, t["FlowBoundary"], Symbol(t, id)) : sys.Boundary)} · {sys.FirstYear}–{sys.LastYear} · {H(t["DemandBasis"])}: {H(report[$"Sankey_Basis_{totals.Basis}"])} · ");
        b.Append(Inv, $"{H(t["Coverage"])}: {Pct(e.Coverage)} · {H(t["MaxResidual"])}: {e.System.MaxRelativeResidual.ToString("G3", Inv)}</p>");
        b.Append(Inv, $"<figure class=\"sankey\" id=\"sankey-{H(id)}\">{SankeyDiagram.Svg(e.System, e.Year, t.Language)}</figure>");
        b.Append(StockTable(t, e));
        b.Append(Inv, $"<h3>{H(t["TotalsByYear"])}</h3><div class=\"grid\"><section><div id=\"totals-{H(id)}\" class=\"chart totals-chart\" data-element=\"{H(id)}\" role=\"img\" aria-label=\"{H(t["TotalsByYear"])}\"></div></section>");
        b.Append("<section>").Append(TotalsTable(t, e)).Append("</section></div>");
        b.Append(FlowTable(t, report, e, result.Draws));   // last: one row per flow and use, the longest table
        return b.Append("</section>").ToString();
    }

    private static string Name(Text t, FlowSystem sys, ProcessId id)
    {
        var p = sys.Processes.First(x => x.Id == id);
        return t.Language == "ja" ? p.NameJa : p.NameEn;
    }

    /// <summary>A use by its name in the page's language (the id where the system has no such use).</summary>
    private static string UseName(Text t, ElementFlows e, string? use) =>
        use is null ? "" : e.System.Inputs.Uses.FirstOrDefault(u => u.Use == use) is { } u ? (t.Language == "ja" ? u.NameJa : u.NameEn) : use;

    private static string FlowTable(Text t, ReportText report, ElementFlows e, int draws)
    {
        var sys = e.System.System;
        int y = sys.IndexOf(e.Year);
        var b = new StringBuilder().Append(Inv, $"<h3>{H(t["FlowTable"])} ({H(string.Format(Inv, t["RangeOfDraws"], draws))})</h3><table class=\"data sortable flows\"><thead><tr>");
        foreach (var (k, num) in new[] { ("From", false), ("To", false), ("FlowKind", false), ("Use", false), ("TonnesPerYear", true), ("Range", true), ("Sources", false) })
            b.Append(Inv, $"<th scope=\"col\"{(num ? " data-type=\"num\"" : "")}><button type=\"button\">{H(t[k])}</button></th>");
        b.Append("</tr></thead><tbody>");
        for (int i = 0; i < sys.Flows.Count; i++)
        {
            var f = sys.Flows[i];
            if (f[y] == 0 && e.High[i] == 0) continue;
            b.Append(Inv, $"<tr><td>{H(Name(t, sys, f.From))}</td><td>{H(Name(t, sys, f.To))}</td><td>{H(report[$"Flow_{f.Kind}"])}</td><td>{H(UseName(t, e, f.Use))}</td>");
            b.Append(Inv, $"<td class=\"num\" data-sort=\"{f[y].ToString("R", Inv)}\">{N(f[y])}</td><td class=\"num\" data-sort=\"{e.Low[i].ToString("R", Inv)}\">{N(e.Low[i])}–{N(e.High[i])}</td>");
            b.Append(Inv, $"<td class=\"small\">{H(string.Join(", ", f.Sources.Select(s => s.Value)))}</td></tr>");
        }
        return b.Append("</tbody></table>").ToString();
    }

    private static string StockTable(Text t, ElementFlows e)
    {
        var sys = e.System.System;
        int y = sys.IndexOf(e.Year);
        var b = new StringBuilder().Append(Inv, $"<h3>{H(t["StocksAndBalance"])}</h3><table class=\"data balance\"><thead><tr>");
        foreach (var k in new[] { "Process", "Use", "StockT", "InputT", "OutputT", "StockChangeT", "ResidualT" }) b.Append(Inv, $"<th scope=\"col\">{H(t[k])}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var x in sys.Balance(y, y == 0 ? e.System.OpeningStock : null))
            b.Append(Inv, $"<tr><th scope=\"row\">{H(Name(t, sys, x.Process))}</th><td></td><td class=\"num\">{N(sys.StockOf(x.Process, y))}</td><td class=\"num\">{N(x.Input)}</td><td class=\"num\">{N(x.Output)}</td><td class=\"num\">{N(x.StockChange)}</td><td class=\"num residual\">{x.Residual.ToString("G3", Inv)}</td></tr>");
        foreach (var s in sys.Stocks.Where(s => s.Use is not null))
            b.Append(Inv, $"<tr><th scope=\"row\">{H(Name(t, sys, s.Process))}</th><td>{H(UseName(t, e, s.Use))}</td><td class=\"num\">{N(s.Values[y])}</td><td></td><td></td><td></td><td></td></tr>");
        return b.Append("</tbody></table>").ToString();
    }

    private static string TotalsTable(Text t, ElementFlows e)
    {
        var sys = e.System.System;
        var b = new StringBuilder("<table class=\"data totals\"><thead><tr>");
        foreach (var k in new[] { "Year", "DemandT", "InUseStockT", "EndOfLifeT", "RecoveredT", "ExportedT", "DissipatedT", "PrimaryInputT" }) b.Append(Inv, $"<th scope=\"col\">{H(t[k])}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (int y in Enumerable.Range(sys.FirstYear, sys.Years).Where(y => y == sys.FirstYear || y == sys.LastYear || y == e.Year || y % TotalsStep[0] == 0))
        {
            var x = e.System.TotalsIn(y);
            b.Append(Inv, $"<tr{(y == e.Year ? " class=\"current\"" : "")}><th scope=\"row\">{y}</th><td class=\"num\">{N(x.Demand)}</td><td class=\"num\">{N(x.InUseStock)}</td><td class=\"num\">{N(x.EndOfLife)}</td>");
            b.Append(Inv, $"<td class=\"num\">{N(x.RecoveredToday)}</td><td class=\"num\">{N(x.Exported)}</td><td class=\"num\">{N(x.Dissipated)}</td><td class=\"num\">{N(x.PrimaryInput)}</td></tr>");
        }
        return b.Append("</tbody></table>").ToString();
    }
}
