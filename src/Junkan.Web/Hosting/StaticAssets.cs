using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Hosting;

/// <summary>Serves the files of wwwroot embedded in this assembly under <c>/static/</c> (ECharts, the scripts and the style sheet); nothing is fetched from elsewhere.</summary>
internal static class StaticAssets
{
    private static readonly Assembly Self = typeof(StaticAssets).Assembly;
    private static readonly HashSet<string> Names = [.. Self.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal))];

    public static void Map(WebApplication app) =>
        app.MapGet("/static/{**path}", (string path, HttpContext http) =>
        {
            string name = "wwwroot/" + path;
            if (!Names.Contains(name)) return Problems.NotFound("path", $"No static file {path}.");
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Stream(Self.GetManifestResourceStream(name)!, ContentType(path));
        }).ExcludeFromDescription();

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "text/plain; charset=utf-8",
    };
}
