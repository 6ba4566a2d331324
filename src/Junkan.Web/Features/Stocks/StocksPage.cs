using System.Text;
using Junkan.Web.Localization;
using Microsoft.AspNetCore.Http;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Stocks;

/// <summary>
/// <c>/stocks?scenario=</c>: the product stock forecast (dynamic stock model of product inflows and lifetimes, element
/// contents) at the milestone years, per product and per contained element, with the chart page of the reports.
/// </summary>
internal static class StocksPage
{
    private static readonly int[] Milestones = [2020, 2025, 2030, 2040, 2050];

    public static IResult Render(HttpContext http, string? scenario, StockViews views)
    {
        var t = Text.For(http);
        var scenarios = views.Scenarios();
        string sc = scenario ?? (scenarios.Contains("reference") ? "reference" : scenarios[^1]);
        var dto = views.Dto(sc);
        var report = Report(t);
        var options = string.Concat(scenarios.Select(s => $"<option value=\"{H(s)}\"{(s == sc ? " selected" : "")}>{H(report.StockScenario(s))}</option>"));
        var b = new StringBuilder().Append(Inv, $"<p>{H(t["StocksIntro"])} <code>junkan stocks --products data/stocks/product_inflows.csv</code></p>");
        b.Append(Inv, $"<form id=\"stocks-form\" class=\"panel\" method=\"get\" action=\"/stocks\"><label>{H(t["StockScenario"])} <select id=\"stock-scenario\" name=\"scenario\">{options}</select></label> <button type=\"submit\">{H(t["Show"])}</button></form>");
        foreach (var p in dto.Products) b.Append(Product(t, p));
        string q = Uri.EscapeDataString(sc);
        b.Append(Inv, $"<p><a id=\"stock-chart-link\" href=\"/api/stocks/chart.html?scenario={q}&amp;lang={t.Language}\">{H(t["StockChartLink"])}</a> · <a href=\"/api/stocks?scenario={q}\">JSON</a></p>");
        return Page(http, t, t["StocksTitle"], "/stocks", b.ToString());
    }

    private static string Product(Text t, ProductFlowsDto p)
    {
        var years = p.Years.Where(y => Milestones.Contains(y.Year)).ToArray();
        string unit = p.Unit == "units" ? t["UnitCount"] : p.Unit;
        var b = new StringBuilder().Append(Inv, $"<section class=\"stock-product\" id=\"stock-{H(p.Product)}\"><h2>{H(t[$"Product_{p.Product}"])}</h2>");
        b.Append(Inv, $"<table class=\"data\"><caption>{H(t["ProductFlowsCaption"])} ({H(unit)})</caption><thead><tr><th scope=\"col\">{H(t["Year"])}</th><th scope=\"col\">{H(t["Inflow"])}</th><th scope=\"col\">{H(t["StockInUse"])}</th><th scope=\"col\">{H(t["Outflow"])}</th></tr></thead><tbody>");
        foreach (var y in years) b.Append(Inv, $"<tr><th scope=\"row\">{y.Year}</th><td class=\"num\">{N(y.Inflow)}</td><td class=\"num\">{N(y.Stock)}</td><td class=\"num\">{N(y.Outflow)}</td></tr>");
        b.Append("</tbody></table>");
        b.Append(Inv, $"<table class=\"data stock-elements\"><caption>{H(t["EndOfLifeElements"])}</caption><thead><tr><th scope=\"col\">{H(t["Element"])}</th><th scope=\"col\">{H(t["Content"])}</th><th scope=\"col\">{H(t["Sources"])}</th>");
        foreach (var y in years) b.Append(Inv, $"<th scope=\"col\">{y.Year}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var e in p.Elements)
        {
            b.Append(Inv, $"<tr><th scope=\"row\">{H(Symbol(t, e.Element))}</th><td class=\"num\">{N(e.KgPerUnit)} {H(e.Unit == "kg/unit" ? t["KgPerUnit"] : e.Unit)}</td><td class=\"small\">{H(e.Source)}</td>");
            foreach (var y in years)
                b.Append(e.Years.FirstOrDefault(x => x.Year == y.Year) is { } v ? $"<td class=\"num\">{N(v.Tonnes)} ({N(v.Low)}–{N(v.High)})</td>" : "<td>–</td>");
            b.Append("</tr>");
        }
        return b.Append("</tbody></table></section>").ToString();
    }
}
