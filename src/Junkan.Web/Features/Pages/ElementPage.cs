using System.Text;
using Junkan.Application;
using Junkan.Web.Features.Elements;
using Junkan.Web.Features.Flows;
using Junkan.Web.Features.Recyclability;
using Junkan.Web.Localization;
using Microsoft.AspNetCore.Http;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Pages;

/// <summary>Element page: radar, indicator values with year and sources, country shares, imports, price history and recyclability.</summary>
internal static class ElementPage
{
    public static IResult Render(HttpContext http, string symbol, int? year, RiskViews risk, Workspace w, RecyclabilityViews recycling, FlowViews flows)
    {
        var t = Text.For(http);
        int y = risk.Year(year);
        var d = risk.Detail(symbol, y, (e, yy) => ElementsApi.Detail(e, yy, w, recycling));
        var e = d.Element;
        var b = new StringBuilder();
        b.Append(Inv, $"<p class=\"lead\">{H(e.NameJa)} / {H(e.NameEn)} · {H(t["Year"])} {y}</p>");
        b.Append(Inv, $"<div class=\"grid\"><section><h2>{H(t["Radar"])}</h2><div id=\"radar\" class=\"chart\" role=\"img\" aria-label=\"{H(t["Radar"])}\"></div></section>");
        b.Append(Inv, $"<section><h2>{H(t["PriceHistory"])}</h2><div id=\"price\" class=\"chart\" role=\"img\" aria-label=\"{H(t["PriceHistory"])}\"></div>{Price(t, d.Price)}</section></div>");
        b.Append(Indicators(t, e.Profile));
        b.Append(Inv, $"<h2>{H(t["CountryShares"])}</h2><div class=\"grid3\">{Shares(t, t["Reserves"], d.Reserves)}{Shares(t, t["MineProduction"], d.MineProduction)}{Shares(t, t["RefineryProduction"], d.RefineryProduction)}</div>");
        b.Append(Inv, $"<h2>{H(t["Imports"])}</h2><div class=\"grid\">{Imports(t, t["ImportsConcentrate"], d.ConcentrateImports)}{Imports(t, t["ImportsRefined"], d.RefinedImports)}</div>");
        b.Append(Recycling(t, d.Recyclability));
        if (FlowTarget(flows, e.Symbol) is { } target)
            b.Append(Inv, $"<p id=\"flow-link\"><a href=\"/flows?element={Uri.EscapeDataString(target)}\">{H(t["FlowPageLink"])} ({H(target)})</a></p>");
        b.Append(SourceList(t, d.Sources));
        return Page(http, t, $"{t["ElementTitle"]}: {e.Symbol}", "/", b.ToString(), "element", d);
    }

    /// <summary>The flow target of an element: itself, or the group it is a member of (Nd → REE), or null.</summary>
    private static string? FlowTarget(FlowViews flows, string symbol) =>
        flows.Targets().FirstOrDefault(x => x.Element.Equals(symbol, StringComparison.OrdinalIgnoreCase) || x.Members.Contains(symbol, StringComparer.OrdinalIgnoreCase))?.Element;

    private static string Indicators(Text t, ProfileDto p)
    {
        var b = new StringBuilder($"<h2>{H(t["Indicators"])}</h2><table id=\"indicators\" class=\"data\"><thead><tr><th scope=\"col\">{H(t["Indicator"])}</th><th scope=\"col\">{H(t["Value"])}</th>");
        b.Append(Inv, $"<th scope=\"col\">{H(t["Unit"])}</th><th scope=\"col\">{H(t["Level"])}</th><th scope=\"col\">{H(t["Year"])}</th><th scope=\"col\">{H(t["Sources"])}</th><th scope=\"col\">{H(t["Notes"])}</th></tr></thead><tbody>");
        foreach (var i in p.Indicators)
        {
            var (label, css) = Level(t, i.Level);
            var notes = i.Notes.Prepend(i.Proxy).Where(n => n is not null);
            b.Append(Inv, $"<tr><th scope=\"row\">{H(t[$"Ind{i.Number}"])}</th><td>{N(i.Value)}</td><td>{H(i.Unit)}</td><td class=\"{css}\">{H(label)}</td><td>{i.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}</td>");
            b.Append(Inv, $"<td>{H(string.Join(", ", i.Sources))}</td><td class=\"notes\">{H(string.Join(" · ", notes))}</td></tr>");
        }
        return b.Append("</tbody></table>").ToString();
    }

