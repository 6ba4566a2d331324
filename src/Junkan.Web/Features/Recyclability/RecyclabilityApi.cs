using Junkan.Application.Recyclability;
using Junkan.Core.Inputs;
using Junkan.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Recyclability;

/// <summary><c>/api/recyclability</c>: the recyclability assessment of one element or all (central values).</summary>
internal static class RecyclabilityApi
{
    public static void Map(WebApplication app) =>
        app.MapGet("/api/recyclability", (string? element, string? scenario, int? year, RecyclabilityViews views, CancellationToken cancel) =>
        {
            var v = new Validation()
                .Check(year is null or (>= InputLimits.MinYear and <= InputLimits.MaxYear), "year", $"year {year}: write a year in {InputLimits.MinYear}..{InputLimits.MaxYear}.")
                .Check(element is null or { Length: > 0 and <= 16 }, "element", "element: a symbol such as Co or Nd.")
                .Check(scenario is null or { Length: > 0 and <= 64 }, "scenario", "scenario: a product scenario name of at most 64 characters.");
            if (v.Result is { } bad) return bad;
            return Results.Ok(element is null && scenario is null && year is null ? views.All : views.Run(new AssessmentRequest(element, scenario, year), cancel));
        }).WithTags("Recyclability").WithSummary("Recyclability (contained, recoverable, achievable t/y; criteria; outlook) of one element or all, for a product scenario and year.");
}
