using ClosedXML.Excel;
using Junkan.Core.Flows;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Excel;

/// <summary>
/// The flow-system sheets of the recyclability workbook: per element the assessment-year totals (t/y, central and
/// 5–95 %), the comparisons with every published figure (model year, ratio, flags) and the NIMS 2008 urban-mine
/// cross-check (t). Every row names its sources.
/// </summary>
internal static class RecyclabilityFlowSheets
{
    public static void Write(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        Flows(wb, r, t);
        Comparisons(wb, r, t);
        UrbanMine(wb, r, t);
    }

    private static void Flows(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Flows"], t["Symbol"], t["Year"], t["Rc_Quantity"], t["Rc_FlQuantityKey"], t["Rc_Central"], "P5", "P95", t["Unit"], t["Sources"]);
        foreach (var e in r.Elements)
        {
            if (e.Flows is not { } f) continue;
            string ids = string.Join(", ", f.SourceIds);
            var x = f.Spread;
            foreach (var (label, key, v) in new (string, string, Spread3)[]
            {
                ("Rc_FlEndOfLife", "end_of_life_t", x.EndOfLife), ("Rc_FlRecoveredEol", "recovered_eol_t", x.RecoveredEndOfLife),
                ("Rc_FlRecoveredScrap", "recovered_new_scrap_t", x.RecoveredNewScrap), ("Rc_FlRecoveredToday", "recovered_today_t", x.RecoveredToday),
                ("Rc_FlAchievable", "achievable_t", x.Achievable), ("Rc_FlPotential", "potential_t", x.Potential), ("Rc_FlExported", "exported_t", x.Exported),
            })
                s.Add(e.Symbol, x.Year, t[label], key, v.Central, v.Low, v.High, "t/y", ids);
            if (e.Selection.Central.PrimaryByproduct is { } p)
                s.Add(e.Symbol, x.Year, t["Rc_FlPrimary"], "primary_byproduct_t", p, null, null, "t/y",
                    string.Join(", ", RecyclabilityFlowSection.PrimarySources(r, e)));
            s.Add(e.Symbol, x.Year, t["Rc_FlCoverage"], "coverage", f.Coverage, null, null, "fraction", ids);
        }
    }

    private static void Comparisons(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Comparisons"], t["Symbol"], t["Rc_CmpModelYear"], t["Rc_CmpModel"], t["Rc_CmpQuantity"], t["Rc_CmpPublished"], "low", "high",
            t["Year"], t["Rc_CmpRatio"], t["Rc_CmpFlags"], t["Rc_Quality"], t["Sources"]);
        foreach (var e in r.Elements)
            foreach (var (c, ids) in e.Comparisons)
            {
                var p = c.Figure.Published;
                s.Add(e.Symbol, c.ModelYear, c.Model, t.Parameter(c.Figure.Quantity), p.Value, p.Low, p.High, p.Year, c.Ratio,
                    string.Join("; ", RecyclabilityCheckSections.Flags(c, t)), p.Quality, string.Join(", ", ids));
            }
    }

    private static void UrbanMine(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_UrbanMine"], t["Symbol"], t["Rc_NimsPublished"], t["Year"], t["Rc_NimsModelYear"], t["Rc_NimsInUse"], t["Rc_NimsDisposal"],
            t["Rc_NimsTotal"], t["Rc_CmpRatio"], t["Notes"], t["Sources"]);
        foreach (var c in r.UrbanMine)
        {
            string? note = c.ModelYear is null ? t["Rc_NimsNoSystem"] : c.Shifted ? string.Format(t.Culture, t[c.Group ? "Rc_NimsShiftedGroup" : "Rc_NimsShifted"], c.ModelYear) : null;
            s.Add(c.Figure.Element, c.Figure.Published.Value, c.Figure.Published.Year, c.ModelYear, c.InUseStock, c.DisposalStock, c.Total, c.Ratio, note,
                string.Join(", ", RecyclabilityReport.UrbanMineSources(c)));
        }
        s.Add(null, null, null, null, null, null, null, null, t["Rc_NimsScope"], null);
    }
}
