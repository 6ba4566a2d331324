using System.Text.Json;
using Junkan.Core.Inputs;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Junkan.Web.Hosting;

/// <summary>
/// Turns an exception into problem details: the user's errors (<see cref="InputException"/>, malformed JSON, a body
/// over the limit) name the field or place, with 400, 404 or 413; anything else is Junkan's bug, 500 without details.
/// </summary>
internal static class ProblemMapping
{
    public static async Task Handle(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, field, message) = Classify(error);
        if (status == StatusCodes.Status500InternalServerError)
            Log.InternalError(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Junkan.Web"), error, context.Request.Path);
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = status,
            Title = status == StatusCodes.Status500InternalServerError ? "Internal error (Junkan's bug; see the server log)." : message,
        };
        context.Response.StatusCode = status;
        await Results.Problem(problem).ExecuteAsync(context);
    }

    internal static (int Status, string Field, string Message) Classify(Exception? e) => e switch
    {
        NotInDataException n when FieldOf(n) is "symbol" or "id" => (StatusCodes.Status404NotFound, FieldOf(n), n.Message),
        InputException i => (StatusCodes.Status400BadRequest, FieldOf(i), i.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } b => (b.StatusCode, "body", b.Message),
        BadHttpRequestException { InnerException: JsonException j } => (StatusCodes.Status400BadRequest, JsonField(j), j.Message),
        BadHttpRequestException b => (b.StatusCode, BoundField(b.Message), b.Message),
        _ => (StatusCodes.Status500InternalServerError, "server", "Internal error."),
    };

    /// <summary>The column or key of an input error, else its place (an option name such as --element becomes element).</summary>
    private static string FieldOf(InputException e) => e.Column ?? e.Place.TrimStart('-');

    /// <summary>The parameter of a binding failure (<c>Failed to bind parameter "int? year" from "abc".</c> → <c>year</c>), else <c>body</c>.</summary>
    private static string BoundField(string message) =>
        System.Text.RegularExpressions.Regex.Match(message, "parameter \"(?:[^\"]* )?(\\w+)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m
            ? m.Groups[1].Value : "body";

    /// <summary>The JSON path of a deserialisation error without the <c>$.</c> prefix (<c>$.draws</c> → <c>draws</c>).</summary>
    private static string JsonField(JsonException j) => j.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "body";
}
