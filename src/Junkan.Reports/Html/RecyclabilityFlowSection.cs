using System.Globalization;
using Junkan.Core.Flows;
using Junkan.Reports.Flows;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Html;

/// <summary>
/// One element's flow system in the assessment year: end of life, recovered today (end of life and new scrap) with
/// 5–95 % ranges, achievable (TRL ≥ 8), potential, exported, primary by-product (shown, not counted), parameter
/// coverage, and the Sankey of the year (one per member for a group). Every row names the system's input sources.
/// </summary>
internal static class RecyclabilityFlowSection
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(HtmlBuilder h, RecyclabilityReport r, RecyclabilityElement e, ReportText t)
    {
        if (e.Flows is not { } f)
        {
            h.Element("h3", t["Rc_Flows"]).Element("p", t["Rc_FlowsNone"], "gap");
            return;
        }
        var s = f.Spread;
        h.Element("h3", string.Format(t.Culture, t["Rc_FlowsYear"], s.Year)).Open("table", "flow-totals")
         .HeaderRow(t["Rc_Quantity"], t["Rc_Central"], t["Rc_Range"], t["Sources"]);
        Row(h, t["Rc_FlEndOfLife"], s.EndOfLife, f.SourceIds);
        Row(h, t["Rc_FlRecoveredEol"], s.RecoveredEndOfLife, f.SourceIds);
        Row(h, t["Rc_FlRecoveredScrap"], s.RecoveredNewScrap, f.SourceIds);
        Row(h, t["Rc_FlRecoveredToday"], s.RecoveredToday, f.SourceIds);
        Row(h, t["Rc_FlAchievable"], s.Achievable, f.SourceIds);
        Row(h, t["Rc_FlPotential"], s.Potential, f.SourceIds);
        Row(h, t["Rc_FlExported"], s.Exported, f.SourceIds);
        Primary(h, r, e, t);
        h.OpenRow(f.SourceIds).Element("td", t["Rc_FlCoverage"]).Num(ReportFormat.Percent(f.Coverage)).Element("td", "").Element("td", t["Rc_FlCoverageNote"], "note").Close("tr").Line();
        h.Close("table");
        h.Element("p", string.Format(t.Culture, t["Rc_FlowsNote"], s.Draws), "note");
        foreach (var system in f.Systems) Sankey(h, system, s.Year, f.SourceIds, t);
    }

    private static void Row(HtmlBuilder h, string label, Spread3 v, IReadOnlyList<string> ids) =>
        h.OpenRow(ids).Element("td", label).Num(ReportFormat.SignificantTonnes(v.Central))
         .Num($"{ReportFormat.SignificantTonnes(v.Low)}–{ReportFormat.SignificantTonnes(v.High)}")
         .Element("td", string.Join(", ", ids), "note").Close("tr").Line();

    /// <summary>By-product recovery from imported concentrates: primary supply, shown and never added to the recovered tonnes.</summary>
    private static void Primary(HtmlBuilder h, RecyclabilityReport r, RecyclabilityElement e, ReportText t)
    {
        var a = e.Selection.Central;
        if (a.PrimaryByproduct is not { } p) return;
        var ids = PrimarySources(r, e);
        h.OpenRow(ids).Element("td", t["Rc_FlPrimary"]).Num(ReportFormat.SignificantTonnes(p)).Element("td", "")
         .Element("td", string.Join(", ", ids), "note").Close("tr").Line();
    }

    /// <summary>The citations behind the primary by-product tonnes: those of every by-product source with a value.</summary>
    internal static IReadOnlyList<string> PrimarySources(RecyclabilityReport r, RecyclabilityElement e) =>
        e.Selection.Central.Sources.Where(x => x.PrimaryByproduct is not null).SelectMany(x => Core.Recyclability.FigureSources.Of(x.Source, r.External))
            .Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The Sankey of one system in the year, inline (widths proportional to mass; losses and exports drawn).</summary>
    private static void Sankey(HtmlBuilder h, ElementFlowSystem system, int year, IReadOnlyList<string> ids, ReportText t)
    {
        if (year < system.System.FirstYear || year > system.System.LastYear)
        {
            h.Element("p", string.Format(t.Culture, t["Rc_SankeyOutside"], t.Symbol(system.Inputs.Element.Value), year, system.System.FirstYear, system.System.LastYear), "gap");
            return;
        }
        h.Raw("<figure class=\"sankey\" data-sources=\"").Text(string.Join(" ", ids)).Raw("\">").Raw(SankeyDiagram.Svg(system, year, t))
         .Raw("<figcaption>").Text(string.Format(t.Culture, t["Rc_SankeyCaption"], t.Symbol(system.Inputs.Element.Value), year.ToString(Inv))).Raw("</figcaption></figure>").Line();
    }
}
