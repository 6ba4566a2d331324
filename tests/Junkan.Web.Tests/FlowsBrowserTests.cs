namespace Junkan.Web.Tests;

/// <summary>The flows and networks pages in Chromium: the Sankey is drawn, the charts render.</summary>
public sealed class FlowsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Flows_page_shows_the_sankey_and_the_totals_chart()
    {
        var page = await browser.Open("/flows?element=Cu&year=2024&lang=en");
        var sankey = page.Locator("#sankey-Cu svg");
        Assert.True(await sankey.IsVisibleAsync());
        var box = await sankey.BoundingBoxAsync();
        Assert.True(box is { Width: > 400, Height: > 200 }, $"{box?.Width}x{box?.Height}");
        await page.WaitForSelectorAsync("#totals-Cu canvas");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "flows-cu.en.png"), FullPage = true });
    }

    [Fact]
    public async Task Networks_page_draws_the_site_chart()
    {
        var page = await browser.Open("/networks?case=lib-japan&lang=ja");
        await page.WaitForSelectorAsync("#network-chart canvas");
        Assert.True(await page.Locator("#opened-sites tbody tr").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "networks-lib.ja.png"), FullPage = true });
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task Networks_page_draws_the_cost_co2_front(string lang)
    {
        var page = await browser.Open($"/networks?case=aluminium-japan&objective=pareto&lang={lang}");
        await page.WaitForSelectorAsync("#pareto-chart canvas");
        Assert.Equal(5, await page.Locator("#pareto tbody tr").CountAsync());
        Assert.Equal("pareto", await page.Locator("#network-objective").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"networks-pareto.{lang}.png"), FullPage = true });
    }
}
