using Junkan.Reports.Flows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Flows;

/// <summary>
/// <c>GET /api/flows</c> (elements with a flow system), <c>GET /api/flows/{element}?year=&amp;scenario=</c> (every flow with
/// its range and sources, stocks, balance residuals, totals by year) and <c>GET /api/flows/{element}/sankey.svg</c>.
/// </summary>
internal static class FlowsApi
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/flows").WithTags("Flows");
        g.MapGet("/", List).WithSummary("Elements with a flow system (a group lists its members), the default year and the elements without one.");
        g.MapGet("/{element}", (string element, int? year, string? scenario, FlowViews v) =>
        {
            var (r, problem) = v.Get(element, year, scenario);
            return problem ?? Results.Ok(FlowDtoMapping.Of(r!));
        }).WithSummary("The flow system(s) of an element in a year: flows (t/y, 5–95 % range, sources), stocks, balance residuals, totals by year.")
            .Produces<FlowsDto>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status404NotFound);
        g.MapGet("/{element}/bottom-up", (string element, int? year, string? scenario, FlowViews v) =>
        {
            var (r, problem) = v.Get(element, year, scenario);
            return problem ?? Results.Ok(BottomUpDto.Of(r!));
        }).WithSummary("The bottom-up product systems (cars by powertrain, the appliance-law categories) against the top-down uses in the year, the summary years and the years of the published checks: t/y, difference, ratio, reading; the published checks (units, tonnes recovered) beside the model.")
            .Produces<BottomUpDto>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status404NotFound);
        g.MapGet("/{element}/sankey.svg", (string element, int? year, string? scenario, string? lang, string? member, FlowViews v) =>
        {
            var (r, problem) = v.Get(element, year, scenario);
            if (problem is not null) return problem;
            var e = r!.Systems.FirstOrDefault(s => member is null || s.System.Inputs.Element.Value.Equals(member, StringComparison.OrdinalIgnoreCase));
            if (e is null) return Hosting.Problems.NotFound("member", $"'{member}' is not a member of {r.Element}.");
            return Results.Content(SankeyDiagram.Svg(e.System, e.Year, lang == "ja" ? "ja" : "en"), "image/svg+xml; charset=utf-8");
        }).WithSummary("The Sankey diagram of the year as SVG (lang ja or en; member: one member of a group, default the first).");
    }

    private static IResult List(FlowViews v) => Results.Ok(new
    {
        year = v.DefaultYear,
        scenarios = FlowViews.Scenarios,
        elements = v.Targets(),
        gaps = v.Gaps().Select(x => new { element = x.Element, reason = x.Reason }),
    });
}
