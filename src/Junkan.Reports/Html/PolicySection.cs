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
        foreach (var o in r.Policies) Scenario(h, r, o, t);
        if (r.Policies.Count > 1) Comparison(h, r, t);
        h.Close("section").Line();
    }

    private static void Scenario(HtmlBuilder h, RiskReport r, PolicyOutcome o, ReportText t)
    {
        h.Element("h3", $"{t["Scenario"]}: {o.Scenario.Name}");
        if (o.Scenario.Description is { Length: > 0 } d) h.Element("p", d);
        h.Open("ul");
        foreach (var m in o.Scenario.Measures) h.Element("li", $"{m.Element} · {m.Kind} · {m.Label}");
        h.Close("ul").Line();
        foreach (var e in o.Elements) ElementOutcome(h, r, e, t);
    }

    private static void ElementOutcome(HtmlBuilder h, RiskReport r, ElementPolicyOutcome e, ReportText t)
    {
        string name = r.Elements.FirstOrDefault(x => x.Symbol == e.Element)?.Name(t.Language) ?? e.Element;
        h.Element("h4", $"{e.Element} {name}").Open("div", "element-body");
        h.Raw(RadarChart.Render($"{e.Element}: {t["Before"]} / {t["After"]}",
            [new RadarSeries(t["Legend_Before"], "series-before", e.Before.Radar), new RadarSeries(t["Legend_After"], "series-after", e.After.Radar)], t, r.Settings)).Line();
        h.Open("table").HeaderRow(t["Indicator"], t["Before"], t["After"], t["MovedBy"]);
        foreach (var i in RiskIndicators.All)
        {
            var b = e.Before.Get(i); var a = e.After.Get(i);
            var by = e.Effects.Where(x => x.Indicator == i).Select(x => x.Measure.Label).Distinct();
            h.Open("tr").Element("td", RiskAssessor.IsPriceExposure(a) ? t["Ind_5_Exposure"] : t.Indicator(i))
             .Element("td", $"{ReportFormat.Value(b, t)} ({ReportFormat.Level(b, t)})", ReportFormat.CssClass(b))
             .Element("td", $"{ReportFormat.Value(a, t)} ({ReportFormat.Level(a, t)})", ReportFormat.CssClass(a))
             .Element("td", string.Join("; ", by)).Close("tr").Line();
        }
        h.Close("table").Close("div");
        if (e.StockpileDays > 0) h.Element("p", $"{t["StockpileDays"]}: {ReportFormat.Number(e.StockpileDays)}", "meta");
    }

    private static void Comparison(HtmlBuilder h, RiskReport r, ReportText t)
    {
        h.Element("h3", t["Comparison"]).Open("table").HeaderRow([t["Element"], t["Indicator"], .. r.Policies.Select(o => o.Scenario.Name)]);
        foreach (var el in r.Policies.SelectMany(o => o.Elements.Select(e => e.Element)).Distinct())
            foreach (var i in RiskIndicators.All)
            {
                h.Open("tr").Element("td", el).Element("td", t.IndicatorShort(i));
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
