using Junkan.Application;
using Junkan.Application.Structure;
using Junkan.Web.Hosting;
using Junkan.Web.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Structure;

/// <summary>
/// <c>GET /api/structure/example</c> (the bundled example analysed), <c>GET /api/structure/example.yaml</c> (the file
/// to start from) and <c>POST /api/structure</c> (ratings as JSON, or a structure file as multipart field <c>file</c>
/// with an optional <c>threshold</c>): problem details name the field, or the file, line and cell.
/// </summary>
internal static class StructureApi
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/structure").WithTags("Structure");
        g.MapGet("/example", (HttpContext h, string? threshold, Workspace w) => Results.Ok(StructureViews.Dto(StructureViews.Example(w, threshold), Text.For(h))))
            .WithSummary("DEMATEL and ISM on the bundled example (Li-ion batteries and e-scrap; the ratings are an example of the method, not findings).")
            .Produces<StructureDto>().ProducesValidationProblem();
        g.MapGet("/example.yaml", (Workspace w) => Results.File(IssueStructure.ExamplePath(w.Catalogue.DataFolder), "application/yaml; charset=utf-8", "lib-issues-example.yaml"))
            .WithSummary("The bundled example structure file, to edit.");
        g.MapPost("", async (HttpContext h, CancellationToken ct) => await Post(h, ct)).DisableAntiforgery()
            .WithSummary("DEMATEL and ISM on your ratings: JSON {factors, experts, threshold} or a structure file (multipart field 'file').")
            .Accepts<StructureInput>("application/json", "multipart/form-data").Produces<StructureDto>().ProducesValidationProblem();
    }

    private static async Task<IResult> Post(HttpContext h, CancellationToken ct)
    {
        var t = Text.For(h);
        if (h.Request.HasFormContentType)
        {
            var form = await h.Request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file) return Problems.Field("file", "no file in the field 'file'.");
            if (file.Length > StructureViews.MaxFileBytes) return Problems.Field("file", $"the file has {file.Length:N0} bytes; the limit is {StructureViews.MaxFileBytes:N0}.", StatusCodes.Status413PayloadTooLarge);
            using var reader = new StreamReader(file.OpenReadStream());
            string text = await reader.ReadToEndAsync(ct);
            string? threshold = form["threshold"].ToString() is { Length: > 0 } th ? th : null;
            return Results.Ok(StructureViews.Dto(IssueStructure.Run(Path.GetFileName(file.FileName), text, threshold), t));
        }
        if (h.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
            return Problems.Field("body", "send JSON {factors, experts, threshold} or multipart/form-data with the field 'file'.", StatusCodes.Status415UnsupportedMediaType);
        StructureInput? body;
        try { body = await h.Request.ReadFromJsonAsync<StructureInput>(ct); }
        catch (System.Text.Json.JsonException j)
        {
            string field = j.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "body";
            return Problems.Field(field, $"{field}: not valid JSON here ({j.Message.Split('.')[0]}); ratings are numbers 0..4.");
        }
        var (c, problem) = StructureViews.FromInput(body);
        return problem ?? Results.Ok(StructureViews.Dto(IssueStructure.Analyse(c!, body!.Threshold is { Length: > 0 } th2 ? th2 : null), t));
    }
}
