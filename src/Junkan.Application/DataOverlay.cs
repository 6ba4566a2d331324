using System.Text;
using Junkan.Data;

namespace Junkan.Application;

/// <summary>
/// User data over the read-only bundled data: a private data folder that holds a copy of what a workspace reads from
/// the bundled data folder (the reference folder and its siblings flows/, stocks/, recyclability/ and network/ where
/// present; raw/, the public releases the importers read, and anything else beside them are left out) with the
/// overlay's reference tables written over the copy of the reference folder. The bundled folder is only read. A
/// workspace opened on it checks the tables as it checks the bundled ones.
/// </summary>
public static class DataOverlay
{
    /// <summary>The folders beside the reference folder that a workspace reads (<see cref="DataCatalogue"/>).</summary>
    private static readonly string[] Read = ["flows", "stocks", "recyclability", "network"];

    /// <summary>
    /// Builds the private data folder <paramref name="folder"/> (replaced if present) from the data folder of
    /// <paramref name="bundled"/> with <paramref name="tables"/> (file name → CSV text) over its reference tables,
    /// and returns the catalogue of the copy (the settings files stay the bundled ones).
    /// </summary>
    public static DataCatalogue Create(DataCatalogue bundled, IReadOnlyDictionary<string, string> tables, string folder)
    {
        ArgumentNullException.ThrowIfNull(bundled);
        ArgumentNullException.ThrowIfNull(tables);
        string target = Path.GetFullPath(folder);
        string source = Path.GetFullPath(bundled.DataFolder);
        if (target.StartsWith(source + Path.DirectorySeparatorChar, StringComparison.Ordinal) || target == source)
            throw new ArgumentException($"the overlay folder {target} lies inside the bundled data folder {source}", nameof(folder));
        if (Directory.Exists(target)) Directory.Delete(target, true);
        string reference = Path.Combine(target, Path.GetFileName(bundled.ReferenceFolder));
        Copy(bundled.ReferenceFolder, reference);
        foreach (var name in Read)
            if (Directory.Exists(Path.Combine(source, name)) && name != Path.GetFileName(bundled.ReferenceFolder))
                Copy(Path.Combine(source, name), Path.Combine(target, name));
        foreach (var (name, text) in tables)
            File.WriteAllText(Path.Combine(reference, TableName(name)), text, new UTF8Encoding(false));
        return DataCatalogue.Locate(reference, bundled.RiskSettingsFile, bundled.SelectionSettingsFile);
    }

    /// <summary>A table name as stored: a bare <c>*.csv</c> file name, else bad input naming it.</summary>
    private static string TableName(string name) =>
        name.Length is > 0 and <= 64 && name == Path.GetFileName(name) && name.EndsWith(".csv", StringComparison.Ordinal) && !name.StartsWith('.')
            ? name
            : throw new DataFormatException(name, null, "table_name", $"'{name}' is not the file name of a reference table (name.csv)");

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
        foreach (var d in Directory.GetDirectories(from)) Copy(d, Path.Combine(to, Path.GetFileName(d)));
    }
}
