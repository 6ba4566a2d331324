using Junkan.Core.Risk;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Html;

/// <summary>The settings used, the cited sources and the run manifest.</summary>
internal static class AppendixSections
{
    public static void Write(HtmlBuilder h, RiskReport r, ReportText t)
    {
        Settings(h, r, t);
        Sources(h, r.CitedSources(), t);
        Manifest(h, r.Manifest, t);
    }

    private static void Settings(HtmlBuilder h, RiskReport r, ReportText t)
    {
        h.Open("section", id: "settings").Element("h2", t["Settings"]).Element("p", t["SettingsIntro"]).Line();
        h.Open("p", "meta").Text($"{t["SettingsFile"]}: ").Element("code", r.Manifest.SettingsFile).Close("p");
        h.Open("table").HeaderRow(t["SettingKey"], t["SettingValue"]);
        SettingRows(h, r.SettingRows);
        h.Close("table").Element("h3", t["Cutoffs"]).Open("table").HeaderRow(t["Indicator"], t["CutoffHigh"], t["CutoffMid"]);
        foreach (var i in RiskIndicators.All)
        {
            var (high, mid) = ReportFormat.Cutoffs(i, r.Settings.CutoffsFor(i));
            h.Row(t.Indicator(i), high, mid);
        }
        h.Close("table").Close("section").Line();
    }

    /// <summary>Setting rows: key and value as they are written in the settings file (literals the user types, so in <c>code</c>).</summary>
    public static void SettingRows(HtmlBuilder h, IEnumerable<SettingRow> rows)
    {
        foreach (var s in rows) h.Open("tr").Open("td").Element("code", s.Key).Close("td").Open("td").Element("code", s.Value).Close("td").Close("tr").Line();
    }

    /// <summary>The cited sources, one row per id, with the citation as published (its own language, marked as the original) and its link.</summary>
    public static void Sources(HtmlBuilder h, IReadOnlyList<ReportSource> cited, ReportText t, string? intro = null)
    {
        h.Open("section", id: "sources").Element("h2", t["SourcesSection"]);
        if (intro is not null) h.Element("p", intro).Line();
        h.Open("table", "sources").HeaderRow(t["SourceId"], t["Citation"]);
        foreach (var s in cited)
        {
            h.Open("tr").Open("td").Element("code", s.Id, "source-id").Close("td").Open("td", "orig").Text(s.Citation);
            if (s.Url is { Length: > 0 } url) h.Raw(" ").Link(url, url);
            h.Close("td").Close("tr").Line();
        }
        h.Close("table").Close("section").Line();
    }

    /// <summary>What produced the report: code version, time, command, settings file, language and the input files with their hashes.</summary>
    public static void Manifest(HtmlBuilder h, RunManifest m, ReportText t)
    {
        h.Open("section", id: "manifest").Element("h2", t["Manifest"]).Element("p", t["ManifestIntro"]).Line()
         .Open("table").Open("tr").Element("td", t["CodeVersion"]).Open("td").Element("code", m.CodeVersion).Close("td").Close("tr").Row(t["GeneratedAt"], ReportFormat.Timestamp(m.GeneratedAt))
         .Open("tr").Element("td", t["Command"]).Open("td").Element("code", m.Command).Close("td").Close("tr")
         .Open("tr").Element("td", t["SettingsFile"]).Open("td").Element("code", m.SettingsFile).Close("td").Close("tr")
         .Row(t["Language"], t.Language).Close("table")
         .Element("h3", t["InputFiles"]).Open("table").HeaderRow(t["File"], t["Bytes"], t["Sha256"]);
        foreach (var f in m.Inputs)
            h.Open("tr").Open("td").Element("code", f.Path).Close("td").Element("td", f.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), "num")
             .Open("td").Element("code", f.Sha256).Close("td").Close("tr").Line();
        h.Close("table").Close("section").Line();
    }
}
