using System.Globalization;
using Junkan.Core.Selection;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Html;

/// <summary>The selection: ranking with scores, intervals and probability bars; the reasons of the selected elements; the weight sensitivity chart and table.</summary>
internal static class SelectionSection
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(HtmlBuilder h, RecyclabilityReport r, ReportText t)
    {
        var sel = r.Selection;
        h.Open("section", id: "selection").Element("h2", t["Rc_Selection"]);
        h.Element("p", string.Format(t.Culture, t["Rc_SelectionIntro"], RecyclabilityReportHtml.MethodName(sel.Settings, t),
            sel.Settings.SelectCount, sel.Draws, sel.Seed, t[sel.Settings.Missing == MissingValuePolicy.Neutral ? "Rc_Missing_Neutral" : "Rc_Missing_Worst"])).Line();
        Ranking(h, r, t);
        h.Element("h3", t["Rc_Reasons"]).Open("ul", "reasons");
        foreach (var e in r.Elements.Where(e => e.Selection.Selected))
            h.Raw("<li data-sources=\"").Text(string.Join(" ", r.ScoreSources(e))).Raw("\">").Element("strong", t.Symbol(e.Symbol)).Text(": " + Reason(e, sel.Draws, t)).Close("li").Line();
        h.Close("ul").Close("section").Line();
        Sensitivity(h, r, t);
    }

    /// <summary>The reason of an element in the report's language.</summary>
    public static string Reason(RecyclabilityElement e, int draws, ReportText t) =>
        string.Join(t.Language == "ja" ? "。" : "; ", SelectionReasons.Parts(e.Selection, draws).Select(t.Reason)) + (t.Language == "ja" ? "。" : ".");

    /// <summary>
    /// The ranking as <c>select</c> prints it: per element the score, interval, probability and mean rank, the weighted
    /// criteria without data, the central rank under the other missing-data rule, whether the rank rests on gaps and
    /// where the rank order and the selection differ; a legend below says how to read the gap columns.
    /// </summary>
    private static void Ranking(HtmlBuilder h, RecyclabilityReport r, ReportText t)
    {
        var sel = r.Selection;
        var other = sel.Settings.Missing == MissingValuePolicy.Worst ? MissingValuePolicy.Neutral : MissingValuePolicy.Worst;
        string otherHeader = string.Format(t.Culture, t["Rc_OtherRuleRank"], RuleName(other, t));
        h.Open("table", "ranking").HeaderRow(t["Rc_Rank"], t["Element"], t["Rc_Score"], t["Rc_ScoreInterval"], t["Rc_Probability"], t["Rc_MeanRank"],
            t["Rc_SelectedCol"], t["Rc_Recoverable"], t["Rc_DemandShare"], t["Rc_GapCriteria"], otherHeader, t["Rc_RankNote"], t["Sources"]);
        foreach (var e in r.Elements)
        {
            var s = e.Selection;
            var sources = r.ScoreSources(e);
            h.OpenRow(sources, s.Selected ? "selected" : null).Num(s.Rank.ToString(Inv)).Open("td").Link("#" + RecyclabilitySection.Id(e), $"{t.Symbol(e.Symbol)} {e.Name(t.Language)}").Close("td")
             .Num(s.Score.ToString("0.000", Inv)).Num(Interval(s.ScoreSpread, x => x.ToString("0.000", Inv)))
             .Open("td").Raw($"<span class=\"bar\"><span style=\"width:{(s.SelectionProbability * 100).ToString("0.#", Inv)}%\"></span></span>")
             .Text(ReportFormat.Percent(s.SelectionProbability)).Close("td")
             .Num(s.MeanRank.ToString("0.0", Inv)).Element("td", t[s.Selected ? "Rc_Selected" : "Rc_NotSelected"])
             .Num(s.Central.Recoverable is { } rec ? ReportFormat.SignificantTonnes(rec) : t["Rc_NoValue"])
             .Num(s.Central[Criterion.DemandShare] is { } d ? ReportFormat.SmallPercent(d) : t["Rc_NoValue"]);
            var g = sel.Gaps.GetValueOrDefault(e.Symbol);
            h.Element("td", g is null ? "" : string.Join(t.Japanese ? "、" : ", ", g.Missing.Select(t.Criterion)), "gap")
             .Element("td", g?.OtherRank.ToString(Inv) ?? "", g is { } x && x.OtherRank != s.Rank ? "num gap" : "num")
             .Element("td", RankNote(r, e, g, t), g?.RestsOnGaps == true ? "gap" : "note")
             .Open("td", "note").Open("details").Element("summary", sources.Count.ToString(Inv)).Text(string.Join(", ", sources)).Close("details").Close("td").Close("tr").Line();
        }
        h.Close("table");
        h.Element("p", string.Format(t.Culture, t["Rc_GapLegend"], RuleName(sel.Settings.Missing, t), t[$"Rc_ScoreMissing_{sel.Settings.Missing}"], otherHeader,
            GapEffect.RankShift, sel.Settings.SelectCount), "note").Line();
    }

    private static string RuleName(MissingValuePolicy p, ReportText t) => t[p == MissingValuePolicy.Neutral ? "Rc_Missing_Neutral" : "Rc_Missing_Worst"];

    /// <summary>"Rank rests on gaps" and the order note of <see cref="SelectionResult.OrderNote"/>, in the page's language.</summary>
    private static string RankNote(RecyclabilityReport r, RecyclabilityElement e, GapEffect? g, ReportText t)
    {
        var s = e.Selection;
        string? order = r.Selection.OrderNote(s) is null ? null
            : string.Format(t.Culture, t[s.Selected ? "Rc_OrderNoteSelected" : "Rc_OrderNoteNotSelected"], s.Rank, r.Selection.Settings.SelectCount, ReportFormat.Percent(s.SelectionProbability));
        return string.Join(t.Japanese ? "。" : "; ", new[] { g?.RestsOnGaps == true ? t["Rc_RestsOnGaps"] : null, order }.Where(x => x is not null));
    }

    /// <summary>"P5–P95" of a spread in the given format; empty without draws.</summary>
    internal static string Interval(Spread s, Func<double, string> format) =>
        s.P5 is { } a && s.P95 is { } b ? $"{format(a)}–{format(b)}" : "";

    private static void Sensitivity(HtmlBuilder h, RecyclabilityReport r, ReportText t)
    {
        var sel = r.Selection;
        int top = Math.Min(sel.Settings.SelectCount, r.Elements.Count);
        h.Open("section", id: "sensitivity").Element("h2", t["Rc_Sensitivity"]).Element("p", t["Rc_SensitivityIntro"]).Line();
        var rows = r.Elements.Select(e =>
        {
            var all = sel.Sensitivity.SelectMany(s => s.Ranks.TryGetValue(e.Symbol, out var ranks) ? ranks : []).Append(e.Selection.Rank).ToArray();
            return new RankRange(t.Symbol(e.Symbol), e.Selection.Rank, all.Min(), all.Max(), e.Selection.Selected);
        }).ToArray();
        h.Raw($"<figure data-sources=\"{RecyclabilityReport.SettingsSourceId}\">").Raw(RankRangeChart.Render(t["Rc_Sensitivity"], t["Rc_RankAxis"], rows, top)).Raw("</figure>").Line();
        h.Element("h3", string.Format(t.Culture, t["Rc_SensitivityTable"], top));
        var baseTop = r.Elements.Where(e => e.Selection.Rank <= top).Select(e => e.Symbol).ToHashSet();
        var changes = sel.Sensitivity.SelectMany(s => s.Factors.Select((factor, f) =>
        {
            var newTop = s.Ranks.Where(kv => kv.Value[f] <= top).Select(kv => kv.Key).ToHashSet();
            var order = r.Elements.Select(e => e.Symbol);
            string Names(IEnumerable<string> symbols) => string.Join(", ", symbols.Select(t.Symbol));
            return (s.Criterion, Factor: factor, Enters: Names(order.Where(x => newTop.Contains(x) && !baseTop.Contains(x))),
                Leaves: Names(order.Where(x => baseTop.Contains(x) && !newTop.Contains(x))));
        })).Where(c => c.Enters.Length > 0 || c.Leaves.Length > 0).ToArray();
        if (changes.Length == 0) { h.Element("p", t["Rc_NoChange"], "note").Close("section").Line(); return; }
        h.Open("table", "sensitivity").HeaderRow(t["Rc_Criterion"], t["Rc_Factor"], string.Format(t.Culture, t["Rc_Enters"], top), string.Format(t.Culture, t["Rc_Leaves"], top));
        foreach (var c in changes)
            h.Open("tr").Element("td", t.Criterion(c.Criterion)).Element("td", "× " + c.Factor.ToString("0.##", Inv))
             .Element("td", c.Enters.Length > 0 ? c.Enters : "–").Element("td", c.Leaves.Length > 0 ? c.Leaves : "–").Close("tr").Line();
        h.Close("table").Close("section").Line();
    }
}
