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
        h.Element("p", $"{t["SettingsFile"]}: {r.Manifest.SettingsFile}", "meta");
        h.Open("table").HeaderRow(t["SettingKey"], t["SettingValue"]);
        foreach (var s in r.SettingRows) h.Open("tr").Open("td").Element("code", s.Key).Close("td").Element("td", s.Value).Close("tr").Line();
        h.Close("table").Element("h3", t["Cutoffs"]).Open("table").HeaderRow(t["Indicator"], t["CutoffHigh"], t["CutoffMid"]);
        foreach (var i in RiskIndicators.All)
        {
            var (high, mid) = ReportFormat.Cutoffs(i, r.Settings.CutoffsFor(i));
            h.Row(t.Indicator(i), high, mid);
        }
        h.Close("table").Close("section").Line();
    }

    /// <summary>The cited sources, one row per id, with the citation and its link.</summary>
    public static void Sources(HtmlBuilder h, IReadOnlyList<ReportSource> cited, ReportText t, string? intro = null)
    {
        h.Open("section", id: "sources").Element("h2", t["SourcesSection"]);
        if (intro is not null) h.Element("p", intro).Line();
        h.Open("table", "sources").HeaderRow(t["SourceId"], t["Citation"]);
        foreach (var s in cited)
        {
            h.Open("tr").Open("td").Element("code", s.Id, "source-id").Close("td").Open("td").Text(s.Citation);
            if (s.Url is { Length: > 0 } url) h.Raw(" ").Link(url, url);
            h.Close("td").Close("tr").Line();
        }
        h.Close("table").Close("section").Line();
    }

    /// <summary>What produced the report: code version, time, command, settings file, language and the input files with their hashes.</summary>
    public static void Manifest(HtmlBuilder h, RunManifest m, ReportText t)
    {
        h.Open("section", id: "manifest").Element("h2", t["Manifest"]).Element("p", t["ManifestIntro"]).Line()
         .Open("table").Row(t["CodeVersion"], m.CodeVersion).Row(t["GeneratedAt"], ReportFormat.Timestamp(m.GeneratedAt))
         .Row(t["Command"], m.Command).Row(t["SettingsFile"], m.SettingsFile).Row(t["Language"], t.Language).Close("table")
         .Element("h3", t["InputFiles"]).Open("table").HeaderRow(t["File"], t["Bytes"], t["Sha256"]);
        foreach (var f in m.Inputs)
            h.Open("tr").Element("td", f.Path).Element("td", f.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), "num")
             .Open("td").Element("code", f.Sha256).Close("td").Close("tr").Line();
        h.Close("table").Close("section").Line();
    }
}
