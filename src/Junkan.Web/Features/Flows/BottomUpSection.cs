using System.Text;
using Junkan.Application.Flows;
using Junkan.Web.Localization;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Flows;

/// <summary>
/// The bottom-up reconciliation on the flows page: per element the product systems against the top-down uses they map
/// to (t/y, range of the contents, domestic after used-product export, difference, ratio, reading), then the published
/// checks beside the model (docs/methods/flows.md §7). Products and uses by their names in the page's language.
/// </summary>
internal static class BottomUpSection
{
    /// <param name="names">Every product of the product data by id: names in English and Japanese.</param>
    public static string Html(Text t, FlowResult result, IReadOnlyDictionary<string, (string En, string Ja)> names)
    {
        var dto = BottomUpDto.Of(result);
        if (dto.Elements.Count == 0) return "";
        var b = new StringBuilder().Append(Inv, $"<section id=\"bottom-up\" aria-labelledby=\"bottom-up-heading\"><h2 id=\"bottom-up-heading\">{H(t["BottomUpTitle"])}</h2><p class=\"small\">{H(t["BottomUpIntro"])} <code>docs/methods/flows.md §7</code></p>");
        foreach (var e in dto.Elements)
        {
            var uses = result.Systems.Where(s => s.System.Inputs.Element.Value == e.Element).SelectMany(s => s.System.Inputs.Uses)
                .GroupBy(u => u.Use, StringComparer.Ordinal).ToDictionary(g => g.Key, g => t.Language == "ja" ? g.First().NameJa : g.First().NameEn, StringComparer.Ordinal);
            string Use(string u) => uses.GetValueOrDefault(u, u);
            string Product(string p) => names.TryGetValue(p, out var n) ? (t.Language == "ja" ? n.Ja : n.En) : p;
            b.Append(Inv, $"<h3>{H(e.Element)}</h3>").Append(Rows(t, e, Use, Product)).Append(Checks(t, e, Product));
        }
        if (dto.Warnings.Count > 0) b.Append(Inv, $"<ul class=\"flags\">{string.Concat(dto.Warnings.Select(w => $"<li>{Original(t, w)}</li>"))}</ul>");
        return b.Append(Inv, $"<p class=\"small\"><a href=\"/api/flows/{Uri.EscapeDataString(result.Element)}/bottom-up?year={dto.Year}\">JSON</a></p></section>").ToString();
    }

    private static string Rows(Text t, BottomUpElementDto e, Func<string, string> use, Func<string, string> product)
    {
        var b = new StringBuilder().Append(Inv, $"<table class=\"data bottom-up-rows\" id=\"bottom-up-{H(e.Element)}\"><caption>{H(t["BottomUpRows"])}</caption><thead><tr>");
        foreach (var k in new[] { "Year", "Compared", "TopDownUses", "Products", "BottomUpT", "BottomUpDomesticT", "TopDownT", "TopDownDomesticT", "DifferenceT", "Ratio", "Reading" })
            b.Append(Inv, $"<th scope=\"col\">{H(t[k])}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var x in e.Rows)
        {
            string uses = string.Join(" + ", x.Uses.Select(use)) + (x.Partial ? $" ({t["Partial"]})" : "");
            b.Append(Inv, $"<tr><th scope=\"row\">{x.Year}</th><td>{H(t[$"Compared_{x.Compared}"])}</td><td>{H(uses)}</td><td>{H(string.Join(", ", x.Products.Select(product)))}</td>");
            b.Append(Inv, $"<td class=\"num\">{N(x.BottomUpT)} ({N(x.BottomUpLowT)}–{N(x.BottomUpHighT)})</td><td class=\"num\">{N(x.BottomUpDomesticT)}</td><td class=\"num\">{N(x.TopDownT)}</td>");
            b.Append(Inv, $"<td class=\"num\">{N(x.TopDownDomesticT)}</td><td class=\"num\">{N(x.DifferenceT)}</td><td class=\"num ratio\">{R(x.Ratio)}</td><td class=\"notes\">{H(t.Language == "ja" ? x.ReadingJa : x.ReadingEn)}</td></tr>");
        }
        return b.Append("</tbody></table>").ToString();
    }

    private static string Checks(Text t, BottomUpElementDto e, Func<string, string> product)
    {
        if (e.Checks.Count == 0) return "";
        var b = new StringBuilder().Append(Inv, $"<table class=\"data bottom-up-checks\" id=\"bottom-up-checks-{H(e.Element)}\"><caption>{H(t["PublishedChecks"])}</caption><thead><tr>");
        foreach (var k in new[] { "Year", "Measure", "Products", "Published", "Unit", "Model", "RatioPublishedModel", "Sources", "Reading" })
            b.Append(Inv, $"<th scope=\"col\">{H(t[k])}</th>");
        b.Append("</tr></thead><tbody>");
        foreach (var c in e.Checks)
        {
            b.Append(Inv, $"<tr><th scope=\"row\">{c.Year}</th><td>{H(t[$"Measure_{c.Measure}"])}</td><td>{H(string.Join(", ", c.Products.Select(product)))}</td><td class=\"num\">{N(c.Published)}</td>");
            b.Append(Inv, $"<td>{H(c.Unit == "units" ? t["UnitCount"] : c.Unit)}</td><td class=\"num\">{N(c.Model)} ({N(c.ModelLow)}–{N(c.ModelHigh)})</td><td class=\"num ratio\">{R(c.Ratio)}</td>");
            b.Append(Inv, $"<td class=\"small\">{H(c.Source)}</td><td class=\"notes\">{H(t.Language == "ja" ? c.ReadingJa : c.ReadingEn)}</td></tr>");
        }
        return b.Append("</tbody></table>").ToString();
    }

    private static string R(double? v) => v is { } x ? x.ToString("0.00", Inv) : "–";
}
