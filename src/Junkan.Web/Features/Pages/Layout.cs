using System.Net;
using System.Text;
using System.Text.Json;
using Junkan.Web.Features.Data;
using Junkan.Web.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Junkan.Web.Features.Pages;

/// <summary>The page frame: navigation, language switch, the no-script note and the scripts.</summary>
internal static class Layout
{
    /// <summary>Navigation entries: path and label key.</summary>
    public static IReadOnlyList<(string Path, string Label)> Nav { get; } =
    [
        ("/", "NavOverview"), ("/policy", "NavPolicy"), ("/selection", "NavSelection"),
        ("/stocks", "NavStocks"), ("/flows", "NavFlows"), ("/networks", "NavNetworks"), ("/structure", "NavStructure"), ("/data", "NavData"), ("/exports", "NavExports"),
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Labels = new(StringComparer.Ordinal);

    /// <summary>The page data of a script already serialised as the layout serialises (<see cref="Serialize"/>), e.g. cached per data version.</summary>
    public sealed record PageJson(string Text);

    /// <summary>The JSON of page data, as <see cref="Page"/> writes it (HTML-sensitive characters escaped).</summary>
    public static PageJson Serialize(object? data) => new(JsonSerializer.Serialize(data, Json));

    /// <summary>Every label of a language as JSON, built once per language (about 2.5 ms a page before).</summary>
    private static string LabelsJson(Text t) => Labels.GetOrAdd(t.Language, _ => JsonSerializer.Serialize(t.All(), Json));

    /// <summary>The culture of every number and date in the HTML (the labels carry the language).</summary>
    public static readonly System.Globalization.CultureInfo Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static readonly Reports.Localization.ReportText ReportJa = new("ja"), ReportEn = new("en");

    /// <summary>The report labels in the page's language (units, stages, symbols shared with the reports).</summary>
    public static Reports.Localization.ReportText Report(Text t) => t.Language == "ja" ? ReportJa : ReportEn;

    /// <summary>An element's symbol as the reports show it (Graphite is C).</summary>
    public static string Symbol(Text t, string symbol) => Report(t).Symbol(symbol);

    /// <summary>HTML-encodes text.</summary>
    public static string H(string? s) => WebUtility.HtmlEncode(s ?? "");

    /// <summary>A complete page: <paramref name="body"/> inside main, <paramref name="data"/> as JSON for <paramref name="script"/>.</summary>
    public static IResult Page(HttpContext http, Text t, string title, string active, string body, string? script = null, object? data = null)
    {
        var nav = new StringBuilder();
        foreach (var (path, label) in Nav)
            nav.Append(Inv, $"<li><a href=\"{path}\"{(path == active ? " aria-current=\"page\"" : "")}>{H(t[label])}</a></li>");
        string other = t.Language == "ja" ? "en" : "ja";
        string here = http.Request.Path + QueryWithout(http, "lang");
        string sep = here.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        string scripts = script is null ? "<script src=\"/static/app.js\"></script>" :
            $"<script id=\"page-data\" type=\"application/json\">{(data is PageJson raw ? raw.Text : JsonSerializer.Serialize(data, Json))}</script>" +
            $"<script id=\"labels\" type=\"application/json\">{LabelsJson(t)}</script>" +
            "<script src=\"/static/vendor/echarts/echarts.min.js\"></script><script src=\"/static/app.js\"></script>" +
            $"<script src=\"/static/{script}.js\"></script>";
        string html = $"""
            <!doctype html>
            <html lang="{t.Language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{H(title)} · {H(t["AppName"])}</title><link rel="stylesheet" href="/static/app.css"></head>
            <body>
            <a class="skip" href="#main">{H(t["SkipToContent"])}</a>
            <header><div class="brand"><a href="/">{H(t["AppName"])}</a><span>{H(t["Tagline"])}</span></div>
            <nav aria-label="main"><ul>{nav}</ul></nav>
            <div class="lang">{H(t["Language"])}: <a id="lang-switch" href="{H(here + sep + "lang=" + other)}" hreflang="{other}" lang="{other}">{(other == "ja" ? "日本語" : "English")}</a></div></header>
            {ActiveDataBanner(http, t)}
            <noscript><p class="noscript">{H(t["NoScript"])}</p></noscript>
            <main id="main"><h1>{H(title)}</h1>
            {body}
            </main>
            {scripts}
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>Which data the page was computed from, with the way back to the bundled data (a button where scripts run, the data page always).</summary>
    private static string ActiveDataBanner(HttpContext http, Text t)
    {
        var info = http.RequestServices.GetRequiredService<DataContext>().Info;
        if (info.DataSet is not { } d)
            return $"<p id=\"active-data\" class=\"active-data\" data-source=\"bundled\">{H(t["ActiveData"])}: {H(t["ActiveDataBundled"])} · <a href=\"/data\">{H(t["ChangeData"])}</a></p>";
        string tables = string.Join(", ", d.Changes.Select(c => c.Table));
        string text = string.Format(Inv, t["ActiveDataSet"], d.Name, d.Version, d.Created.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Inv), d.FileName, tables);
        return $"<p id=\"active-data\" class=\"active-data overlay\" data-source=\"data-set\" data-id=\"{H(d.Id)}\" data-version=\"{d.Version}\">{H(t["ActiveData"])}: {H(text)} · " +
               $"<a href=\"/data\">{H(t["ChangeData"])}</a> <button type=\"button\" id=\"use-bundled\" class=\"use-bundled\">{H(t["UseBundledData"])}</button></p>";
    }

    private static string QueryWithout(HttpContext http, string key)
    {
        var kept = http.Request.Query.Where(q => q.Key != key).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}").ToArray();
        return kept.Length == 0 ? "" : "?" + string.Join('&', kept);
    }

    /// <summary>
    /// English text computed by the domain (notes, reasons): as it is on an English page; on a Japanese page folded
    /// under 「原文 (英語)」 with <c>lang="en"</c>, as the reports mark their originals, so the page reads in Japanese.
    /// </summary>
    public static string Original(Text t, string? english) => string.IsNullOrEmpty(english) ? "" : t.Language == "ja"
        ? $"<details class=\"orig\"><summary>{H(t["OriginalEnglish"])}</summary><span lang=\"en\">{H(english)}</span></details>"
        : H(english);

    /// <summary>A number for a table cell: significant digits, invariant, or a dash.</summary>
    public static string N(double? v) => v is not { } x ? "–" : Math.Abs(x) >= 1000 ? x.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
        : x.ToString("G3", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage.</summary>
    public static string Pct(double? v) => v is not { } x ? "–" : (x * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " %";

    /// <summary>The level label and CSS class of a level (or n/a).</summary>
    public static (string Label, string Css) Level(Text t, string? level) => level is null ? (t["Level_None"], "lvl-none") : (t[$"Level_{level}"], $"lvl-{level.ToLowerInvariant()}");
}
