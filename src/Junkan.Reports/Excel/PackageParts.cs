using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Junkan.Reports.Excel;

/// <summary>The parts of a zip package as name → bytes, and a deterministic way to zip them again.</summary>
internal static class PackageParts
{
    public static Dictionary<string, byte[]> Read(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var parts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            parts[e.FullName] = ms.ToArray();
        }
        return parts;
    }

    /// <summary>[Content_Types].xml, then _rels/.rels, then every part in ordinal name order; each entry dated <paramref name="time"/> (UTC, clamped to the zip range 1980-2107).</summary>
    public static byte[] Write(IReadOnlyDictionary<string, byte[]> parts, DateTimeOffset time)
    {
        var stamp = EntryTime(time);
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (string name in parts.Keys.OrderBy(Rank).ThenBy(n => n, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var s = entry.Open();
                s.Write(parts[name]);
            }
        return ms.ToArray();
    }

    private static int Rank(string name) => name switch { "[Content_Types].xml" => 0, "_rels/.rels" => 1, _ => 2 };

    private static DateTimeOffset EntryTime(DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var min = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var max = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);
        var t = utc < min ? min : utc > max ? max : utc;
        return new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), TimeSpan.Zero);
    }

    public static XDocument Xml(byte[] bytes) => XDocument.Load(new MemoryStream(bytes), LoadOptions.PreserveWhitespace);

    public static byte[] Bytes(XDocument doc)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
            doc.Save(w);
        return ms.ToArray();
    }
}
