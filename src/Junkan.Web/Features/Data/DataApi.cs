using Junkan.Application;
using Junkan.Web.Features.Shared;
using Junkan.Web.Hosting;
using Junkan.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Data;

/// <summary>
/// <c>/api/data</c>: validate an upload (multipart: <c>kind</c>, <c>file</c>) without storing anything, store a valid
/// one as the next version of a named user data set (one transaction), list and read the stored versions and the
/// tables they change, and download the Excel template.
/// </summary>
internal static class DataApi
{
    public const string TemplateFile = "junkan-import-template.xlsx";

    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/data").WithTags("Data");
        g.MapPost("/validate", async (HttpContext h, UploadValidation v, CancellationToken ct) => await Validate(h, v, ct) switch
        {
            (_, { } problem, _) => problem,
            (var r, _, _) => Results.Ok(r),
        }).DisableAntiforgery().WithSummary("Validates an upload (comtrade, customs, usgs CSV or the Excel template): errors with file, row and column; nothing is stored.");
        g.MapPost("/sets", async (HttpContext h, UploadValidation v, SqliteStore s, CancellationToken ct) =>
        {
            var (r, problem, bytes) = await Validate(h, v, ct);
            if (problem is not null) return problem;
            if (!r!.Valid) return Invalid(r);
            string name = h.Request.Form["name"].ToString().Trim() is { Length: > 0 } n ? n : r.File;
            if (name.Length > 120 || name.Any(char.IsControl)) return Problems.Field("name", "name: at most 120 characters, no control characters.");
            var set = s.SaveDataSet(name, r, bytes!, DocumentEndpoints.AuthorOf(h));
            return Results.Created($"/api/data/sets/{set.Id}", set);
        }).DisableAntiforgery().WithSummary("Validates an upload and stores it as the next version of a user data set (file, who, when, changed tables) in one transaction.");
        g.MapGet("/sets", (SqliteStore s) => Results.Ok(s.DataSets())).WithSummary("The stored data-set versions, newest first.");
        g.MapGet("/sets/{id}", (string id, SqliteStore s) => s.DataSet(id) is { } d ? Results.Ok(d) : Problems.NotFound("id", $"no data set '{id}'."));
        g.MapGet("/sets/{id}/tables/{table}", (string id, string table, SqliteStore s) =>
            s.DataSetTables(id).TryGetValue(table, out var body) ? Results.Text(body, "text/csv; charset=utf-8") : Problems.NotFound("table", $"data set '{id}' changes no table '{table}'."))
            .WithSummary("A reference table as the data set changes it (CSV, the bundled table with the upload applied).");
        g.MapGet("/template.xlsx", () => Results.File(ImportTemplate.Build(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TemplateFile))
            .WithSummary("The Excel template of import shares (sheets imports and sources).");
    }

    /// <summary>The problem of a refused import: every error names file, row and column.</summary>
    private static IResult Invalid(UploadResult r) => Results.ValidationProblem(
        new Dictionary<string, string[]> { ["file"] = [.. r.Errors.Select(e => e.Message)] }, title: r.Errors.Count > 0 ? r.Errors[0].Message : "invalid upload",
        extensions: new Dictionary<string, object?> { ["uploadErrors"] = r.Errors });

    private static async Task<(UploadResult? Result, IResult? Problem, byte[]? Bytes)> Validate(HttpContext h, UploadValidation v, CancellationToken ct)
    {
        if (!h.Request.HasFormContentType) return (null, Problems.Field("file", "send the upload as multipart/form-data with the fields kind and file.", 415), null);
        var form = await h.Request.ReadFormAsync(ct);
        if (UploadKind.Of(form["kind"]) is not { } kind)
            return (null, Problems.Field("kind", $"kind is one of {string.Join(", ", UploadKind.All.Select(k => k.Key))}."), null);
        if (form.Files.GetFile("file") is not { } file) return (null, Problems.Field("file", "no file in the field 'file'."), null);
        try
        {
            UploadChecks.Size(file.Length);
            using var ms = new MemoryStream();
            await file.CopyToAsync(ms, ct);
            byte[] bytes = ms.ToArray();
            return (v.Validate(kind, file.FileName, file.ContentType, bytes), null, bytes);
        }
        catch (UploadRejected e) { return (null, Rejected(e), null); }
    }

    private static IResult Rejected(UploadRejected e) => Results.ValidationProblem(
        new Dictionary<string, string[]> { [e.Field] = [e.Message] }, title: e.Message, statusCode: e.Status,
        extensions: new Dictionary<string, object?> { ["row"] = e.Row, ["column"] = e.Column });

    /// <summary>The validation service on the workspace's reference folder.</summary>
    public static UploadValidation Service(Workspace w) => new(w.Catalogue.ReferenceFolder);
}
