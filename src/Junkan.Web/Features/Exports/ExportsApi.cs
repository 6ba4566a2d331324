using System.Text;
using Junkan.Application.Reports;
using Junkan.Application.Selection;
using Junkan.Web.Features.Policy;
using Junkan.Web.Features.Selection;
using Junkan.Web.Hosting;
using Junkan.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Exports;

/// <summary>
/// <c>/api/exports/report</c>: the HTML report or the Excel workbook (risk or recyclability part, ja or en) for the
/// current scenario (a saved policy scenario, a saved weight set), built by <see cref="ReportGeneration"/>.
/// </summary>
internal static class ExportsApi
{
    public const int MaxExportDraws = 10_000;

    public static void Map(WebApplication app) =>
        app.MapGet("/api/exports/report", (string? part, string? lang, string? format, string? scenario, string? weightSet, int? draws,
            SqliteStore store, WorkspaceCache workspaces, CancellationToken cancel) =>
        {
            var v = new Validation()
                .Check(part is null or "risk" or "recyclability", "part", "part: risk or recyclability.")
                .Check(lang is null or "ja" or "en", "lang", "lang: ja or en.")
                .Check(format is null or "html" or "xlsx", "format", "format: html or xlsx.")
                .Check(draws is null or (>= 0 and <= MaxExportDraws), "draws", $"draws: 0..{MaxExportDraws:N0} for an export.");
            var policy = scenario is null ? null : store.Get(DocumentKinds.PolicyScenario, scenario);
            v.Check(scenario is null || policy is not null, "scenario", $"No saved policy scenario {scenario}.");
            var weights = weightSet is null ? null : store.Get(DocumentKinds.WeightSet, weightSet);
            v.Check(weightSet is null || weights is not null, "weightSet", $"No saved weight set {weightSet}.");
            var choice = weights is null ? SelectionChoice.Default : SelectionChoice.From(weights.Body, v);
            if (v.Result is { } bad) return bad;
            return Build(part ?? "risk", lang ?? "ja", format ?? "html", policy, draws ?? SelectionViews.DefaultDraws, workspaces.For(choice), cancel);
        }).WithTags("Exports").WithSummary("Downloads the HTML report or the Excel workbook of the risk or the recyclability part, in ja or en.");

    private static IResult Build(string part, string lang, string format, StoredDocument? policy, int draws, Application.Workspace w, CancellationToken cancel)
    {
        string? file = policy is null ? null : Path.Combine(Path.GetTempPath(), $"junkan-web-{Guid.NewGuid():n}.json");
        try
        {
            if (file is not null) File.WriteAllText(file, ScenarioEvaluator.OneMeasurePerLine(policy!.Body), new UTF8Encoding(false));
            var request = new ReportRequest("junkan serve (web export)", part == "risk" ? ReportParts.Risk : ReportParts.Recyclability, [lang])
            {
                PolicyScenarioFiles = file is null ? [] : [file],
                Selection = new SelectionRequest(draws, 1),
            };
            var files = new ReportGeneration(w, TimeProvider.System).Build(request, null, cancel);
            var (name, content) = files.First(f => f.Name.EndsWith("." + format, StringComparison.Ordinal));
            string type = format == "html" ? "text/html; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            return Results.File(content, type, name);
        }
        finally
        {
            if (file is not null) File.Delete(file);
        }
    }
}
