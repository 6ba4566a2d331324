using System.Globalization;
using CsvHelper;

namespace Junkan.Data.Reference;

/// <summary>Writes CSV tables atomically: to a temporary file beside the target, then moved over it.</summary>
public static class CsvFile
{
    public static void WriteAtomic(string path, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        string dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        string tmp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var w = new StreamWriter(tmp, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
            using (var csv = new CsvWriter(w, CultureInfo.InvariantCulture))
            {
                foreach (var h in header) csv.WriteField(h);
                csv.NextRecord();
                foreach (var r in rows)
                {
                    foreach (var c in r) csv.WriteField(c ?? "");
                    csv.NextRecord();
                }
            }
            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
