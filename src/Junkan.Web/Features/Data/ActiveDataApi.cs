using Junkan.Web.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Junkan.Web.Features.Data;

/// <summary>
/// <c>/api/data/active</c>: which data the analyses read (the bundled data, or data set X version v, stored when, from
/// which file, with the tables it replaces), activating a stored version and switching back to the bundled data.
/// </summary>
internal static class ActiveDataApi
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/data").WithTags("Data");
        g.MapGet("/active", (DataContext d) => Results.Ok(d.Info))
            .WithSummary("The data every page and endpoint reads: source 'bundled' or 'data-set' with the stored version (name, version, file, when, who, changed tables).")
            .Produces<ActiveDataDto>();
        g.MapPost("/sets/{id}/activate", (string id, HttpContext h, ActiveData active) =>
            {
                var d = active.Activate(id, DocumentEndpoints.AuthorOf(h));
                ActiveDataHeader.Set(h, d);
                return Results.Ok(d.Info);
            }).WithSummary("Makes a stored data-set version the active data: the bundled data with its tables overlaid (the bundled files are never written).")
            .Produces<ActiveDataDto>().ProducesValidationProblem(StatusCodes.Status404NotFound);
        g.MapDelete("/active", (HttpContext h, ActiveData active) =>
            {
                var d = active.Deactivate(DocumentEndpoints.AuthorOf(h));
                ActiveDataHeader.Set(h, d);
                return Results.Ok(d.Info);
            }).WithSummary("Switches back to the bundled reference data.").Produces<ActiveDataDto>();
    }
}

/// <summary>Every response names the data it was computed from in the <c>Junkan-Data</c> header (<c>bundled</c> or <c>data-set id=… version=…</c>).</summary>
internal static class ActiveDataHeader
{
    public const string Name = "Junkan-Data";

    public static Task Add(HttpContext h, Func<Task> next)
    {
        Set(h, h.RequestServices.GetRequiredService<DataContext>());
        return next();
    }

    public static void Set(HttpContext h, DataContext d) => h.Response.Headers[Name] = d.Info.Header;
}
