using System.Text.Json;
using Microsoft.Playwright;

namespace Junkan.Web.Tests;

/// <summary>
/// axe-core (vendor/axe-core, npm axe-core 4.11.0, MPL-2.0; tests only) on every page in both languages, after the
/// page's script has drawn: any violation of the WCAG 2.1 A/AA rules fails the test with rule, impact and elements.
/// </summary>
public sealed class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string Axe = Path.Combine(AppContext.BaseDirectory, "vendor", "axe-core", "axe.min.js");

    public static TheoryData<string> Pages => new()
    {
        "/?lang=en", "/?lang=ja", "/elements/Nd?lang=en", "/elements/Co?lang=ja", "/policy?lang=en", "/policy?lang=ja",
        "/selection?lang=en", "/selection?lang=ja", "/flows?element=Cu&lang=en", "/flows?element=Cu&lang=ja",
        "/networks?lang=en", "/networks?lang=ja", "/data?lang=en", "/data?lang=ja", "/exports?lang=en", "/exports?lang=ja",
        "/structure?lang=en", "/structure?lang=ja",
        "/stocks?lang=en", "/stocks?lang=ja",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_no_axe_violations(string path)
    {
        var page = await browser.Open(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var violations = await Violations(page);
        string shot = new([.. path.TrimStart('/').Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '_')]);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"a11y.{(shot.Length > 0 ? shot : "overview")}.png"), FullPage = true });
        Assert.True(violations.Length == 0, $"{path}: {violations.Length} axe violations:\n" + string.Join("\n", violations));
    }

    /// <summary>The check itself can fail: a page without lang, an unlabelled input, an image without alt and grey-on-white text.</summary>
    [Fact]
    public async Task The_check_reports_known_violations()
    {
        var page = await browser.Open("/static/app.css");
        await page.SetContentAsync("<!doctype html><html><head><title>x</title></head><body><main><img src=\"x.png\"><input type=\"text\"><p style=\"color:#ccc\">faint</p></main></body></html>");
        var ids = (await Violations(page)).Select(v => JsonSerializer.Deserialize<JsonElement>(v).GetProperty("id").GetString()).ToArray();
        Assert.Superset(new HashSet<string?> { "html-has-lang", "image-alt", "label", "color-contrast" }, ids.ToHashSet());
    }

    private static async Task<string[]> Violations(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Axe });
        string json = await page.EvaluateAsync<string>("""
            async () => JSON.stringify((await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
              .violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) })))
            """);
        return [.. JsonSerializer.Deserialize<JsonElement>(json).EnumerateArray().Select(v => v.ToString())];
    }
}
