using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Localization;

/// <summary>The page labels in one language (Resources/Labels.resx, Labels.ja.resx; generated from labels.tsv).</summary>
public sealed class Text
{
    private static readonly ResourceManager Resources = new("Junkan.Web.Resources.Labels", typeof(Text).Assembly);
    public const string Cookie = "junkan-lang";

    public static IReadOnlyList<string> Languages { get; } = ["ja", "en"];

    private Text(string language)
    {
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
    }

    public string Language { get; }
    public CultureInfo Culture { get; }

    public static Text Of(string language) => new(Languages.Contains(language) ? language : "ja");

    /// <summary>The label of a key; a missing key is a programming error and throws.</summary>
    public string this[string key] => Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"No web label '{key}'.");

    /// <summary>Every label (for the scripts of the page).</summary>
    public IReadOnlyDictionary<string, string> All()
    {
        var set = Resources.GetResourceSet(CultureInfo.InvariantCulture, true, true)!;
        return set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToDictionary(k => k, k => this[k]);
    }

    /// <summary>The language of a request: <c>?lang=</c> (remembered in a cookie), else the cookie, else Accept-Language, else Japanese.</summary>
    public static Text For(HttpContext http)
    {
        string? asked = http.Request.Query["lang"];
        if (asked is not null && Languages.Contains(asked))
        {
            http.Response.Cookies.Append(Cookie, asked, new CookieOptions { SameSite = SameSiteMode.Lax, HttpOnly = true, MaxAge = TimeSpan.FromDays(365) });
            return Of(asked);
        }
        if (http.Request.Cookies[Cookie] is { } c && Languages.Contains(c)) return Of(c);
        var accept = http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(a => a.Quality ?? 1).Select(a => a.Value.Value ?? "");
        return Of(accept.FirstOrDefault(a => a.StartsWith("ja", StringComparison.OrdinalIgnoreCase) || a.StartsWith("en", StringComparison.OrdinalIgnoreCase))?[..2].ToLowerInvariant() ?? "ja");
    }
}
