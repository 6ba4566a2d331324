using Junkan.Application;
using Junkan.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Junkan.Web.Tests;

/// <summary>
/// The web application in process (TestServer) with its own SQLite file, deleted on dispose; the bundled data are
/// opened once for all tests (the workspace is immutable).
/// </summary>
public sealed class WebHost : WebApplicationFactory<Program>
{
    private static readonly Lazy<Workspace> Shared = new(() => Workspace.Open(TestRepository.Catalogue));
    private readonly Dictionary<string, string?> _settings;

    public WebHost(params (string Key, string? Value)[] settings)
    {
        StoreFile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"junkan-web-test-{Guid.NewGuid():n}.db");
        _settings = settings.ToDictionary(s => s.Key, s => s.Value);
        _settings.TryAdd("Junkan:Store", StoreFile);
    }

    public string StoreFile { get; }

    public static Workspace Workspace => Shared.Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        builder.ConfigureServices(s => s.AddSingleton(new Features.Data.BundledData(Workspace)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { StoreFile, StoreFile + "-wal", StoreFile + "-shm" }) File.Delete(f);
        foreach (var d in new[] { StoreFile + ".settings", StoreFile + ".overlays" })
            if (Directory.Exists(d)) Directory.Delete(d, true);
    }
}
