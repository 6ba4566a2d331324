using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Junkan.Web.Tests;

/// <summary>
/// The real server on a free loopback port (Kestrel, its own SQLite file) and Debian's Chromium driven by Playwright
/// (the Playwright browser download does not work here; <c>.ci/run</c> installs <c>chromium</c>). Screenshots of the
/// pages go to <c>screenshots/</c> beside the test assembly (artifacts, not committed).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly string _store = Path.Combine(Path.GetTempPath(), $"junkan-web-browser-{Guid.NewGuid():n}.db");
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"{Chromium} is missing: apt-get install -y chromium (.ci/run does).");
        _app = JunkanServer.Build([], new ServeOptions { Port = 0, StoreFile = _store, DataFolder = Testing.TestRepository.Reference });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh page (own cookies) at <paramref name="path"/>, laptop-sized.</summary>
    public async Task<IPage> Open(string path)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 }, Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + path);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _store, _store + "-wal", _store + "-shm" }) File.Delete(f);
        foreach (var d in new[] { _store + ".settings", _store + ".overlays" })
            if (Directory.Exists(d)) Directory.Delete(d, true);
    }
}
