using System.Text.Json;
using Junkan.Web.Features.Shared;
using Junkan.Web.Hosting;
using Junkan.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Policy;

/// <summary><c>/api/policy</c>: evaluate a scenario (JSON in the scenario-file format), and the saved scenarios (versioned) with their outcomes.</summary>
internal static class PolicyApi
{
    public const string Prefix = "/api/policy/scenarios";

    public static void Map(WebApplication app)
    {
        app.MapPost("/api/policy/evaluate", (JsonElement scenario, int? year, ScenarioEvaluator evaluator) =>
            {
                var (outcome, problem) = evaluator.Evaluate(scenario, year);
                return problem ?? Results.Ok(outcome);
            }).WithTags("Policy")
            .WithSummary("The six indicators before and after the measures (upstream, smelter, substitution, recycling), and each measure's effect alone.");

        var g = DocumentEndpoints.Map(app, Prefix, DocumentKinds.PolicyScenario,
            (doc, http) => http.RequestServices.GetService(typeof(ScenarioEvaluator)) is ScenarioEvaluator e ? e.Evaluate(doc, null).Problem : null);
        g.WithTags("Policy");
        g.MapGet("/{id}/outcome", (string id, int? year, SqliteStore s, ScenarioEvaluator evaluator) =>
        {
            if (s.Get(DocumentKinds.PolicyScenario, id) is not { } d) return Problems.NotFound("id", $"No scenario {id}.");
            var (outcome, problem) = evaluator.Evaluate(d.Body, year);
            return problem ?? Results.Ok(outcome);
        });
    }
}
