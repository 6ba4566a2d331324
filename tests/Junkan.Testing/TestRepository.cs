using Junkan.Application;

namespace Junkan.Testing;

/// <summary>Paths of the repository seen from the test binaries, found once by the application's <see cref="RepositoryLocator"/>.</summary>
public static class TestRepository
{
    private static readonly Lazy<string> RootFolder = new(() => RepositoryLocator.Find(AppContext.BaseDirectory));

    /// <summary>The repository root (holds data/, config/, tests/).</summary>
    public static string Root => RootFolder.Value;

    /// <summary>A path below the repository root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>data/reference, the bundled reference tables.</summary>
    public static string Reference => Path("data", "reference");

    /// <summary>A path under data/raw (the vendored public files).</summary>
    public static string Raw(params string[] parts) => Path(["data", "raw", .. parts]);

    /// <summary>The golden files of a test project: tests/&lt;project&gt;/Golden.</summary>
    public static string Golden(string project) => Path("tests", project, "Golden");

    /// <summary>The default catalogue of the bundled data and settings.</summary>
    public static DataCatalogue Catalogue => DataCatalogue.Locate(Reference, Path("config", "risk-settings.json"));
}
