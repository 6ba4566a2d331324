using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Networks;

/// <summary><c>GET /api/networks/cases</c> and <c>POST /api/networks/{case}/plan</c> (a write: it needs the API key when one is configured).</summary>
internal static class NetworksApi
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/networks").WithTags("Networks");
        g.MapGet("/cases", (NetworkViews v) => Results.Ok(v.Cases())).WithSummary("The bundled recycling-network cases.");
        g.MapPost("/{case}/plan", async (string @case, NetworkPlanRequest? body, NetworkViews v, CancellationToken cancel) =>
        {
            var (q, problem) = v.Check(@case, body ?? new NetworkPlanRequest());
            return problem ?? Results.Ok(await v.Plan(@case, q!, cancel));
        }).WithSummary("Solves a case (hubs, carbon price JPY/t CO2e, time limit ≤ 20 s): opened sites, flows, cost, CO2, solver status and gap.")
            .Produces<NetworkPlanDto>().ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status404NotFound);
    }
}
