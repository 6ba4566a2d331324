using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Hosting;

/// <summary>
/// When an API key is configured, every write (POST, PUT, PATCH, DELETE) must carry it in the <c>X-Api-Key</c> header
/// (401 otherwise); reads stay open. Without a key the app only listens on loopback (<see cref="ServeOptions.Checked"/>).
/// </summary>
internal sealed class ApiKeyGuard(RequestDelegate next, ServeOptions options)
{
    public const string Header = "X-Api-Key";

    public Task InvokeAsync(HttpContext context)
    {
        if (options.ApiKey is not { Length: > 0 } key || !IsWrite(context.Request.Method)) return next(context);
        string given = context.Request.Headers[Header].ToString();
        if (CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key))) return next(context);
        return Problems.Field(Header, $"Write requests need the API key in the {Header} header.", StatusCodes.Status401Unauthorized).ExecuteAsync(context);
    }

    private static bool IsWrite(string method) => HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
}
