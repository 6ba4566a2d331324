using Junkan.Core.Policy;
using Junkan.Core.Risk;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Html;

/// <summary>Policy scenarios: per element a before/after radar, the values before and after, which measure moved which indicator; then scenarios side by side.</summary>
internal static class PolicySection
{
    public static void Write(HtmlBuilder h, RiskReport r, ReportText t)
    {
        h.Open("section", id: "policy").Element("h2", t["Policy"]).Element("p", t["PolicyIntro"]).Line();
        foreach (var (o, n) in r.Policies.Select((o, i) => (o, i + 1))) Scenario(h, r, o, n, t);
        if (r.Policies.Count > 1) Comparison(h, r, t);
        h.Close("section").Line();
    }

    /// <summary>
    /// One scenario. Its name, description and measure labels are the user's English text: in a Japanese page the
    /// heading is "シナリオ n", each measure is named by its kind (METI's terms) and the user's text is kept as 原文 (英語).
    /// </summary>
    private static void Scenario(HtmlBuilder h, RiskReport r, PolicyOutcome o, int number, ReportText t)
    {
        h.Element("h3", ScenarioTitle(o, number, t));
        if (t.Japanese) h.LabelledNote(t["ScenarioName"], o.Scenario.Name, t, "meta");
        h.LabelledNote(t["ScenarioDescription"], o.Scenario.Description, t, "meta");
        h.Open("ul");
        foreach (var (m, i) in o.Scenario.Measures.Select((m, i) => (m, i + 1)))
        {
            h.Open("li").Text($"{MeasureName(m, i, t)} · {t.Symbol(m.Element)}");
            if (t.Japanese) h.Original(m.Label, t);
            h.Close("li");
        }
        h.Close("ul").Line();
        foreach (var e in o.Elements) ElementOutcome(h, r, o, e, t);
    }

    private static string ScenarioTitle(PolicyOutcome o, int number, ReportText t) =>
        t.Japanese ? $"{t["Scenario"]} {number}" : $"{t["Scenario"]}: {o.Scenario.Name}";

    /// <summary>A measure in the page's language: "n. kind" in Japanese (the label is the user's English), "kind · label" in English.</summary>
    private static string MeasureName(PolicyMeasure m, int number, ReportText t) =>
        t.Japanese ? $"{number}. {t.MeasureKind(m.Kind)}" : $"{m.Kind} · {m.Label}";

    private static void ElementOutcome(HtmlBuilder h, RiskReport r, PolicyOutcome o, ElementPolicyOutcome e, ReportText t)
    {
        string name = r.Elements.FirstOrDefault(x => x.Symbol == e.Element)?.Name(t.Language) ?? e.Element;
        h.Element("h4", $"{t.Symbol(e.Element)} {name}").Open("div", "element-body");
        h.Raw(RadarChart.Render($"{t.Symbol(e.Element)}: {t["Before"]} / {t["After"]}",
            [new RadarSeries(t["Legend_Before"], "series-before", e.Before.Radar), new RadarSeries(t["Legend_After"], "series-after", e.After.Radar)], t, r.Settings)).Line();
        h.Open("table").HeaderRow(t["Indicator"], t["Before"], t["After"], t["MovedBy"]);
        foreach (var i in RiskIndicators.All)
        {
            var b = e.Before.Get(i); var a = e.After.Get(i);
            var by = e.Effects.Where(x => x.Indicator == i).Select(x => x.Measure).Distinct()
                .Select(m => t.Japanese ? MeasureName(m, IndexOf(o, m), t) : m.Label);
            h.Open("tr").Element("td", RiskAssessor.IsPriceExposure(a) ? t["Ind_5_Exposure"] : t.Indicator(i))
             .Element("td", ReportFormat.ValueAndLevel(b, t), ReportFormat.CssClass(b))
             .Element("td", ReportFormat.ValueAndLevel(a, t), ReportFormat.CssClass(a))
             .Element("td", string.Join("; ", by)).Close("tr").Line();
        }
        h.Close("table").Close("div");
        if (e.StockpileDays > 0) h.Element("p", $"{t["StockpileDays"]}: {ReportFormat.Number(e.StockpileDays)}", "meta");
    }

    private static int IndexOf(PolicyOutcome o, PolicyMeasure m) => o.Scenario.Measures.ToList().IndexOf(m) + 1;

    private static void Comparison(HtmlBuilder h, RiskReport r, ReportText t)
    {
        h.Element("h3", t["Comparison"]).Open("table").HeaderRow([t["Element"], t["Indicator"], .. r.Policies.Select((o, i) => t.Japanese ? $"{t["Scenario"]} {i + 1}" : o.Scenario.Name)]);
        foreach (var el in r.Policies.SelectMany(o => o.Elements.Select(e => e.Element)).Distinct())
            foreach (var i in RiskIndicators.All)
            {
                h.Open("tr").Element("td", t.Symbol(el)).Element("td", t.IndicatorShort(i));
                foreach (var o in r.Policies)
                {
                    if (o.Elements.FirstOrDefault(e => e.Element == el) is { } e)
                        h.Element("td", ReportFormat.Level(e.After.Get(i), t), ReportFormat.CssClass(e.After.Get(i)), ReportFormat.Value(e.After.Get(i), t));
                    else h.Element("td", "-");
                }
                h.Close("tr").Line();
            }
        h.Close("table");
    }
}
