using System.Globalization;
using Junkan.Core.Risk;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Html;

/// <summary>One element: its radar, the table of indicator results (value, unit, level, year, sources, proxy, notes) and the input data.</summary>
internal static class ElementSection
{
    public static string Id(ReportElement e) => "el-" + e.Symbol;

    public static void Write(HtmlBuilder h, RiskReport r, ReportElement e, ReportText t)
    {
        string title = $"{t.Symbol(e.Symbol)} {e.Name(t.Language)}";
        h.Open("section", "element", Id(e)).Element("h2", title).Line().Open("div", "element-body");
        h.Raw(RadarChart.Render(title, [new RadarSeries(t["Legend_Baseline"], "series-baseline", e.Profile.Radar)], t, r.Settings)).Line();
        ResultsTable(h, e.Profile.Radar, e.Profile.Supplementary, t);
        h.Close("div").Element("p", t["RadarCaption"], "note").Line();
        TrendSection.Write(h, e, r.Settings, t);
        if (e.Lists.Count > 0)
        {
            h.Open("div", "meta").Text(t["Lists"] + ": ").Open("ul", "lists");
            foreach (var l in e.Lists)
            {
                h.Open("li").Text($"{t.List(l.List)}: {t.Membership(l.Member)} [{l.SourceId}]");
                if (t.Japanese) h.Original(l.Note, t);
                else if (l.Note.Length > 0) h.Text($" ({l.Note})");
                h.Close("li");
            }
            h.Close("ul").Close("div");
        }
        if (e.Eu.Count > 0)
            h.Element("p", $"{t["EuReference"]}: {OverviewSection.EuText(e, t)} ({string.Join(", ", e.Eu.Select(x => OverviewSection.Material(x.Material, e, t)))}; {e.Eu[0].SourceId}). {t["EuNote"]}", "meta");
        InputsSection.Write(h, r, e, t);
        h.Close("section").Line();
    }

    /// <summary>Indicator results with value, unit, level, data year, sources, proxy label and notes.</summary>
    public static void ResultsTable(HtmlBuilder h, IEnumerable<IndicatorResult> radar, IEnumerable<IndicatorResult> supplementary, ReportText t)
    {
        h.Open("table", "results").HeaderRow(t["Indicator"], t["Stage"], t["Value"], t["Unit"], t["Level"], t["DataYear"], t["Sources"], t["Notes"]);
        foreach (var (res, label) in radar.Select(r => (r, t.Indicator(r.Indicator))).Concat(supplementary.Select(r => (r, t["RefineryConcentration"]))))
        {
            h.Open("tr").Element("td", label).Element("td", res.Stage is { } s ? t.Stage(s) : "")
             .Element("td", ReportFormat.Value(res, t), "num").Element("td", res.Value is null ? "" : t.Unit(res.Indicator))
             .Element("td", ReportFormat.Level(res, t), ReportFormat.CssClass(res)).Element("td", res.Year?.ToString(CultureInfo.InvariantCulture) ?? "")
             .Element("td", string.Join(", ", res.Sources)).Open("td");
            if (res.ProxyLabel is { } p) h.LabelledNote(t["Proxy"], p, t, "proxy", labelInEnglish: true);
            foreach (var n in res.Notes) h.LabelledNote(NoteKind(res, n, t), n, t);
            h.Close("td").Close("tr").Line();
        }
        h.Close("table");
    }

    /// <summary>What a note of an indicator result is about, in the page's language (the note itself is English free text).</summary>
    internal static string NoteKind(IndicatorResult res, string note, ReportText t) =>
        note.StartsWith("Cross-check", StringComparison.Ordinal) ? t["NoteKind_CrossCheck"]
        : note.StartsWith(RiskAssessor.PriceExposureNote, StringComparison.Ordinal) ? t["NoteKind_Exposure"]
        : t[res.Status switch { IndicatorStatus.NoData => "NoteKind_NoData", IndicatorStatus.NotApplicable => "NoteKind_NotApplicable", _ => "NoteKind_Method" }];
}
