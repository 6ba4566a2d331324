using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Hosting;

/// <summary>Problem-details results that name the field at fault (RFC 9457, with an <c>errors</c> map of field to messages).</summary>
internal static class Problems
{
    public static IResult Field(string field, string message, int status = StatusCodes.Status400BadRequest) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, statusCode: status, title: message);

    public static IResult Of(IReadOnlyDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "One or more fields are invalid.");

    public static IResult NotFound(string field, string message) => Field(field, message, StatusCodes.Status404NotFound);

    public static IResult Conflict(string field, string message) => Field(field, message, StatusCodes.Status409Conflict);

    /// <summary>The status and the field messages of a problem result ("field: message ..."), for a page that shows the error in its HTML.</summary>
    public static (int Status, string Message) Describe(IResult? problem) => problem is Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult p
        ? (p.StatusCode, p.ProblemDetails is HttpValidationProblemDetails v ? string.Join(" ", v.Errors.SelectMany(kv => kv.Value)) : p.ProblemDetails.Title ?? "")
        : (StatusCodes.Status400BadRequest, "");
}

/// <summary>Collects field errors of one request; <see cref="Result"/> is null when there are none.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public Validation Check(bool ok, string field, string message)
    {
        if (!ok) Add(field, message);
        return this;
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public bool Ok => _errors.Count == 0;

    public IResult? Result => Ok ? null : Problems.Of(_errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
}
