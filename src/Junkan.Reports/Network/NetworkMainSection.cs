using Junkan.Reports.Html;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Network;

/// <summary>
/// The recycling-network section of the recyclability report: one subsection per bundled national case (supply with the
/// published figures, solver status and gap, opened sites, cost, revenue with payables, CO2e, appraisal, map).
/// </summary>
internal static class NetworkMainSection
{
    public const string Id = "networks";

    public static void Write(HtmlBuilder h, IReadOnlyList<NetworkReport> networks, ReportText text)
    {
        if (networks.Count == 0) return;
        var t = new NetworkLabels(text.Language);
        h.Open("section", id: Id).Element("h2", t["Section"]).Element("p", t["SectionIntro"]).Element("p", t["Labels"], "meta").Line();
        for (int i = 0; i < networks.Count; i++)
        {
            var r = networks[i];
            string name = r.Case.NameIn(t.Language);
            h.Open("section", id: CaseId(i)).Raw(name == r.Case.Name && t.Language == "ja" ? "<h3 lang=\"en\">" : "<h3>").Text(name).Close("h3").Line();
            NetworkReportHtml.Section(h, t, r, level: 4, seconds: false);
            h.Close("section").Line();
        }
        h.Close("section").Line();
    }

    public static string CaseId(int index) => $"network-{index + 1}";
}
