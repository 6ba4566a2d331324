namespace Junkan.Web.Tests;

/// <summary>The structure page in Chromium: editing a rating and recomputing redraws the table and the diagrams.</summary>
public sealed class StructureBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Editing_a_rating_and_recomputing_updates_the_results()
    {
        var page = await browser.Open("/structure?lang=en");
        Assert.True(await page.Locator("#structure-cause-effect svg").IsVisibleAsync());
        string before = await page.Locator("#structure-summary").InnerTextAsync();
        Assert.Contains("mean + 1 standard deviation", before, StringComparison.Ordinal);
        // An edited matrix is one expert's, not an example: the note goes and θ becomes the mean of T.
        await page.Locator("#structure-ratings input[data-i='0'][data-j='1']").FillAsync("0");
        await page.Locator("#structure-recompute").ClickAsync();
        await page.WaitForSelectorAsync("#structure-status.ok");
        string after = await page.Locator("#structure-summary").InnerTextAsync();
        Assert.Contains("Experts: 1", after, StringComparison.Ordinal);
        Assert.Contains("mean of T", after, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#structure-example").CountAsync());
        Assert.Equal("0", await page.Locator("#structure-ratings input[data-i='0'][data-j='1']").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "structure-recomputed.en.png"), FullPage = true });
    }

    [Fact]
    public async Task A_bad_rating_shows_the_cell_in_an_alert()
    {
        var page = await browser.Open("/structure?lang=ja");
        await page.Locator("#structure-ratings input[data-i='2'][data-j='0']").FillAsync("9");
        await page.Locator("#structure-recompute").ClickAsync();
        await page.WaitForSelectorAsync("#structure-status.error");
        Assert.Contains("experts[0][2][0]", await page.Locator("#structure-status").InnerTextAsync(), StringComparison.Ordinal);
    }
}
