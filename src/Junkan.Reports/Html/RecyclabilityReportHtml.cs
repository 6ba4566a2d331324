using System.Globalization;
using Junkan.Core.Selection;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Html;

/// <summary>
/// Renders a <see cref="RecyclabilityReport"/> as one self-contained HTML document (inline CSS and SVG, nothing
/// fetched): the selection (ranking with probability bars, reasons, weight sensitivity), one section per element
/// (quantities, uses, sources table, stacked chart of recoverable tonnes by source, criteria with uncertainty bars,
/// data gaps), settings, sources and the run manifest. Every row with a number names its sources in
/// <c>data-sources</c>. Deterministic for a given report and language.
/// </summary>
public static class RecyclabilityReportHtml
{
    public static string Render(RecyclabilityReport report, ReportText t)
    {
        var sel = report.Selection;
        var h = HtmlBuilder.Document(t.Language, string.Create(CultureInfo.InvariantCulture, $"{t["Rc_Title"]} {sel.Settings.Year}"), ReportStyle.Css + ReportStyle.RecyclabilityCss);
        h.Open("header").Element("h1", t["Rc_Title"]).Element("p", t["Rc_Subtitle"]).Line()
         .Open("p", "meta").Text(string.Create(CultureInfo.InvariantCulture, $"{t["AssessmentYear"]}: {sel.Settings.Year} · {t["Rc_ForecastYear"]}: {sel.Settings.ForecastYear} · {t["Scenario"]}: {t.StockScenario(sel.Scenario)} · " +
                       $"{t["Rc_Method"]}: {MethodName(sel.Settings, t)} · {t["Rc_Draws"]}: {sel.Draws} · {t["Rc_Seed"]}: {sel.Seed} · " +
                       $"{t["GeneratedAt"]}: {ReportFormat.Timestamp(report.Manifest.GeneratedAt)} · {t["CodeVersion"]}: ")).Element("code", report.Manifest.CodeVersion).Close("p")
         .Close("header").Line();
        Contents(h, report, t);
        SelectionSection.Write(h, report, t);
        foreach (var e in report.Elements) RecyclabilitySection.Write(h, report, e, t);
        RecyclabilityCheckSections.Comparisons(h, report, t);
        RecyclabilityCheckSections.UrbanMine(h, report, t);
        RecyclabilityCheckSections.Carbon(h, report, t);
        Network.NetworkMainSection.Write(h, report.Networks, t);
        Settings(h, report, t);
        AppendixSections.Sources(h, report.CitedSources(), t, t["Rc_SourcesIntro"]);
        AppendixSections.Manifest(h, report.Manifest, t);
        return h.Raw("</body>\n</html>\n").ToString();
    }

    internal static string MethodName(SelectionSettings s, ReportText t) =>
        t[s.Method == AggregationMethod.Topsis ? "Rc_Method_Topsis" : "Rc_Method_WeightedSum"];

    private static void Contents(HtmlBuilder h, RecyclabilityReport r, ReportText t)
    {
        h.Open("nav").Element("h2", t["Contents"]).Open("ol");
        Item(h, "selection", t["Rc_Selection"]);
        Item(h, "sensitivity", t["Rc_Sensitivity"]);
        foreach (var e in r.Elements) Item(h, RecyclabilitySection.Id(e), $"{t.Symbol(e.Symbol)} {e.Name(t.Language)}");
        Item(h, RecyclabilityCheckSections.ComparisonsId, t["Rc_CmpAll"]);
        Item(h, RecyclabilityCheckSections.UrbanMineId, t["Rc_Nims"]);
        Item(h, RecyclabilityCheckSections.CarbonId, t["Rc_Co2"]);
        if (r.Networks.Count > 0) Item(h, Network.NetworkMainSection.Id, t["Net_Section"]);
        Item(h, "settings", t["Settings"]);
        Item(h, "sources", t["SourcesSection"]);
        Item(h, "manifest", t["Manifest"]);
        h.Close("ol").Close("nav").Line();
    }

    private static void Item(HtmlBuilder h, string id, string text) => h.Open("li").Link("#" + id, text).Close("li");

    private static void Settings(HtmlBuilder h, RecyclabilityReport r, ReportText t)
    {
        h.Open("section", id: "settings").Element("h2", t["Settings"]).Element("p", t["Rc_SettingsIntro"]).Line();
        h.Open("p", "meta").Text($"{t["SettingsFile"]}: ").Element("code", r.Manifest.SettingsFile).Close("p");
        h.Open("table").HeaderRow(t["SettingKey"], t["SettingValue"]);
        AppendixSections.SettingRows(h, r.SettingRows);
        h.Close("table").Close("section").Line();
    }
}
