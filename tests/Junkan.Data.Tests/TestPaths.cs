namespace Junkan.Data.Tests;

/// <summary>Paths of the repository seen from the test binaries.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds data/reference/sources.csv.</summary>
    public static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "data", "reference", "sources.csv"))) return d.FullName;
        throw new InvalidOperationException("data/reference not found above the test binaries");
    }

    public static string ReferenceFolder() => Path.Combine(RepositoryRoot(), "data", "reference");

    /// <summary>A path under data/raw (the vendored public files).</summary>
    public static string Raw(params string[] parts) => Path.Combine([RepositoryRoot(), "data", "raw", .. parts]);
}
