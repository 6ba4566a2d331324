using System.Globalization;
using System.Text;
using Junkan.Web.Localization;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Networks;

/// <summary>
/// The HTML of a multi-period plan: the joint solve's status, present value and gap, the appraisal, and a table of
/// which site is open in which period at which size and input (t/y), the period it opens marked.
/// </summary>
internal static class NetworkPeriodsView
{
    public static string Render(Text t, PeriodsDto p)
    {
        string gap = p.Gap is double g ? g.ToString("P3", Inv) : "–";
        var b = new StringBuilder($"<h3>{H(t["MultiPeriodPlan"])}</h3>");
        b.Append(Inv, $"<p id=\"periods-status\">{H(t["SolverStatus"])}: <strong>{H(t[$"Solve_{p.Status}"])}</strong> · {p.Seconds.ToString("0.00", Inv)} s · {H(t["Gap"])} {gap} · ");
        b.Append(Inv, $"{H(t["PresentValue"])} {M(p.ObjectivePvJpy)} MJPY · {H(t["BoundPv"])} {M(p.BoundJpy)} MJPY</p>");
        if (p.Periods.Count == 0) return b.ToString();
        b.Append(Inv, $"<p class=\"small\">{H(t["Investment"])} {M(p.InvestmentJpy)} MJPY · NPV ({(p.DiscountRate ?? 0).ToString("P1", Inv)}) {M(p.NpvJpy)} MJPY · {H(t["Payback"])} {(p.PaybackYear?.ToString(CultureInfo.InvariantCulture) ?? H(t["Never"]))}</p>");
        b.Append("<table id=\"periods\" class=\"data\"><thead><tr>").Append(Inv, $"<th scope=\"col\">{H(t["Site"])}</th>");
        foreach (var x in p.Periods) b.Append(Inv, $"<th scope=\"col\" class=\"num\">{x.Year} ({x.Years} y)</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var site in p.Periods.SelectMany(x => x.Opened).DistinctBy(s => s.Id).OrderBy(s => s.Kind, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            b.Append(Inv, $"<tr><th scope=\"row\">{H(t[$"Site_{site.Kind}"])} · {H(t.Language == "ja" ? site.NameJa : site.NameEn)}{(site.Existing ? " · " + H(t["Existing"]) : "")}</th>");
            foreach (var x in p.Periods)
                b.Append(x.Opened.FirstOrDefault(o => o.Id == site.Id) is { } o
                    ? $"<td class=\"num\">{(o.Opens ? "<strong>" + H(t["Opens"]) + "</strong> " : "")}{H(o.Size)} · {N(o.InputT)} t/y</td>"
                    : "<td class=\"num\">–</td>");
            b.Append("</tr>");
        }
        b.Append(Inv, $"<tr><th scope=\"row\">{H(t["SupplyCollected"])}</th>");
        foreach (var x in p.Periods) b.Append(Inv, $"<td class=\"num\">{N(x.SupplyT)} / {N(x.CollectedT)}</td>");
        return b.Append(Inv, $"</tr></tbody></table><p class=\"small\">{H(t["PeriodsNote"])}</p>").ToString();
    }

    private static string M(double? jpy) => NetworkPlanView.M(jpy);
}
