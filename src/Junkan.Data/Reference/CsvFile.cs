using System.Globalization;
using CsvHelper;

namespace Junkan.Data.Reference;

/// <summary>Writes CSV tables atomically: each to a temporary file beside its target, then renamed over it.</summary>
public static class CsvFile
{
    /// <summary>Writes one table atomically (see <see cref="WriteAllAtomic"/>).</summary>
    public static void WriteAtomic(string path, IReadOnlyList<string> header, IEnumerable<string?[]> rows) =>
        WriteAllAtomic([(path, header, rows)]);

    /// <summary>
    /// Writes several tables together: every table goes to a temporary file in its target folder first, and the targets
    /// are replaced only when all temporary files are complete. The old targets are kept as backups while the files are
    /// renamed into place, and restored if a rename fails, so a failure leaves every target unchanged.
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
                string tmp = Sibling(path, "tmp");
                temps.Add((tmp, path));
                Write(tmp, header, rows);
            }
            Publish(temps);
        }
        finally
        {
            foreach (var (tmp, _) in temps)
                if (File.Exists(tmp)) File.Delete(tmp);
        }
    }

    /// <summary>Renames every temporary file over its target; on a failure the targets already replaced get their old content back.</summary>
    private static void Publish(List<(string Tmp, string Path)> temps)
    {
        var done = new List<(string Path, string? Backup)>();
        try
        {
            foreach (var (tmp, path) in temps)
            {
                string? backup = File.Exists(path) ? Sibling(path, "bak") : null;
                if (backup is not null) File.Move(path, backup);
                done.Add((path, backup));
                File.Move(tmp, path);
            }
        }
        catch
        {
            foreach (var (path, backup) in Enumerable.Reverse(done))
            {
                if (backup is null) { if (File.Exists(path)) File.Delete(path); continue; }
                File.Move(backup, path, overwrite: true);
            }
            throw;
        }
        foreach (var (_, backup) in done)
            if (backup is not null) File.Delete(backup);
    }

    private static string Sibling(string path, string kind) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.{kind}");

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
