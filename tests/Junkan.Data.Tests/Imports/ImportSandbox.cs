using System.Security.Cryptography;

namespace Junkan.Data.Tests.Imports;

/// <summary>
/// A temporary copy of data/reference and of the vendored MCS 2023 and 2024 releases, for importers to run against
/// (never the repository's data), with a snapshot of every reference file to prove that a failing import changed nothing.
/// </summary>
public sealed class ImportSandbox : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("junkan-import-").FullName;
    public string Reference => Path.Combine(Root, "reference");
    private readonly Dictionary<string, string> snapshot;

    public ImportSandbox()
    {
        Copy(TestPaths.ReferenceFolder(), Reference);
        foreach (var r in new[] { "mcs2023", "mcs2024" })
            foreach (var sub in new[] { "world", "salient" })
                Copy(TestPaths.Raw("usgs-mcs", r, sub), Path.Combine(Root, r, sub));
        snapshot = Hashes(Reference);
    }

    public string Release(string name) => Path.Combine(Root, name);

    /// <summary>A file of a release copy, e.g. ("mcs2024", "world", "mcs2024-cobal_world.csv").</summary>
    public string RawFile(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Every reference file is byte-identical to the bundled one, and no file was added or left behind.</summary>
    public void AssertReferenceUnchanged() => Assert.Equal(snapshot, Hashes(Reference));

    /// <summary>Every reference file is byte-identical to the copy's snapshot.</summary>
    public bool ReferenceUnchanged() => snapshot.SequenceEqual(Hashes(Reference));

    public void Dispose() => Directory.Delete(Root, true);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
    }

    private static Dictionary<string, string> Hashes(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
