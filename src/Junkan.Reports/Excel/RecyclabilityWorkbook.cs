using ClosedXML.Excel;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Excel;

/// <summary>
/// The recyclability report's tables as an Excel workbook (ClosedXML): selection ranking with probabilities and
/// reasons, weight sensitivity (rank per criterion and factor), sources of each element, recoverable tonnes by source
/// and year and at the horizons (2030, 2040, 2050), criteria with 90 % intervals, uses, data gaps, settings, citations and the run manifest. Values are
/// numbers in their unit (tonnes per year, fractions), and every row names its sources.
/// </summary>
public static class RecyclabilityWorkbook
{
    public static byte[] Render(RecyclabilityReport r, ReportText t)
    {
        using var wb = new XLWorkbook();
        Selection(wb, r, t);
        Sensitivity(wb, r, t);
        Sources(wb, r, t);
        Recoverable(wb, r, t);
        Outlook(wb, r, t);
        CriteriaSheet(wb, r, t);
        Uses(wb, r, t);
        Gaps(wb, r, t);
        Carbon(wb, r, t);
        RecyclabilityFlowSheets.Write(wb, r, t);
        NetworkSheets.Write(wb, r.Networks, t.Language);
        var settings = new SheetWriter(wb, t["Sheet_Settings"], t["SettingKey"], t["SettingValue"]);
        foreach (var x in r.SettingRows) settings.Add(x.Key, x.Value);
        var cited = new SheetWriter(wb, t["Sheet_Sources"], t["SourceId"], t["Citation"], "URL");
        foreach (var x in r.CitedSources()) cited.Add(x.Id, x.Citation, x.Url);
        RiskWorkbook.ManifestSheet(wb, r.Manifest, t);
        return WorkbookPackage.Save(wb, r.Manifest.GeneratedAt);
    }

