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
        b.Append(Inv, $"<p class=\"lead\">{H(e.NameJa)} / <span lang=\"en\">{H(e.NameEn)}</span> · {H(t["Year"])} {y}</p>");
        b.Append(Inv, $"<div class=\"grid\"><section><h2>{H(t["Radar"])}</h2><div id=\"radar\" class=\"chart\" role=\"img\" aria-label=\"{H(t["Radar"])}\"></div></section>");
        b.Append(Inv, $"<section><h2>{H(t["PriceHistory"])}</h2><div id=\"price\" class=\"chart\" role=\"img\" aria-label=\"{H(t["PriceHistory"])}\"></div>{Price(t, d.Price)}</section></div>");
        b.Append(Indicators(t, e.Profile));
        var (_, extra) = risk.RiskDetail(symbol, y);
        b.Append(Variants(t, e.Profile, extra));
        b.Append(Inv, $"<h2 id=\"trend-heading\">{H(t["TrendTitle"])}</h2><figure id=\"trend\" class=\"trend\">{risk.TrendSvg(symbol, y, t.Language)}");
        b.Append(Inv, $"<figcaption class=\"small\">{H(t["TrendCaption"])} <a href=\"/api/elements/{Uri.EscapeDataString(e.Symbol)}/risk-details?year={y}\">JSON</a></figcaption></figure>");
        b.Append(Inv, $"<h2>{H(t["CountryShares"])}</h2><div class=\"grid3\">{Shares(t, t["Reserves"], d.Reserves)}{Shares(t, t["MineProduction"], d.MineProduction)}{Shares(t, t["RefineryProduction"], d.RefineryProduction)}</div>");
        b.Append(Inv, $"<h2>{H(t["Imports"])}</h2><div class=\"grid\">{Imports(t, t["ImportsConcentrate"], d.ConcentrateImports)}{Imports(t, t["ImportsRefined"], d.RefinedImports)}</div>");
        b.Append(Recycling(t, d.Recyclability));
        if (FlowTarget(flows, e.Symbol) is { } target)
            b.Append(Inv, $"<p id=\"flow-link\"><a href=\"/flows?element={Uri.EscapeDataString(target)}\">{H(t["FlowPageLink"])} ({H(Symbol(t, target))})</a></p>");
        b.Append(SourceList(t, d.Sources));
        return Page(http, t, $"{t["ElementTitle"]}: {Symbol(t, e.Symbol)}", "/", b.ToString(), "element", risk.DetailJson(symbol, y, (x, yy) => ElementsApi.Detail(x, yy, w, recycling)));
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
            b.Append(Inv, $"<tr><th scope=\"row\">{H(t[$"Ind{i.Number}"])}</th><td>{N(i.Value)}</td><td>{H(Unit(t, i.Number))}</td><td class=\"{css}\">{H(label)}</td><td>{i.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"}</td>");
            b.Append(Inv, $"<td>{H(string.Join(", ", i.Sources))}</td><td class=\"notes\">{Notes(t, notes!)}</td></tr>");
        }
        return b.Append("</tbody></table>").ToString();
    }

    /// <summary>② at the refining stage and ③/④ weighted by import dependence, beside the standard values (labelled as variants, not replacements).</summary>
    private static string Variants(Text t, ProfileDto p, RiskDetailDto d)
    {
        var b = new StringBuilder().Append(Inv, $"<h2 id=\"variants-heading\">{H(t["VariantsTitle"])}</h2><p class=\"small\">{H(t["VariantsIntro"])} <code>junkan risk --stage refining --import-dependence</code></p>");
        b.Append(Inv, $"<table id=\"indicator-variants\" class=\"data\"><thead><tr><th scope=\"col\">{H(t["Indicator"])}</th><th scope=\"col\">{H(t["StandardValue"])}</th>");
        b.Append(Inv, $"<th scope=\"col\">{H(t["VariantValue"])}</th><th scope=\"col\">{H(t["Level"])}</th><th scope=\"col\">{H(t["Year"])}</th><th scope=\"col\">{H(t["Basis"])}</th></tr></thead><tbody>");
        var mine = p.Indicators[1];
        var r = d.Refining;
        string basis = r.Value is null ? Notes(t, r.Notes) : $"{H(t["LargestProducer"])}: {H(d.RefiningLeader)} · {H(string.Join(", ", r.Sources))}";
        b.Append(Inv, $"<tr id=\"variant-refining\"><th scope=\"row\">{H(t["Ind2"])} · {H(t["RefiningStage"])}</th><td>{N(mine.Value)}</td><td>{N(r.Value)}</td>");
        b.Append(Inv, $"<td class=\"{Level(t, r.Level).Css}\">{H(Level(t, r.Level).Label)}</td><td>{Year(r.Year)}</td><td class=\"notes\">{basis}</td></tr>");
        foreach (var x in d.ImportDependence)
        {
            var (label, css) = Level(t, x.Weighted.Level);
            string why = x.Weight is { } weight
                ? H(string.Format(Inv, t["WeightBasis"], Pct(weight), N(x.ImportsT), x.ImportsYear, N(x.DemandT), x.DemandYear)) + (x.Capped ? " · " + H(t["WeightCapped"]) : "") + $" · {H(string.Join(", ", x.DemandSources))}"
                : $"{H(t["NotWeighted"])}: {Notes(t, [x.Reason ?? ""])}";
            b.Append(Inv, $"<tr id=\"variant-{H(x.Key)}\"><th scope=\"row\">{H(t[$"Ind{x.Number}"])} · {H(t["ImportWeighted"])}</th><td>{N(x.Unweighted.Value)}</td>");
            b.Append(Inv, $"<td>{(x.Weight is null ? "–" : N(x.Weighted.Value))}</td><td class=\"{css}\">{H(x.Weight is null ? "–" : label)}</td><td>{Year(x.Weighted.Year)}</td><td class=\"notes\">{why}</td></tr>");
        }
        return b.Append(Inv, $"</tbody></table><p class=\"small\"><code>{H(d.WeightFormula)}</code></p>").ToString();
    }

    /// <summary>The unit of indicator <paramref name="number"/> in the page's language (the reports' unit labels).</summary>
    private static string Unit(Text t, int number) => Report(t).Unit((Core.Risk.RiskIndicator)number);

    private static string Year(int? y) => y?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–";

    /// <summary>Notes as computed (English): plain in English pages, marked as the original in Japanese ones.</summary>
    private static string Notes(Text t, IEnumerable<string> notes) => Original(t, string.Join(" · ", notes.Where(n => n.Length > 0)));

    private static string Shares(Text t, string title, DistributionDto? d)
    {
        if (d is null) return $"<section><h3>{H(title)}</h3><p>{H(t["NoData"])}</p></section>";
        var b = new StringBuilder($"<section><h3>{H(title)} ({d.Year})</h3><p class=\"small\">{Original(t, d.Series)}{(d.Proxy is null ? "" : " · " + Original(t, d.Proxy))} · {H(string.Join(", ", d.Sources))}</p>");
        b.Append(Inv, $"<table class=\"data\"><thead><tr><th scope=\"col\">{H(t["Country"])}</th><th scope=\"col\">{H(t["Tonnes"])}</th><th scope=\"col\">{H(t["Share"])}</th></tr></thead><tbody>");
        foreach (var c in d.Countries.Take(10)) b.Append(Inv, $"<tr><td>{H(c.Country)}</td><td>{N(c.Tonnes)}</td><td>{Pct(c.Share)}</td></tr>");
        return b.Append("</tbody></table></section>").ToString();
    }

    private static string Imports(Text t, string title, ImportsDto i)
    {
        if (i.Partners.Count == 0) return $"<section><h3>{H(title)}</h3><p>{H(t[$"Import_{i.Kind}"])}: {Original(t, i.Reason)}</p></section>";
        var b = new StringBuilder($"<section><h3>{H(title)} ({i.Year})</h3><p class=\"small\">{H(string.Join(", ", i.Sources))}</p><table class=\"data\"><thead><tr><th scope=\"col\">{H(t["Country"])}</th><th scope=\"col\">{H(t["Share"])}</th></tr></thead><tbody>");
        foreach (var p in i.Partners.OrderByDescending(p => p.Share).Take(10)) b.Append(Inv, $"<tr><td>{H(p.Country)}</td><td>{Pct(p.Share)}</td></tr>");
        return b.Append("</tbody></table></section>").ToString();
    }

    private static string Price(Text t, PriceDto? p) => p is null ? $"<p>{H(t["NoData"])}</p>"
        : $"<p class=\"small\"><code>{H(p.Series)}</code> ({H(p.Unit)}) · {H(string.Join(", ", p.Sources))} · {p.Prices.Count} {H(t["Year"])}: " +
          H(string.Join(", ", p.Prices.TakeLast(6).Select(a => $"{a.Year} {N(a.Value)}"))) + "</p>";

    private static string Recycling(Text t, RecyclabilityDto? r)
    {
        if (r is null) return $"<h2>{H(t["Recyclability"])}</h2><p>{H(t["NotAssessed"])}</p>";
        var b = new StringBuilder($"<h2>{H(t["Recyclability"])}</h2><table id=\"recyclability\" class=\"data\"><tbody>");
        b.Append(Inv, $"<tr><th scope=\"row\">{H(t["Contained"])} ({r.Year})</th><td>{N(r.Contained)}</td></tr><tr><th scope=\"row\">{H(t["Recoverable"])}</th><td>{N(r.Recoverable)}</td></tr>");
        b.Append(Inv, $"<tr><th scope=\"row\">{H(t["Achievable"])}</th><td>{N(r.RecoverableAchievable)}</td></tr><tr><th scope=\"row\">{H(t["ForecastRecoverable"])} ({r.ForecastYear})</th><td>{N(r.ForecastRecoverable)}</td></tr>");
        foreach (var h in r.Outlook) b.Append(Inv, $"<tr><th scope=\"row\">{H(t["Outlook"])} {h.Year}</th><td>{N(h.Recoverable)} t/y · {H(t["DemandShare"])} {Pct(h.DemandShare)}</td></tr>");
        b.Append(Inv, $"<tr><th scope=\"row\">{H(t["Co2Avoided"])}</th><td id=\"co2\">{Co2(t, r.Co2)}</td></tr>");
        b.Append("</tbody></table>");
        if (r.Flags.Count > 0) b.Append(Inv, $"<ul class=\"flags\">{string.Concat(r.Flags.Select(f => $"<li>{Original(t, f)}</li>"))}</ul>");
        return b.ToString();
    }

    /// <summary>Avoided t CO2e/y today and achievable with the factor and its source; gross marked; no factor is a gap.</summary>
    private static string Co2(Text t, CarbonDto c) => c.Source is null ? H(t["Co2NoFactor"])
        : string.Create(Inv, $"{N(c.AvoidedToday)} t CO2e/y ({H(t["Co2AtAchievable"])} {N(c.AvoidedAchievable)}) · {c.PrimaryKgPerKg:0.#} kg CO2e/kg · ")
          + H(c.Gross ? t["Co2Gross"] : string.Create(Inv, $"{c.SecondaryKgPerKg:0.##} kg CO2e/kg")) + $" · <code>{H(c.Source)}</code>";

    private static string SourceList(Text t, IReadOnlyList<SourceDto> sources) =>
        $"<h2>{H(t["Sources"])}</h2><ul class=\"sources\">" +
        string.Concat(sources.Select(s => $"<li id=\"src-{H(s.Id)}\"><strong>{H(s.Id)}</strong>: <span class=\"orig\">{H(s.Citation)} ({H(s.Publisher)}, {H(s.Year)}) {(s.Url.Length > 0 ? $"<a href=\"{H(s.Url)}\">{H(s.Url)}</a>" : "")} · {H(s.Licence)}</span></li>")) + "</ul>";
}
