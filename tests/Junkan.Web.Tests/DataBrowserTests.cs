using Microsoft.Playwright;

namespace Junkan.Web.Tests;

/// <summary>
/// End-to-end in Chromium: a malformed upload on the data page shows the file, row and column of the error and nothing
/// is offered for storing; a stored data set is put to use from the data page, every page then says so, and the banner
/// switches back to the bundled data.
/// </summary>
public sealed class DataBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Uploading_a_malformed_csv_shows_the_row_and_column_of_the_error()
    {
        var page = await browser.Open("/data?lang=en");
        await page.SelectOptionAsync("#upload-kind", "comtrade");
        string csv = Uploads.ComtradeHeader + "\nN.csv,2020,392,JPN,M,x,540,NCL,New Caledonia,2604,desc,lots,1,\n";
        await page.SetInputFilesAsync("#upload-file", new FilePayload { Name = "Comtrade_2020.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("#validate-upload");
        var cells = page.Locator("#upload-errors tbody tr").First.Locator("td");
        await cells.First.WaitForAsync();
        Assert.Equal(["Comtrade_2020.csv", "2", "NetWgt"], [await cells.Nth(0).InnerTextAsync(), await cells.Nth(1).InnerTextAsync(), await cells.Nth(2).InnerTextAsync()]);
        Assert.True(await page.IsDisabledAsync("#store-upload"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "data.en.png"), FullPage = true });
    }

    [Fact]
    public async Task A_stored_data_set_is_activated_on_the_data_page_and_the_banner_switches_back()
    {
        var page = await browser.Open("/data?lang=en");
        await page.SelectOptionAsync("#upload-kind", "comtrade");
        string csv = Uploads.ComtradeHeader + "\nNi.csv,2020,392,JPN,M,x,540,NCL,New Caledonia,2604,desc,1000000000,1,\nNi.csv,2020,392,JPN,M,x,608,PHL,Philippines,2604,desc,1000000000,1,\n";
        await page.SetInputFilesAsync("#upload-file", new FilePayload { Name = "Comtrade_Ni_2020.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.FillAsync("#dataset-name", "Ni ore browser");
        await page.ClickAsync("#validate-upload");
        await page.Locator("#upload-changes").WaitForAsync();
        await page.ClickAsync("#store-upload");
        await page.Locator("button.activate").First.WaitForAsync();
        await page.ClickAsync("button.activate");
        await page.Locator("#active-data[data-source=\"data-set\"]").WaitForAsync();
        Assert.Contains("“Ni ore browser” version 1", await page.InnerTextAsync("#active-data"), StringComparison.Ordinal);
        await page.GotoAsync(browser.BaseUrl + "/elements/Ni?lang=en");
        Assert.Equal("data-set", await page.GetAttributeAsync("#active-data", "data-source"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, "element-data-set.en.png") });
        await page.ClickAsync("#use-bundled");
        await page.Locator("#active-data[data-source=\"bundled\"]").WaitForAsync();
    }
}