    private static void Selection(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Selection"], t["Rc_Rank"], t["Symbol"], t["Element"], t["Rc_Score"], "P5", "P50", "P95", t["Rc_Probability"],
            t["Rc_MeanRank"], t["Rc_SelectedCol"], t["Rc_Recoverable"], t["Rc_DemandShare"], t["Rc_Reasons"], t["Sources"]);
        foreach (var e in r.Elements)
        {
            var x = e.Selection;
            s.Add(x.Rank, e.Symbol, e.Name(t.Language), x.Score, x.ScoreSpread.P5, x.ScoreSpread.P50, x.ScoreSpread.P95, x.SelectionProbability, x.MeanRank,
                t[x.Selected ? "Rc_Selected" : "Rc_NotSelected"], x.Central.Recoverable, x.Central[Criterion.DemandShare],
                SelectionSection.Reason(e, r.Selection.Draws, t), string.Join(", ", r.ScoreSources(e)));
        }
    }

    private static void Sensitivity(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Sensitivity"], t["Rc_Criterion"], "key", t["Rc_Factor"], t["Symbol"], t["Rc_Rank"], t["Rc_Rank"] + " (× 1)");
        foreach (var w in r.Selection.Sensitivity)
            for (int f = 0; f < w.Factors.Count; f++)
                foreach (var e in r.Elements)
                    if (w.Ranks.TryGetValue(e.Symbol, out var ranks))
                        s.Add(t.Criterion(w.Criterion), w.Criterion.Key(), w.Factors[f], e.Symbol, ranks[f], e.Selection.Rank);
    }

    private static void Sources(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_RcSources"], t["Symbol"], "id", t["Rc_Source"], t["Kind"], t["Rc_Route"], t["Year"], t["Rc_Contained"],
            t["Rc_CollectionNow"], t["Rc_CollectionAchievable"], t["Rc_YieldPre"], t["Rc_YieldEnd"], t["Rc_RecoverableR"], t["Rc_Achievable"], t["Rc_Trl"], t["Rc_Gaps"], t["Sources"]);
        foreach (var e in r.Elements)
            foreach (var a in e.Selection.Central.Sources)
            {
                var x = a.Source;
                s.Add(e.Symbol, x.Id, t.Language == "ja" ? x.NameJa : x.NameEn, t.Kind(x.Kind), t.Route(x.Route), a.Year, a.Contained,
                    x.CollectionNow?.Value, x.CollectionAchievable?.Value, x.YieldPre?.Value, x.YieldEnd?.Value, a.Recoverable, a.RecoverableAchievable, x.Trl?.Value,
                    string.Join(", ", a.Gaps), string.Join(", ", FigureSources.Of(x, r.External)));
            }
    }

    private static void Recoverable(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Recoverable"], t["Symbol"], "id", t["Rc_Source"], t["Year"], t["Rc_Contained"], t["Rc_RecoverableR"], t["Notes"], t["Sources"]);
        foreach (var e in r.Elements)
            foreach (var x in e.Trajectories)
                for (int i = 0; i < x.Recoverable.Length; i++)
                    s.Add(e.Symbol, x.Source.Id, t.Language == "ja" ? x.Source.NameJa : x.Source.NameEn, x.FirstYear + i, x.Contained[i], x.Recoverable[i],
                        x.HeldConstant ? string.Format(t.Culture, t["Rc_ChartHeld"], x.Source.Id) : null, string.Join(", ", FigureSources.Of(x.Source, r.External)));
    }

    private static void Outlook(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Outlook"], t["Symbol"], t["Year"], t["Rc_RecoverableR"], t["Rc_DemandShare"], t["Rc_HeldSources"], t["Sources"]);
        foreach (var e in r.Elements)
            foreach (var x in r.Outlook(e))
                s.Add(e.Symbol, x.Year, x.Recoverable, x.DemandShare, x.HeldSources, string.Join(", ", r.HorizonSources(e, x)));
    }

    private static void CriteriaSheet(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Criteria"], t["Symbol"], t["Rc_Criterion"], "key", t["Value"], "P5", "P50", "P95", t["Unit"], t["Rc_Weight"], t["Sources"]);
        foreach (var e in r.Elements)
            foreach (var c in Criteria.All)
            {
                var sp = e.Selection.CriterionSpread.TryGetValue(c, out var x) ? x : new Spread(null, null, null);
                s.Add(e.Symbol, t.Criterion(c), c.Key(), e.Selection.Central[c], sp.P5, sp.P50, sp.P95, c.Unit(), r.Selection.Settings.Weight(c),
                    string.Join(", ", e.Selection.Central[c] is null ? [] : r.CriterionSources(e, c)));
            }
    }

    private static void Uses(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Uses"], t["Symbol"], t["Rc_Use"], t["Rc_ShareJapan"], t["Rc_ShareWorld"], t["Rc_Dissipative"], t["Year"], t["Rc_Quality"], t["Sources"], t["Notes"]);
        foreach (var e in r.Elements)
            foreach (var u in e.Profile.Uses)
                s.Add(e.Symbol, u.Use, u.ShareJapan, u.ShareWorld, u.Dissipative is { } d ? t[d ? "Yes" : "No"] : t["Rc_Unknown"], u.Year, u.Quality, u.SourceId, u.Note);
    }

    /// <summary>The CO2 effect of recycling per element (t CO2e/y); empty factor cells are gaps, "gross" where the secondary factor is one.</summary>
    private static void Carbon(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Co2"], t["Symbol"], t["Rc_Co2Recovered"], t["Rc_Co2Primary"], t["Rc_Co2Secondary"], t["Rc_Co2Today"], t["Rc_Co2Share"],
            t["Rc_Co2Achievable"], t["Notes"], t["Sources"]);
        foreach (var e in r.Elements.Where(e => e.Carbon is not null).OrderBy(e => e.Symbol, StringComparer.Ordinal))
        {
            var c = e.Carbon!;
            s.Add(e.Symbol, c.RecoveredToday, c.Factor?.Primary, c.Factor?.Secondary, c.AvoidedToday, c.ShareOfJapan, c.AvoidedAchievable,
                c.Factor is null ? t["Rc_Co2NoFactor"] : c.Gross ? t["Rc_Co2Gross"] : null,
                string.Join(", ", (c.RecoveredToday is null ? [] : r.CriterionSources(e, Criterion.Recoverable)).Concat(c.Factor is { } f ? [f.SourceId, CarbonEffect.ScaleSourceId] : []).Distinct().Order(StringComparer.Ordinal)));
        }
    }

    private static void Gaps(XLWorkbook wb, RecyclabilityReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Gaps"], t["Symbol"], t["Rc_Source"], t["Rc_Parameter"], t["Notes"]);
        foreach (var e in r.Elements)
        {
            foreach (var g in e.AllGaps()) s.Add(e.Symbol, g.Source ?? t["Rc_ElementLevel"], g.Parameter, g.Note.Length > 0 ? g.Note : null);
            foreach (var f in e.Selection.Central.Flags) s.Add(e.Symbol, t["Rc_ElementLevel"], t["Rc_Flags"], f);
        }
    }
}
