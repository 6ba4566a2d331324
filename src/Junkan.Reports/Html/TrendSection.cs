using Junkan.Core.Risk;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Html;

/// <summary>The "indicators over time" part of an element section: the element's trend chart with heading and caption.</summary>
internal static class TrendSection
{
    public static void Write(HtmlBuilder h, ReportElement e, RiskSettings settings, ReportText t)
    {
        if (e.Trend is not { } trend) return;
        h.Open("div", "trend").Element("h3", t["TrendHeading"]).Line();
        h.Raw(ElementTrendChart.Render(trend, e.Symbol, e.Name(t.Language), settings, t)).Line();
        h.Element("p", t["TrendCaption"], "note").Close("div").Line();
    }
}
