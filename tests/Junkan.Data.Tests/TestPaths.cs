namespace Junkan.Data.Tests;

/// <summary>Paths of the repository seen from the test binaries.</summary>
internal static class TestPaths
{
    public static string ReferenceFolder()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "data", "reference", "sources.csv"))) return Path.Combine(d.FullName, "data", "reference");
        throw new InvalidOperationException("data/reference not found above the test binaries");
    }
}
