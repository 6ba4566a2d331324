using System.Globalization;
using System.Text;
using Junkan.Web.Localization;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Networks;

/// <summary>The HTML of a solved plan: status, the site chart, opened sites, flows, cost, CO2 and appraisal (JPY shown in millions).</summary>
internal static class NetworkPlanView
{
    public static string Render(Text t, NetworkPlanDto p)
    {
        var b = new StringBuilder();
        string gap = p.Gap is double g ? g.ToString("P3", CultureInfo.InvariantCulture) : "–";
        b.Append(Inv, $"<h2>{H(t["Plan"])}: <span{NetworksPage.CaseName(t, p.CaseName, p.CaseNameJa).Attr}>{H(NetworksPage.CaseName(t, p.CaseName, p.CaseNameJa).Text)}</span></h2><p id=\"solver-status\" class=\"status-{p.Status}\">{H(t["SolverStatus"])}: <strong>{H(t[$"Solve_{p.Status}"])}</strong>");
        string objective = p.Minimised == "co2" ? $"{N(p.ObjectiveCo2T)} {H(t["TCo2ePerYear"])}" : $"{M(p.ObjectiveJpy)} {H(t["MJpyPerYear"])}";
        b.Append(Inv, $" · {H(p.Solver)} · {p.Seconds.ToString("0.00", Inv)} s · {H(t["Gap"])} {gap} · {H(t["Objective_" + p.Minimised])}: {H(t["Objective"])} {objective}</p>");
        if (p.Minimised == "co2" && p.CostJpyPerYear is not null) b.Append(Inv, $"<p class=\"small\" id=\"minimised-co2\">{H(t["MinimisedCo2Note"])}</p>");
        foreach (var x in p.Binding) b.Append(Inv, $"<p class=\"error\">{H(t["Binding"])}: {H(x.Group)} ({N(x.Excess)}): {H(string.Join(", ", x.Items.Take(8)))}</p>");
        if (p.CostJpyPerYear is null) return b.ToString();
        b.Append(Inv, $"<div class=\"grid\"><section><div id=\"network-chart\" class=\"chart map\" role=\"img\" aria-label=\"{H(t["SiteMap"])}\"></div></section>");
        b.Append("<section>").Append(Sites(t, p)).Append("</section></div>");
        b.Append("<div class=\"grid\">").Append(Money(t, p)).Append(Co2(t, p)).Append("</div>");
        b.Append(Checks(t, p));
        b.Append(Pareto(t, p));
        if (p.Periods is { } mp) b.Append(NetworkPeriodsView.Render(t, mp));
        b.Append(Arcs(t, t["Shipments"], "shipments", p, p.Shipments, false));
        b.Append(Arcs(t, t["CollectionFlows"], "collection", p, p.Collection, true));
        return b.ToString();
    }

    private static string Name(Text t, NetworkPlanDto p, string id) => p.Sites.FirstOrDefault(s => s.Id == id) is { } s ? (t.Language == "ja" ? s.NameJa : s.NameEn) : id;

