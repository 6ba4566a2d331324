using Junkan.Core.Risk;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Html;

/// <summary>The overview table: one row per element, the six levels (value in the tooltip) and the refinery HHI.</summary>
internal static class OverviewSection
{
    public static void Write(HtmlBuilder h, RiskReport r, ReportText t)
    {
        h.Open("section", id: "overview").Element("h2", t["Overview"]).Element("p", t["OverviewIntro"]).Line();
        if (r.Elements.Count == 0) { h.Element("p", t["NoElements"]).Close("section").Line(); return; }
        h.Open("table", "overview").HeaderRow([t["Element"], t["Lists"], .. RiskIndicators.All.Select(t.IndicatorShort), t["RefineryConcentration"], t["EuReference"]]);
        foreach (var e in r.Elements)
        {
            h.Open("tr").Open("td").Link("#" + ElementSection.Id(e), $"{t.Symbol(e.Symbol)} {e.Name(t.Language)}").Close("td");
            h.Element("td", ListsShort(e, t));
            foreach (var res in e.Profile.Radar) Cell(h, res, t);
            if (e.Profile.Supplementary.FirstOrDefault() is { } refinery) Cell(h, refinery, t);
            else h.Element("td", "");
            h.Element("td", EuText(e, t));
            h.Close("tr").Line();
        }
        h.Close("table").Element("p", t["ProxyMarker"], "note");
        if (r.Elements.Any(e => e.Lists.Any(l => l.Member is null))) h.Element("p", t["ListUnknownMarker"], "note");
        h.Close("section").Line();
    }

    /// <summary>"SR / EI" per EU material, e.g. "2.8 / 6.8"; the material is named where it is not the element's only one.</summary>
    internal static string EuText(ReportElement e, ReportText t) => string.Join("; ", e.Eu.Select(x =>
        (e.Eu.Count > 1 ? Material(x.Material, e, t) + " " : "") + $"{Num(x.SupplyRisk)} / {Num(x.EconomicImportance)}"));

    /// <summary>
    /// An EU CRM material in the page's language: its label (<c>EuMaterial_{name}</c>, e.g. HREE 重希土類) where the
    /// resources have one, else the element's own name when the material is the element, else the EU's name.
    /// </summary>
    internal static string Material(string material, ReportElement e, ReportText t) =>
        !t.Japanese ? material
        : t.Optional("EuMaterial_" + material.Replace(' ', '_')) ?? (string.Equals(material, e.NameEn, StringComparison.OrdinalIgnoreCase) ? e.NameJa : material);

    private static string Num(double? v) => v?.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) ?? "–";

    /// <summary>The lists an element is on, e.g. "JP EU US"; "?" marks a membership the source does not state.</summary>
    internal static string ListsShort(ReportElement e, ReportText t) =>
        string.Join(" ", e.Lists.Where(l => l.Member != false).Select(l => t[$"ListShort_{l.List}"] + (l.Member is null ? "?" : "")));

    private static void Cell(HtmlBuilder h, IndicatorResult res, ReportText t)
    {
        string text = ReportFormat.Level(res, t) + (res.IsProxy ? " *" : "");
        h.Element("td", text, ReportFormat.CssClass(res), ReportFormat.Value(res, t));
    }
}
