using Microsoft.Playwright;

namespace Junkan.Web.Tests;

/// <summary>End-to-end in Chromium: a malformed upload on the data page shows the file, row and column of the error; nothing is offered for storing.</summary>
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
}
