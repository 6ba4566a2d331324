using System.Globalization;
using CsvHelper;

namespace Junkan.Data.Reference;

/// <summary>Writes CSV tables atomically: each to a temporary file beside its target, then moved over it.</summary>
public static class CsvFile
{
    /// <summary>Writes one table atomically (see <see cref="WriteAllAtomic"/>).</summary>
    public static void WriteAtomic(string path, IReadOnlyList<string> header, IEnumerable<string?[]> rows) =>
        WriteAllAtomic([(path, header, rows)]);

    /// <summary>
    /// Writes several tables together: every table goes to a temporary file first, and the targets are replaced
    /// only when all temporary files are complete, so a failure while writing leaves every target unchanged.
    /// </summary>
    public static void WriteAllAtomic(IReadOnlyList<(string Path, IReadOnlyList<string> Header, IEnumerable<string?[]> Rows)> tables)
    {
        var temps = new List<(string Tmp, string Path)>();
        try
        {
            foreach (var (path, header, rows) in tables)
            {
                string dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
                Directory.CreateDirectory(dir);
                string tmp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
                temps.Add((tmp, path));
                Write(tmp, header, rows);
            }
            foreach (var (tmp, path) in temps) File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            foreach (var (tmp, _) in temps)
                if (File.Exists(tmp)) File.Delete(tmp);
        }
    }

    private static void Write(string file, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        using var w = new StreamWriter(file, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        using var csv = new CsvWriter(w, CultureInfo.InvariantCulture);
        foreach (var h in header) csv.WriteField(h);
        csv.NextRecord();
        foreach (var r in rows)
        {
            foreach (var c in r) csv.WriteField(c ?? "");
            csv.NextRecord();
        }
    }
}
