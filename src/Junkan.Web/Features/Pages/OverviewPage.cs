using System.Text;
using Junkan.Web.Features.Elements;
using Junkan.Web.Features.Selection;
using Junkan.Web.Localization;
using Microsoft.AspNetCore.Http;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Pages;

/// <summary>Overview: the six levels of every element as a heat table (sortable, filterable) and the selection ranking with probabilities.</summary>
internal static class OverviewPage
{
    public static IResult Render(HttpContext http, int? year, RiskViews risk, SelectionViews selection)
    {
        var t = Text.For(http);
        int y = risk.Year(year);
        var rows = risk.List(y);
        var body = new StringBuilder();
        body.Append(Inv, $"<p>{H(t["OverviewIntro"])} {H(t["Year"])}: <strong>{y}</strong></p>");
        body.Append(Inv, $"""<div class="controls"><label>{H(t["Filter"])} <input id="filter" type="search" placeholder="{H(t["FilterPlaceholder"])}"></label> """);
        body.Append(Inv, $"""<label><input id="nedo-only" type="checkbox"> {H(t["NedoOnly"])}</label> <span id="row-count" aria-live="polite">{rows.Count} {H(t["Rows"])}</span></div>""");
        body.Append("<table id=\"heat\" class=\"heat sortable\"><thead><tr>");
        body.Append(Inv, $"<th scope=\"col\" data-type=\"text\"><button type=\"button\">{H(t["Element"])}</button></th><th scope=\"col\" data-type=\"text\"><button type=\"button\">{H(t["Name"])}</button></th>");
        for (int i = 1; i <= 6; i++) body.Append(Inv, $"<th scope=\"col\" data-type=\"num\"><button type=\"button\">{H(t[$"Ind{i}"])}</button></th>");
        body.Append(Inv, $"<th scope=\"col\" data-type=\"num\"><button type=\"button\">{H(t["MeanLevel"])}</button></th></tr></thead><tbody>");
        foreach (var e in rows) body.Append(Row(t, e));
        body.Append("</tbody></table>");
        body.Append(Ranking(t, selection.Default));
        return Page(http, t, t["OverviewTitle"], "/", body.ToString(), "overview", new { year = y });
    }

    private static string Row(Text t, ElementSummary e)
    {
        var r = new StringBuilder($"<tr data-nedo=\"{(e.NedoTarget ? 1 : 0)}\"><th scope=\"row\"><a href=\"/elements/{H(e.Symbol)}\">{H(Symbol(t, e.Symbol))}</a></th>");
        r.Append(Inv, $"<td>{H(t.Language == "ja" ? e.NameJa : e.NameEn)}</td>");
        foreach (var i in e.Profile.Indicators)
        {
            var (label, css) = Level(t, i.Level);
            int rank = i.Level switch { "High" => 3, "Mid" => 2, "Low" => 1, _ => 0 };
            r.Append(Inv, $"<td class=\"{css}\" data-sort=\"{rank}\" title=\"{H(N(i.Value))} {H(i.Unit)}\">{H(label)}</td>");
        }
        r.Append(Inv, $"<td data-sort=\"{e.Profile.MeanLevel?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-1"}\">{N(e.Profile.MeanLevel)}</td></tr>");
        return r.ToString();
    }

    internal static string Ranking(Text t, SelectionSummary s)
    {
        var b = new StringBuilder($"<h2 id=\"ranking\">{H(t["RankingTitle"])}</h2><p>{H(t["RankingIntro"])}</p>");
        b.Append(Inv, $"<table id=\"ranking-table\" class=\"data\"><thead><tr><th scope=\"col\">{H(t["Rank"])}</th><th scope=\"col\">{H(t["Element"])}</th>");
        b.Append(Inv, $"<th scope=\"col\">{H(t["Probability"])}</th><th scope=\"col\">{H(t["Score"])}</th><th scope=\"col\">{H(t["Selected"])}</th></tr></thead><tbody>");
        foreach (var e in s.Elements)
            b.Append(Inv, $"<tr><td>{e.Rank}</td><th scope=\"row\"><a href=\"/elements/{H(e.Element)}\">{H(Symbol(t, e.Element))}</a></th><td><span class=\"bar\" style=\"--p:{e.Probability.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}\"></span>{Pct(e.Probability)}</td>" +
                $"<td>{N(e.Score)} ({N(e.P5)}–{N(e.P95)})</td><td>{H(e.Selected ? t["Yes"] : t["No"])}</td></tr>");
        return b.Append("</tbody></table>").ToString();
    }
}
