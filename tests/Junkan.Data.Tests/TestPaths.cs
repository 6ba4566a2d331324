namespace Junkan.Data.Tests;

/// <summary>Paths of the repository seen from the test binaries.</summary>
internal static class TestPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds data/reference/sources.csv.</summary>
    public static string RepositoryRoot() => Junkan.Testing.TestRepository.Root;

    public static string ReferenceFolder() => Junkan.Testing.TestRepository.Reference;

    /// <summary>A path under data/raw (the vendored public files).</summary>
    public static string Raw(params string[] parts) => Junkan.Testing.TestRepository.Raw(parts);
}
