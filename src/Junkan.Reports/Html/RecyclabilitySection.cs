using System.Globalization;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Html;

/// <summary>
/// One element's recyclability: reason, quantities, uses, sources table, stacked chart of recoverable tonnes by source
/// over the years, criteria with their 90 % intervals on an axis shared by all elements, data gaps and consistency flags.
/// </summary>
internal static class RecyclabilitySection
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Id(RecyclabilityElement e) => "rc-" + e.Symbol;

    public static void Write(HtmlBuilder h, RecyclabilityReport r, RecyclabilityElement e, ReportText t)
    {
        var s = e.Selection;
        h.Open("section", "element", Id(e)).Element("h2", string.Create(Inv, $"{s.Rank}. {t.Symbol(e.Symbol)} {e.Name(t.Language)}")).Line();
        h.Raw("<p class=\"reason\" data-sources=\"").Text(string.Join(" ", r.ScoreSources(e))).Raw("\">")
         .Text(SelectionSection.Reason(e, r.Selection.Draws, t)).Raw("</p>").Line();
        RecyclabilityFlowSection.Write(h, r, e, t);
        Totals(h, r, e, t);
        Comparisons(h, e, t);
        Uses(h, e, t);
        Sources(h, r, e, t);
        Chart(h, r, e, t);
        CriteriaTable(h, r, e, t);
        Gaps(h, e, t);
        h.Close("section").Line();
    }

    private static void Totals(HtmlBuilder h, RecyclabilityReport r, RecyclabilityElement e, ReportText t)
    {
        var a = e.Selection.Central;
        var p = e.Profile;
        var totals = FigureSources.OfTotals(a, r.External);
        h.Element("h3", t["Rc_Totals"]).Open("table", "totals").HeaderRow(t["Rc_Quantity"], t["Year"], t["Value"], t["Sources"]);
        Quantity(h, t["Rc_TotContained"], a.Year, a.Contained, totals, ReportFormat.SignificantTonnes, t);
        Quantity(h, t["Rc_TotRecoverable"], a.Year, a.Recoverable, totals, ReportFormat.SignificantTonnes, t);
        Quantity(h, t["Rc_TotAchievable"], a.Year, a.RecoverableAchievable, totals, ReportFormat.SignificantTonnes, t);
        if (a.Sources.Any(x => x.Source.IsPrimary))
            Quantity(h, t["Rc_TotPrimary"], a.Year, a.PrimaryByproduct,
                a.Sources.Where(x => x.PrimaryByproduct is not null).SelectMany(x => FigureSources.Of(x.Source, r.External)).Distinct().Order(StringComparer.Ordinal).ToArray(),
                ReportFormat.SignificantTonnes, t);
        foreach (var x in r.Outlook(e)) Horizon(h, r, e, x, t);
        Figure(h, t["Rc_Demand"], p.JapanDemand, ReportFormat.SignificantTonnes, t);
        Figure(h, t["Rc_DissShare"], p.DissipativeShare, ReportFormat.Percent, t);
        Figure(h, t["Rc_UrbanStock"], p.UrbanMineStock, ReportFormat.SignificantTonnes, t);
        Figure(h, t["Rc_EolRr"], p.EolRecyclingRate, ReportFormat.Percent, t);
        Figure(h, t["Rc_EolRir"], p.EolRecyclingInputRateEu, ReportFormat.Percent, t);
        h.Close("table");
    }

    private static void Quantity(HtmlBuilder h, string label, int year, double? value, IReadOnlyList<string> sources, Func<double, string> format, ReportText t)
    {
        if (value is not { } v) { Missing(h, label, year.ToString(Inv), t); return; }
        h.OpenRow(sources).Element("td", label).Element("td", year.ToString(Inv)).Num(format(v)).Element("td", string.Join(", ", sources), "note").Close("tr").Line();
    }

    /// <summary>Recoverable tonnes in a forecast year, with their share of today's demand when the demand is known.</summary>
    private static void Horizon(HtmlBuilder h, RecyclabilityReport r, RecyclabilityElement e, HorizonAmount x, ReportText t)
    {
        if (x.Recoverable is not { } v) { Missing(h, t["Rc_TotHorizon"], x.Year.ToString(Inv), t); return; }
        string share = x.DemandShare is { } s ? $" ({ReportFormat.SmallPercent(s)})" : "";
        var ids = r.HorizonSources(e, x);
        h.OpenRow(ids).Element("td", t["Rc_TotHorizon"]).Element("td", x.Year.ToString(Inv)).Num(ReportFormat.SignificantTonnes(v) + share)
         .Element("td", string.Join(", ", ids), "note").Close("tr").Line();
    }

    private static void Figure(HtmlBuilder h, string label, Estimate? e, Func<double, string> format, ReportText t)
    {
        if (e is null) { Missing(h, label, "", t); return; }
        string range = e.HasRange ? $" ({format(e.Low)}–{format(e.High)})" : "";
        h.OpenRow([e.SourceId]).Element("td", label).Element("td", e.Year?.ToString(Inv) ?? "").Num(format(e.Value) + range)
         .Element("td", string.Create(Inv, $"{e.SourceId} · {t["Rc_Quality"]} {e.Quality}"), "note").Close("tr").Line();
    }

    /// <summary>A quantity row without a value: the gap is shown, with no number and so no source.</summary>
    private static void Missing(HtmlBuilder h, string label, string year, ReportText t) =>
        h.Open("tr").Element("td", label).Element("td", year).Element("td", t["Rc_NoValue"], "gap").Element("td", "").Close("tr").Line();

    /// <summary>Recovered today (model) beside the published figures for Japan, with the ratio and its flags (tenfold difference, not independent).</summary>
    private static void Comparisons(HtmlBuilder h, RecyclabilityElement e, ReportText t)
    {
        if (e.Comparisons.Count == 0) return;
        h.Element("h3", t["Rc_Comparisons"]).Open("table", "comparisons")
         .HeaderRow(t["Rc_CmpQuantity"], t["Rc_CmpModel"], t["Rc_CmpPublished"], t["Year"], t["Rc_CmpRatio"], t["Rc_CmpFlags"], t["Sources"]);
        foreach (var (c, ids) in e.Comparisons)
        {
            var p = c.Figure.Published;
            string range = p.HasRange ? $" ({ReportFormat.SignificantTonnes(p.Low)}–{ReportFormat.SignificantTonnes(p.High)})" : "";
            var flags = RecyclabilityCheckSections.Flags(c, t);
            h.OpenRow(ids, c.Tenfold ? "flagged" : null).Element("td", t.Parameter(c.Figure.Quantity))
             .Num(Opt(c.Model, ReportFormat.SignificantTonnes)).Num(ReportFormat.SignificantTonnes(p.Value) + range).Element("td", p.Year?.ToString(Inv) ?? "")
             .Num(c.Ratio is { } x ? x.ToString("G3", Inv) : "").Element("td", string.Join("; ", flags), "gap")
             .Element("td", string.Create(Inv, $"{p.SourceId} · {t["Rc_Quality"]} {p.Quality}"), "note").Close("tr").Line();
        }
        h.Close("table");
    }

    private static void Uses(HtmlBuilder h, RecyclabilityElement e, ReportText t)
    {
        if (e.Profile.Uses.Count == 0) return;
        h.Element("h3", t["Rc_Uses"]).Open("table", "uses").HeaderRow(t["Rc_Use"], t["Rc_ShareJapan"], t["Rc_ShareWorld"], t["Rc_Dissipative"], t["Year"], t["Sources"]);
        foreach (var u in e.Profile.Uses)
            h.OpenRow([u.SourceId]).Element("td", UseName(e, u.Use, t)).Num(u.ShareJapan is { } j ? ReportFormat.Percent(j) : "").Num(u.ShareWorld is { } w ? ReportFormat.Percent(w) : "")
             .Element("td", u.Dissipative is { } d ? t[d ? "Yes" : "No"] : t["Rc_Unknown"]).Element("td", u.Year?.ToString(Inv) ?? "")
             .Element("td", u.SourceId + (u.Quality is { } q ? string.Create(Inv, $" · {t["Rc_Quality"]} {q}") : ""), "note").Close("tr").Line();
        h.Close("table");
    }

    /// <summary>A use's label: the names of the element's flow system (use_profiles.csv), else the resources (<see cref="ReportText.UseName"/>).</summary>
    internal static string UseName(RecyclabilityElement e, string use, ReportText t)
    {
        var profile = e.Flows?.Systems.SelectMany(x => x.Inputs.Uses).FirstOrDefault(u => u.Use == use);
        return t.UseName(use, profile?.NameEn, profile?.NameJa);
    }

    /// <summary>A recycling source of the element by its name in the page's language; the id where the element has no such source.</summary>
    internal static string SourceName(RecyclabilityElement e, string id, ReportText t) =>
        e.Selection.Central.Sources.Select(x => x.Source).FirstOrDefault(x => x.Id == id) is { } s ? (t.Japanese ? s.NameJa : s.NameEn) : id;

    private static void Sources(HtmlBuilder h, RecyclabilityReport r, RecyclabilityElement e, ReportText t)
    {
        var a = e.Selection.Central;
        h.Element("h3", t["Rc_SourcesTable"]).Open("table", "element-sources")
         .HeaderRow(t["Rc_Source"], t["Kind"], t["Rc_Route"], t["Rc_Contained"], t["Rc_CollectionNow"], t["Rc_CollectionAchievable"], t["Rc_YieldPre"], t["Rc_YieldEnd"],
            t["Rc_RecoverableR"], t["Rc_Achievable"], t["Rc_Trl"], t["Rc_Gaps"], t["Sources"]);
        foreach (var amount in a.Sources)
        {
            var src = amount.Source;
            var ids = FigureSources.Of(src, r.External);
            h.OpenRow(ids).Element("td", t.Language == "ja" ? src.NameJa : src.NameEn).Element("td", t.Kind(src.Kind)).Element("td", t.Route(src.Route))
             .Num(Opt(amount.Contained, ReportFormat.SignificantTonnes)).Num(Est(src.CollectionNow)).Num(Est(src.CollectionAchievable))
             .Num(Est(src.YieldPre)).Num(Est(src.YieldEnd)).Num(Opt(amount.Recoverable, ReportFormat.SignificantTonnes)).Num(Opt(amount.RecoverableAchievable, ReportFormat.SignificantTonnes))
             .Num(src.Trl is { } trl ? trl.Value.ToString("0.#", Inv) : "").Element("td", string.Join(t.Japanese ? "、" : ", ", amount.Gaps.Select(t.Parameter)), "gap")
             .Element("td", string.Join(", ", ids), "note").Close("tr").Line();
        }
        h.Close("table");
    }

    private static string Opt(double? v, Func<double, string> format) => v is { } x ? format(x) : "";

    private static string Est(Estimate? e) => e is null ? "" : ReportFormat.Percent(e.Value) + (e.HasRange ? $" ({ReportFormat.Percent(e.Low)}–{ReportFormat.Percent(e.High)})" : "");

    private static void Chart(HtmlBuilder h, RecyclabilityReport r, RecyclabilityElement e, ReportText t)
    {
        var traj = e.Trajectories.Where(x => x.Recoverable.Any(v => v is > 0)).ToArray();
        if (traj.Length == 0) { h.Element("p", t["Rc_ChartNone"], "note"); return; }
        var ids = traj.SelectMany(x => FigureSources.Of(x.Source, r.External)).Distinct().Order(StringComparer.Ordinal);
        string title = string.Format(t.Culture, t["Rc_Chart"], traj[0].FirstYear, traj[0].LastYear, t.StockScenario(r.Selection.Scenario));
        var layers = traj.Select(x => new ChartLayer(t.Language == "ja" ? x.Source.NameJa : x.Source.NameEn, x.Recoverable)).ToArray();
        h.Raw("<figure data-sources=\"").Text(string.Join(" ", ids)).Raw("\">").Raw(StackedChart.Render(title, t["Rc_Tpy"], traj[0].FirstYear, layers)).Raw("</figure>").Line();
        var held = traj.Where(x => x.HeldConstant).Select(x => t.Japanese ? x.Source.NameJa : x.Source.NameEn).ToArray();
        if (held.Length > 0) h.Element("p", string.Format(t.Culture, t["Rc_ChartHeld"], string.Join(", ", held)), "note");
    }

    private static void CriteriaTable(HtmlBuilder h, RecyclabilityReport r, RecyclabilityElement e, ReportText t)
    {
        var s = e.Selection;
        h.Element("h3", t["Rc_Criteria"]).Open("table", "criteria").HeaderRow(t["Rc_Criterion"], t["Value"], t["Rc_Interval"], t["Rc_Bar"], t["Unit"], t["Rc_Weight"], t["Sources"]);
        foreach (var c in Criteria.All)
        {
            double weight = r.Selection.Settings.Weight(c);
            if (s.Central[c] is not { } v)
            {
                h.Open("tr").Element("td", t.Criterion(c)).Element("td", t["Rc_NoValue"], "gap").Element("td", "").Element("td", "").Element("td", t.CriterionUnit(c))
                 .Element("td", weight.ToString("0.##", Inv)).Element("td", "").Close("tr").Line();
                continue;
            }
            var spread = s.CriterionSpread.TryGetValue(c, out var sp) ? sp : new Spread(null, null, null);
            var (min, max) = Axis(r, c);
            var ids = r.CriterionSources(e, c);
            h.OpenRow(ids).Element("td", t.Criterion(c)).Num(Value(c, v)).Num(SelectionSection.Interval(spread, x => Value(c, x)))
             .Open("td").Raw(IntervalBar.Render(v, spread.P5, spread.P95, min, max, c.IsLogScaled(), $"{t.Symbol(e.Symbol)} {t.Criterion(c)}: {Value(c, v)}")).Close("td")
             .Element("td", t.CriterionUnit(c)).Num(weight.ToString("0.##", Inv)).Element("td", string.Join(", ", ids), "note").Close("tr").Line();
        }
        h.Close("table");
    }

    /// <summary>The axis of a criterion across all elements: smallest P5 (or value) to largest P95 (or value); positive values only on log scales.</summary>
    private static (double Min, double Max) Axis(RecyclabilityReport r, Criterion c)
    {
        var values = r.Elements.SelectMany(x =>
        {
            var sp = x.Selection.CriterionSpread.TryGetValue(c, out var s) ? s : null;
            return new[] { x.Selection.Central[c], sp?.P5, sp?.P95 };
        }).Where(v => v is { } x && double.IsFinite(x) && (!c.IsLogScaled() || x > 0)).Select(v => v!.Value).ToArray();
        return values.Length == 0 ? (double.NaN, double.NaN) : (values.Min(), values.Max());
    }

    internal static string Value(Criterion c, double v) => c switch
    {
        Criterion.Recoverable => ReportFormat.SignificantTonnes(v),
        Criterion.DemandShare => ReportFormat.SmallPercent(v),
        Criterion.TechnologyReadiness => v.ToString("0.#", Inv),
        Criterion.SupplyRisk => v.ToString("0.00", Inv),
        _ when c.Unit() == "fraction" => ReportFormat.Percent(v),
        _ => v >= 100 ? v.ToString("#,0", Inv) : v.ToString("0.###", Inv),
    };

    private static void Gaps(HtmlBuilder h, RecyclabilityElement e, ReportText t)
    {
        h.Element("h3", t["Rc_DataGaps"]);
        var gaps = e.AllGaps();
        if (gaps.Count == 0) h.Element("p", t["Rc_NoGaps"], "note");
        else
        {
            h.Open("table", "gaps").HeaderRow(t["Rc_Source"], t["Rc_Parameter"], t["Notes"]);
            foreach (var g in gaps)
            {
                h.Open("tr").Element("td", g.Source is { } id ? SourceName(e, id, t) : t["Rc_ElementLevel"]).Element("td", t.Parameter(g.Parameter)).Open("td");
                h.Original(g.Note, t).Close("td").Close("tr").Line();
            }
            h.Close("table");
        }
        if (e.Selection.Central.Flags.Count > 0)
        {
            h.Element("h3", t["Rc_Flags"]).Open("ul");
            foreach (var f in e.Selection.Central.Flags) { h.Open("li"); h.Original(f, t).Close("li"); }
            h.Close("ul");
        }
    }
}
