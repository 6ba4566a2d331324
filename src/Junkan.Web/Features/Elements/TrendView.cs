using Junkan.Application.Risk;
using Junkan.Core.Risk;
using Junkan.Reports.Localization;
using Junkan.Reports.Svg;

namespace Junkan.Web.Features.Elements;

/// <summary>The reports' trend chart (<see cref="ElementTrendChart"/>) for one element: ①..⑥ and the refining-stage ② by data year.</summary>
internal static class TrendView
{
    public static string Svg(RiskDetail detail, ElementSummary e, RiskSettings settings, string language) =>
        ElementTrendChart.Render(detail.Trend, e.Symbol, language == "ja" ? e.NameJa : e.NameEn, settings, new ReportText(language));
}
