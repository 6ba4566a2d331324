using System.Text.Json;
using Junkan.Web.Hosting;
using Junkan.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Junkan.Web.Features.Shared;

/// <summary>An update: the version the client read and the new document (409 when the stored version has moved on).</summary>
public sealed record DocumentUpdate(int? Version, JsonElement Document);

/// <summary>A stored document as the API returns it.</summary>
public sealed record DocumentDto(string Id, string Name, int Version, DateTimeOffset Created, DateTimeOffset Updated, JsonElement Document)
{
    public static DocumentDto Of(StoredDocument d) => new(d.Id, d.Name, d.Version, d.Created, d.Updated, d.Body);
}

/// <summary>
/// List, create, read, update (with the version check), delete and history of one kind of user document. Every
/// write is validated by <c>validate</c> first (null = valid), so nothing invalid is stored.
/// </summary>
internal static class DocumentEndpoints
{
    public const string UserHeader = "X-User";

    public static RouteGroupBuilder Map(WebApplication app, string prefix, string kind, Func<JsonElement, HttpContext, IResult?> validate)
    {
        var g = app.MapGroup(prefix);
        g.MapGet("/", (SqliteStore s) => Results.Ok(s.List(kind).Select(DocumentDto.Of)));
        g.MapGet("/{id}", (string id, SqliteStore s) => s.Get(kind, id) is { } d ? Results.Ok(DocumentDto.Of(d)) : Missing(id));
        g.MapGet("/{id}/history", (string id, SqliteStore s) => s.Get(kind, id) is null ? Missing(id) : Results.Ok(s.Versions(id)));
        g.MapPost("/", (JsonElement document, SqliteStore s, HttpContext http) =>
        {
            if (Check(document, http, validate) is { } bad) return bad;
            var d = s.Create(kind, NameOf(document), document, Author(http));
            return Results.Created($"{prefix}/{d.Id}", DocumentDto.Of(d));
        });
        g.MapPut("/{id}", (string id, DocumentUpdate update, SqliteStore s, HttpContext http) =>
        {
            if (update.Version is not { } version) return Problems.Field("version", "version: the version you read is required (optimistic check).");
            if (Check(update.Document, http, validate) is { } bad) return bad;
            var (outcome, current) = s.Update(kind, id, version, NameOf(update.Document), update.Document, Author(http));
            return outcome switch
            {
                UpdateOutcome.Updated => Results.Ok(DocumentDto.Of(current!)),
                UpdateOutcome.NotFound => Missing(id),
                _ => Problems.Conflict("version", $"version {version} is stale: the stored version is {current!.Version} (changed {current.Updated:u}); reload, merge and save again."),
            };
        });
        g.MapDelete("/{id}", (string id, SqliteStore s) => s.Delete(kind, id) ? Results.NoContent() : Missing(id));
        return g;
    }

    private static IResult? Check(JsonElement document, HttpContext http, Func<JsonElement, HttpContext, IResult?> validate)
    {
        if (document.ValueKind != JsonValueKind.Object) return Problems.Field("document", "the document is a JSON object.");
        if (NameOf(document) is not { Length: > 0 and <= 120 }) return Problems.Field("name", "name: 1 to 120 characters are required.");
        if (Author(http) is { Length: > 64 }) return Problems.Field(UserHeader, $"{UserHeader}: at most 64 characters.");
        return validate(document, http);
    }

    private static string NameOf(JsonElement d) =>
        d.ValueKind == JsonValueKind.Object && d.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";

    /// <summary>The author of a write: the <c>X-User</c> header (≤ 64 characters), if any.</summary>
    internal static string? AuthorOf(HttpContext http) => Author(http) is { Length: <= 64 } a ? a : null;

    private static string? Author(HttpContext http) => http.Request.Headers[UserHeader] is { Count: > 0 } v ? v.ToString() : null;

    private static IResult Missing(string id) => Problems.NotFound("id", $"No document {id}.");
}
