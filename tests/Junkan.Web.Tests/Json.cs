using System.Net.Http.Json;
using System.Text.Json;

namespace Junkan.Web.Tests;

/// <summary>Reading JSON responses.</summary>
internal static class Json
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpResponseMessage, Task<JsonElement>> Parsed = [];

    /// <summary>The body as JSON, read once per response (a test server's body stream can be read only once).</summary>
    public static Task<JsonElement> Read(this HttpResponseMessage r) => Parsed.GetValue(r, m => m.Content.ReadFromJsonAsync<JsonElement>());

    /// <summary>The messages of a problem-details field (empty when absent).</summary>
    public static async Task<string[]> Errors(this HttpResponseMessage r, string field)
    {
        var p = await r.Read();
        return p.TryGetProperty("errors", out var e) && e.TryGetProperty(field, out var m) ? [.. m.EnumerateArray().Select(x => x.GetString()!)] : [];
    }

    public static StringContent Body(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
