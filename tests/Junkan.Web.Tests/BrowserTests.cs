using Microsoft.Playwright;

namespace Junkan.Web.Tests;

/// <summary>End-to-end in Chromium: the overview, the language switch, the policy tool's live update, the element page's charts.</summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = true });

    [Fact]
    public async Task Overview_renders_the_heat_table_and_filters_it()
    {
        var page = await browser.Open("/?lang=en");
        var rows = page.Locator("#heat tbody tr");
        Assert.True(await rows.CountAsync() >= 20, "rows");
        Assert.True(await page.Locator("#ranking-table tbody tr").CountAsync() >= 5, "ranking rows");
        await Shot(page, "overview.en");
        await page.FillAsync("#filter", "cobalt");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#heat tbody tr')].filter(r => !r.hidden).length === 1");
        Assert.Equal("Co", await page.Locator("#heat tbody tr:not([hidden]) th").InnerTextAsync());
        await page.ClickAsync("#heat thead th:nth-child(8) button");
        Assert.Equal("ascending", await page.GetAttributeAsync("#heat thead th:nth-child(8)", "aria-sort"));
    }

    [Fact]
    public async Task Language_switch_changes_the_labels_and_is_remembered()
    {
        var page = await browser.Open("/?lang=en");
        Assert.StartsWith("Overview", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await page.ClickAsync("#lang-switch");
        await page.WaitForSelectorAsync("html[lang=ja]");
        Assert.StartsWith("概要", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        await Shot(page, "overview.ja");
        await page.ClickAsync("nav a[href='/policy']");
        await page.WaitForSelectorAsync("html[lang=ja]");
        Assert.Equal("政策評価ツール", await page.InnerTextAsync("h1"));
    }

    [Fact]
    public async Task Policy_form_updates_the_table_and_the_radar()
    {
        var page = await browser.Open("/policy?lang=en");
        var cell = page.Locator("#policy-table td[data-indicator=production_concentration]").First;
        await cell.WaitForAsync();
        string before = await cell.InnerTextAsync();
        await page.FillAsync("input[name=added_mine_t]", "80000");
        await page.WaitForFunctionAsync("b => document.querySelector('#policy-table td[data-indicator=production_concentration]')?.innerText !== b", before);
        string after = await cell.InnerTextAsync();
        Assert.True(double.Parse(after.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
            < double.Parse(before.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), $"{after} < {before}");
        Assert.Equal(1, await page.Locator("#policy-radar canvas").CountAsync());
        await Shot(page, "policy.en");
    }

    [Fact]
    public async Task Element_page_draws_the_radar_and_the_price_history()
    {
        var page = await browser.Open("/elements/Nd?lang=ja");
        await page.WaitForSelectorAsync("#radar canvas");
        await page.WaitForSelectorAsync("#price canvas");
        Assert.Equal(6, await page.Locator("#indicators tbody tr").CountAsync());
        await Shot(page, "element-nd.ja");
    }
}
