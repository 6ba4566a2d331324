using System.Text.Json;
using Junkan.Application;
using Junkan.Application.Selection;
using Junkan.Core.Selection;
using Junkan.Web.Features.Shared;
using Junkan.Web.Hosting;
using Junkan.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Selection;

/// <summary><c>/api/selection</c>: defaults, the default ranking, background runs (start, progress, cancel, saved) and weight sets (versioned).</summary>
internal static class SelectionApi
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/selection").WithTags("Selection");
        g.MapGet("/defaults", (Workspace w) => Defaults(w.Recyclability.Settings))
            .WithSummary("The default weights, missing-data rule and method, the criterion keys and the draw limit.");
        g.MapGet("/ranking", (SelectionViews views) => Results.Ok(views.Default))
            .WithSummary("The selection ranking with probabilities under the default settings (1,000 draws, seed 1).");
        g.MapPost("/runs", (JsonElement body, SelectionRuns runs, SqliteStore store) =>
        {
            var (request, problem) = Parse(body, store);
            if (problem is not null) return problem;
            return runs.Start(request!) is { } state
                ? Results.Accepted($"/api/selection/runs/{state.Id}", state)
                : Problems.Field("runs", $"{SelectionRuns.MaxActive} runs are in progress; wait for one or cancel it.", StatusCodes.Status429TooManyRequests);
        }).WithSummary("Starts a Monte Carlo selection run in the background (202); poll it for progress.");
        g.MapGet("/runs", (SqliteStore store) => Results.Ok(store.Runs().Select(r => new { r.Id, r.Status, r.Started, r.Finished, r.Request })))
            .WithSummary("Saved runs, newest first.");
        g.MapGet("/runs/{id}", (string id, SelectionRuns runs) => runs.Get(id) is { } s ? Results.Ok(s) : Problems.NotFound("id", $"No run {id}."));
        g.MapDelete("/runs/{id}", (string id, SelectionRuns runs) =>
            runs.Cancel(id) ? Results.Accepted($"/api/selection/runs/{id}", runs.Get(id))
            : runs.Get(id) is null ? Problems.NotFound("id", $"No run {id}.")
            : Problems.Conflict("id", $"Run {id} has already finished."))
            .WithSummary("Cancels a run in progress.");
        DocumentEndpoints.Map(app, "/api/selection/weight-sets", DocumentKinds.WeightSet, (doc, _) =>
        {
            var v = new Validation();
            SelectionChoice.From(doc, v).Validate(v);
            foreach (var p in doc.EnumerateObject())
                v.Check(p.Name is "name" or "description" or "weights" or "missing" or "method", p.Name, $"'{p.Name}' is not a field of a weight set (name, description, weights, missing, method).");
            return v.Result;
        }).WithTags("Selection");
    }

    private static object Defaults(SelectionSettings s) => new
    {
        Weights = Criteria.All.ToDictionary(c => c.Key(), s.Weight),
        Missing = s.Missing.ToString().ToLowerInvariant(),
        Method = s.Method == AggregationMethod.Topsis ? "topsis" : "weighted-sum",
        s.SelectCount,
        s.Year,
        Criteria = Criteria.All.Select(c => c.Key()),
        MaxDraws = SelectionRequest.MaxDraws,
    };

    /// <summary>Reads draws (default 1,000), seed (default 1), scenario and the choices, or those of a saved weight set (<c>weightSet</c>).</summary>
    internal static (RunRequest? Request, IResult? Problem) Parse(JsonElement body, SqliteStore store)
    {
        if (body.ValueKind != JsonValueKind.Object) return (null, Problems.Field("body", "a JSON object is required."));
        var v = new Validation();
        int draws = Int(body, "draws", 1000, v), seed = Int(body, "seed", 1, v);
        v.Check(draws is >= 0 and <= SelectionRequest.MaxDraws, "draws", $"draws {draws}: write 0..{SelectionRequest.MaxDraws:N0}.");
        string? scenario = body.TryGetProperty("scenario", out var sc) && sc.ValueKind == JsonValueKind.String ? sc.GetString() : null;
        v.Check(scenario is null or { Length: > 0 and <= 64 }, "scenario", "scenario: a product scenario name of at most 64 characters.");
        var choice = SelectionChoice.From(body, v);
        if (body.TryGetProperty("weightSet", out var ws) && ws.ValueKind == JsonValueKind.String)
        {
            if (store.Get(DocumentKinds.WeightSet, ws.GetString()!) is { } set) choice = SelectionChoice.From(set.Body, v);
            else v.Add("weightSet", $"No weight set {ws.GetString()}.");
        }
        choice.Validate(v);
        if (choice.Weights is { Count: > 0 } w && w.Values.Sum() <= 0 && w.Count == Criteria.All.Count) v.Add("weights", "All weights are 0: at least one criterion must count.");
        return v.Result is { } bad ? (null, bad) : (new RunRequest(draws, seed, scenario, choice), null);
    }

    private static int Int(JsonElement body, string key, int fallback, Validation v)
    {
        if (!body.TryGetProperty(key, out var p) || p.ValueKind == JsonValueKind.Null) return fallback;
        if (p.TryGetInt32(out int i)) return i;
        v.Add(key, $"{key}: a whole number is required.");
        return fallback;
    }
}