    private static string Sites(Text t, NetworkPlanDto p)
    {
        var b = new StringBuilder($"<h3>{H(t["OpenedSites"])}</h3><table id=\"opened-sites\" class=\"data\"><thead><tr>");
        foreach (var k in new[] { "SiteKind", "Site", "Size", "InputT", "CapacityT", "Latitude", "Longitude" }) b.Append(Inv, $"<th scope=\"col\">{H(t[k])}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var s in p.Sites.Where(s => s.Kind != "source" && s.Opened).OrderBy(s => s.Kind, StringComparer.Ordinal).ThenByDescending(s => s.InputT))
            b.Append(Inv, $"<tr><td>{H(t[$"Site_{s.Kind}"])}{(s.Existing ? " · " + H(t["Existing"]) : "")}</td><th scope=\"row\">{H(t.Language == "ja" ? s.NameJa : s.NameEn)}</th><td>{H(s.Size)}</td><td class=\"num\">{N(s.InputT)}</td><td class=\"num\">{N(s.CapacityT)}</td><td class=\"num\">{s.Lat.ToString("0.00", Inv)}</td><td class=\"num\">{s.Lon.ToString("0.00", Inv)}</td></tr>");
        return b.Append("</tbody></table>").ToString();
    }

    private static string Money(Text t, NetworkPlanDto p)
    {
        var c = p.CostJpyPerYear!;
        var f = p.Appraisal!;
        var rows = new (string, double?)[] { ("CostInvestment", c.AnnualisedInvestment), ("CostFixed", c.Fixed), ("CostProcessing", c.Processing), ("CostTransport", c.Transport),
            ("CostRevenue", -c.Revenue), ("CostCarbon", c.Carbon), ("CostNet", c.Total) };
        var b = new StringBuilder($"<section><h3>{H(t["CostBreakdown"])} ({H(t["MJpyPerYear"])})</h3><table id=\"cost\" class=\"data\"><tbody>");
        foreach (var (k, v) in rows) b.Append(Inv, $"<tr><th scope=\"row\">{H(t[k])}</th><td class=\"num\">{M(v)}</td></tr>");
        b.Append(Inv, $"<tr><th scope=\"row\">{H(t["Investment"])} (MJPY)</th><td class=\"num\">{M(f.Investment)}</td></tr><tr><th scope=\"row\">NPV (MJPY, {f.DiscountRate.ToString("P1", Inv)}, {f.LifeYears} y)</th><td class=\"num\">{M(f.Npv)}</td></tr>");
        b.Append(Inv, $"<tr><th scope=\"row\">{H(t["Payback"])}</th><td class=\"num\">{(f.PaybackYears is double y ? y.ToString("0.0", Inv) + " y" : "–")}</td></tr>");
        return b.Append("</tbody></table></section>").ToString();
    }

    /// <summary>The plan's costs per tonne beside published figures; nothing when the case lists none.</summary>
    private static string Checks(Text t, NetworkPlanDto p)
    {
        if (p.CostChecks.Count == 0) return "";
        var b = new StringBuilder($"<h3>{H(t["CostChecks"])}</h3><table id=\"cost-checks\" class=\"data\"><thead><tr>");
        foreach (var k in new[] { "CostMeasure", "ModelJpyPerT", "PublishedJpyPerT", "CostSource", "RatioModelPublished" }) b.Append(Inv, $"<th scope=\"col\">{H(t[k])}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var k in p.CostChecks)
        {
            string range = k.Low is double lo && k.High is double hi ? $" ({N(lo)}–{N(hi)})" : "";
            string inRange = k.InRange switch { true => " · " + t["InRange"], false => " · " + t["OutOfRange"], null => "" };
            b.Append(Inv, $"<tr><th scope=\"row\">{H(t["CostMeasure_" + k.Measure])}</th><td class=\"num\">{N(k.ModelJpyPerTonne)}</td><td class=\"num\">{N(k.PublishedJpyPerTonne)}{range}</td>");
            b.Append(Inv, $"<td lang=\"en\"><code>{H(k.Source)}</code>: {H(k.Note)}</td><td class=\"num\">{(k.Ratio is double x ? x.ToString("0.00", Inv) : "–")}{H(inRange)}</td></tr>");
        }
        return b.Append("</tbody></table>").ToString();
    }

    /// <summary>The cost–CO2 front as a chart (script) over its table; nothing without a front.</summary>
    private static string Pareto(Text t, NetworkPlanDto p)
    {
        if (p.Pareto.Count == 0) return "";
        var b = new StringBuilder($"<h3>{H(t["ParetoFront"])}</h3><div id=\"pareto-chart\" class=\"chart\" role=\"img\" aria-label=\"{H(t["ParetoFront"])}\"></div>");
        b.Append("<table id=\"pareto\" class=\"data\"><thead><tr>");
        foreach (var k in new[] { "ParetoCap", "ParetoCost", "ParetoCo2", "SolverStatus" }) b.Append(Inv, $"<th scope=\"col\">{H(t[k])}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var x in p.Pareto)
            b.Append(Inv, $"<tr><td class=\"num\">{N(x.Co2CapT)}</td><td class=\"num\">{M(x.CostJpy)}</td><td class=\"num\">{N(x.Co2T)}</td><td>{H(t[$"Solve_{x.Status}"])}</td></tr>");
        string note = p.Pareto.Count == 1 && p.Pareto[0].CostJpy is not null ? t["ParetoSingle"] : t["ParetoNote"];
        return b.Append(Inv, $"</tbody></table><p class=\"small\" id=\"pareto-note\">{H(note)}</p>").ToString();
    }

    private static string Co2(Text t, NetworkPlanDto p)
    {
        var e = p.Co2TPerYear!;
        var b = new StringBuilder($"<section><h3>{H(t["Co2Breakdown"])} (t CO2e/y)</h3><table id=\"co2\" class=\"data\"><tbody>");
        foreach (var (k, v) in new[] { ("Co2Transport", e.Transport), ("Co2Process", e.ProcessEnergy), ("Co2Avoided", -e.AvoidedPrimary), ("Co2Net", e.Net) })
            b.Append(Inv, $"<tr><th scope=\"row\">{H(t[k])}</th><td class=\"num\">{N(v)}</td></tr>");
        b.Append("</tbody></table>");
        if (e.SecondaryGaps.Count > 0) b.Append(Inv, $"<p class=\"small\">{H(t["Co2Gaps"])}: {H(string.Join(", ", e.SecondaryGaps))}</p>");
        b.Append(Inv, $"<h3>{H(t["RecoveredElements"])} (t/y)</h3><table class=\"data\"><tbody>");
        foreach (var (k, v) in p.RecoveredT.OrderBy(k => k.Key, StringComparer.Ordinal)) b.Append(Inv, $"<tr><th scope=\"row\">{H(k)}</th><td class=\"num\">{N(v)}</td></tr>");
        return b.Append("</tbody></table></section>").ToString();
    }

    private static string Arcs(Text t, string title, string id, NetworkPlanDto p, IReadOnlyList<ArcDto> arcs, bool folded)
    {
        var b = new StringBuilder(folded ? $"<details><summary>{H(title)} ({arcs.Count})</summary>" : $"<h3>{H(title)}</h3>");
        b.Append(Inv, $"<table id=\"{id}\" class=\"data\"><thead><tr>");
        foreach (var k in new[] { "From", "To", "Stream", "Mode", "TonnesPerYear", "Km" }) b.Append(Inv, $"<th scope=\"col\">{H(t[k])}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var a in arcs.OrderByDescending(a => a.Tonnes))
            b.Append(Inv, $"<tr><td>{H(Name(t, p, a.From))}</td><td>{H(Name(t, p, a.To))}</td><td>{H(a.Stream)}</td><td>{H(a.Mode)}</td><td class=\"num\">{N(a.Tonnes)}</td><td class=\"num\">{N(a.Km)}</td></tr>");
        return b.Append(folded ? "</tbody></table></details>" : "</tbody></table>").ToString();
    }

    /// <summary>JPY in millions with one decimal (a value that rounds to zero shows as 0.0, never −0.0).</summary>
    internal static string M(double? jpy) => jpy is double v ? (Math.Round(v / 1e6, 1) is var m && m == 0 ? 0 : m).ToString("N1", CultureInfo.InvariantCulture) : "–";
}
