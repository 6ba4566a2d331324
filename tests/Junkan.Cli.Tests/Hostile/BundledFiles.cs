using System.Security.Cryptography;

namespace Junkan.Cli.Tests.Hostile;

/// <summary>SHA-256 of every file under the repository's data/ and config/: a hostile case must change none of them, nor add or remove one.</summary>
internal static class BundledFiles
{
    public static IReadOnlyDictionary<string, string> Snapshot()
    {
        string repo = CliRunner.RepoRoot();
        return new[] { "data", "config" }
            .SelectMany(f => Directory.EnumerateFiles(Path.Combine(repo, f), "*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(repo, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
    }

    /// <summary>The files added, removed or changed between two snapshots (empty when none).</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(k => !before.TryGetValue(k, out var a) || !after.TryGetValue(k, out var b) || a != b).Order().ToArray();
}
