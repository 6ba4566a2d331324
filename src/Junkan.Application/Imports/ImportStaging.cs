using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Application.Imports;

/// <summary>The tables an import would change (file name → CSV text) and the loaded overlay they make with the bundled data.</summary>
public sealed record StagedImport(IReadOnlyDictionary<string, string> ChangedTables, ReferenceData Overlay);

/// <summary>
/// Validate-only mode of the import use cases: the import runs, with every import rule, into a private copy of the
/// reference folder, the copy is loaded as reference data (so the result must pass the same checks as the bundled
/// tables), the tables that differ are returned, and the copy is deleted. The reference folder is never written.
/// </summary>
public static class ImportStaging
{
    /// <summary>Runs <paramref name="import"/> against a copy of <paramref name="referenceFolder"/> (an input error propagates unchanged).</summary>
    public static StagedImport Run(string referenceFolder, ImportGuard guard, Action<ReferenceDataImport> import)
    {
        ArgumentNullException.ThrowIfNull(import);
        string staging = Directory.CreateTempSubdirectory("junkan-staging-").FullName;
        try
        {
            foreach (var f in Directory.GetFiles(referenceFolder)) File.Copy(f, Path.Combine(staging, Path.GetFileName(f)));
            import(ReferenceDataImport.Into(staging, guard));
            var overlay = ReferenceDataLoader.Load(staging);
            return new StagedImport(Changed(referenceFolder, staging), overlay);
        }
        finally { Directory.Delete(staging, true); }
    }

    /// <summary>Writes <paramref name="tables"/> (file name → text) over a copy of <paramref name="referenceFolder"/> and loads it: the overlay of a stored data set.</summary>
    public static StagedImport Overlay(string referenceFolder, IReadOnlyDictionary<string, string> tables) =>
        Run(referenceFolder, ImportGuard.Strict, i =>
        {
            foreach (var (name, text) in tables)
                File.WriteAllText(Path.Combine(i.ReferenceFolder, Path.GetFileName(name)), text, new System.Text.UTF8Encoding(false));
        });

    private static Dictionary<string, string> Changed(string before, string after)
    {
        var changed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Directory.GetFiles(after, "*.csv"))
        {
            string name = Path.GetFileName(f);
            string now = File.ReadAllText(f);
            string old = Path.Combine(before, name);
            if (!File.Exists(old) || File.ReadAllText(old) != now) changed[name] = now;
        }
        return changed;
    }
}
