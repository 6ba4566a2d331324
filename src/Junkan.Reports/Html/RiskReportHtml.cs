using System.Globalization;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Html;

/// <summary>
/// Renders a <see cref="RiskReport"/> as one self-contained HTML document (inline CSS and SVG, nothing fetched):
/// overview, one section per element (radar, values with units, years, sources, data gaps, input data), policy
/// scenarios, settings, sources and the run manifest. Deterministic for a given report and language.
/// </summary>
public static class RiskReportHtml
{
    public static string Render(RiskReport report, ReportText t)
    {
        var h = HtmlBuilder.Document(t.Language, string.Create(CultureInfo.InvariantCulture, $"{t["ReportTitle"]} {report.Year}"), ReportStyle.Css + ReportStyle.RadarCss);
        Header(h, report, t);
        Contents(h, report, t);
        OverviewSection.Write(h, report, t);
        foreach (var e in report.Elements) ElementSection.Write(h, report, e, t);
        if (report.Policies.Count > 0) PolicySection.Write(h, report, t);
        AppendixSections.Write(h, report, t);
        h.Raw("</body>\n</html>\n");
        return h.ToString();
    }

    private static void Header(HtmlBuilder h, RiskReport r, ReportText t)
    {
        h.Open("header").Element("h1", t["ReportTitle"]).Element("p", t["ReportSubtitle"]).Line()
         .Open("p", "meta")
         .Text(string.Create(CultureInfo.InvariantCulture, $"{t["AssessmentYear"]}: {r.Year} · {t["Settings"]}: {r.Settings.Name} · {t["GeneratedAt"]}: {ReportFormat.Timestamp(r.Manifest.GeneratedAt)} · {t["CodeVersion"]}: ")).Element("code", r.Manifest.CodeVersion)
         .Close("p").Close("header").Line();
    }

    private static void Contents(HtmlBuilder h, RiskReport r, ReportText t)
    {
        h.Open("nav").Element("h2", t["Contents"]).Open("ol");
        Item(h, "overview", t["Overview"]);
        foreach (var e in r.Elements) Item(h, ElementSection.Id(e), $"{t.Symbol(e.Symbol)} {e.Name(t.Language)}");
        if (r.Policies.Count > 0) Item(h, "policy", t["Policy"]);
        Item(h, "settings", t["Settings"]);
        Item(h, "sources", t["SourcesSection"]);
        Item(h, "manifest", t["Manifest"]);
        h.Close("ol").Close("nav").Line();
    }

    private static void Item(HtmlBuilder h, string id, string text) => h.Open("li").Link("#" + id, text).Close("li");
}