    private static string Shares(Text t, string title, DistributionDto? d)
    {
        if (d is null) return $"<section><h3>{H(title)}</h3><p>{H(t["NoData"])}</p></section>";
        var b = new StringBuilder($"<section><h3>{H(title)} ({d.Year})</h3><p class=\"small\">{H(d.Series)}{(d.Proxy is null ? "" : " · " + H(d.Proxy))} · {H(string.Join(", ", d.Sources))}</p>");
        b.Append(Inv, $"<table class=\"data\"><thead><tr><th scope=\"col\">{H(t["Country"])}</th><th scope=\"col\">{H(t["Tonnes"])}</th><th scope=\"col\">{H(t["Share"])}</th></tr></thead><tbody>");
        foreach (var c in d.Countries.Take(10)) b.Append(Inv, $"<tr><td>{H(c.Country)}</td><td>{N(c.Tonnes)}</td><td>{Pct(c.Share)}</td></tr>");
        return b.Append("</tbody></table></section>").ToString();
    }

    private static string Imports(Text t, string title, ImportsDto i)
    {
        if (i.Partners.Count == 0) return $"<section><h3>{H(title)}</h3><p>{H(t[$"Import_{i.Kind}"])}: {H(i.Reason)}</p></section>";
        var b = new StringBuilder($"<section><h3>{H(title)} ({i.Year})</h3><p class=\"small\">{H(string.Join(", ", i.Sources))}</p><table class=\"data\"><thead><tr><th scope=\"col\">{H(t["Country"])}</th><th scope=\"col\">{H(t["Share"])}</th></tr></thead><tbody>");
        foreach (var p in i.Partners.OrderByDescending(p => p.Share).Take(10)) b.Append(Inv, $"<tr><td>{H(p.Country)}</td><td>{Pct(p.Share)}</td></tr>");
        return b.Append("</tbody></table></section>").ToString();
    }

    private static string Price(Text t, PriceDto? p) => p is null ? $"<p>{H(t["NoData"])}</p>"
        : $"<p class=\"small\">{H(p.Series)} ({H(p.Unit)}) · {H(string.Join(", ", p.Sources))} · {p.Prices.Count} {H(t["Year"])}: " +
          H(string.Join(", ", p.Prices.TakeLast(6).Select(a => $"{a.Year} {N(a.Value)}"))) + "</p>";

    private static string Recycling(Text t, RecyclabilityDto? r)
    {
        if (r is null) return $"<h2>{H(t["Recyclability"])}</h2><p>{H(t["NotAssessed"])}</p>";
        var b = new StringBuilder($"<h2>{H(t["Recyclability"])}</h2><table id=\"recyclability\" class=\"data\"><tbody>");
        b.Append(Inv, $"<tr><th scope=\"row\">{H(t["Contained"])} ({r.Year})</th><td>{N(r.Contained)}</td></tr><tr><th scope=\"row\">{H(t["Recoverable"])}</th><td>{N(r.Recoverable)}</td></tr>");
        b.Append(Inv, $"<tr><th scope=\"row\">{H(t["Achievable"])}</th><td>{N(r.RecoverableAchievable)}</td></tr><tr><th scope=\"row\">{H(t["ForecastRecoverable"])} ({r.ForecastYear})</th><td>{N(r.ForecastRecoverable)}</td></tr>");
        foreach (var h in r.Outlook) b.Append(Inv, $"<tr><th scope=\"row\">{H(t["Outlook"])} {h.Year}</th><td>{N(h.Recoverable)} t/y · {H(t["DemandShare"])} {Pct(h.DemandShare)}</td></tr>");
        b.Append("</tbody></table>");
        if (r.Flags.Count > 0) b.Append(Inv, $"<ul class=\"flags\">{string.Concat(r.Flags.Select(f => $"<li>{H(f)}</li>"))}</ul>");
        return b.ToString();
    }

    private static string SourceList(Text t, IReadOnlyList<SourceDto> sources) =>
        $"<h2>{H(t["Sources"])}</h2><ul class=\"sources\">" +
        string.Concat(sources.Select(s => $"<li id=\"src-{H(s.Id)}\"><strong>{H(s.Id)}</strong>: {H(s.Citation)} ({H(s.Publisher)}, {H(s.Year)}) {(s.Url.Length > 0 ? $"<a href=\"{H(s.Url)}\">{H(s.Url)}</a>" : "")} · {H(s.Licence)}</li>")) + "</ul>";
}
