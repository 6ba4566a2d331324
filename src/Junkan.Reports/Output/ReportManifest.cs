using System.Security.Cryptography;
using System.Text.Json;

namespace Junkan.Reports.Output;

/// <summary>One report file: name in the folder, SHA-256 (lower-case hex) and size in bytes.</summary>
public sealed record ManifestEntry(string Name, string Sha256, long Bytes);

/// <summary>
/// <c>junkan-report-manifest.json</c>: every report file of the folder with its SHA-256 and size, in name order.
/// It is published last and removed first, so a folder whose manifest exists and matches its files holds one
/// complete report set. Files of an earlier run that this run does not replace (another <c>--part</c> or
/// <c>--lang</c>) stay listed with their hashes.
/// </summary>
public sealed record ReportManifest(IReadOnlyList<ManifestEntry> Files)
{
    public const string FileName = "junkan-report-manifest.json";

    /// <summary>The manifest of new files, keeping the entries of <paramref name="earlier"/> whose files stay in <paramref name="folder"/>.</summary>
    public static ReportManifest Of(IReadOnlyList<(string Name, byte[] Content)> files, ReportManifest? earlier, string folder)
    {
        var entries = files.Select(f => new ManifestEntry(f.Name, Convert.ToHexStringLower(SHA256.HashData(f.Content)), f.Content.LongLength)).ToList();
        var names = entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        entries.AddRange((earlier?.Files ?? []).Where(e => !names.Contains(e.Name) && File.Exists(Path.Combine(folder, e.Name))));
        return new ReportManifest([.. entries.OrderBy(e => e.Name, StringComparer.Ordinal)]);
    }

    /// <summary>The manifest in a folder; null when there is none or it cannot be read (then nothing is carried over).</summary>
    public static ReportManifest? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return new ReportManifest([.. doc.RootElement.GetProperty("files").EnumerateArray().Select(e => new ManifestEntry(
                e.GetProperty("name").GetString()!, e.GetProperty("sha256").GetString()!, e.GetProperty("bytes").GetInt64()))]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IOException)
        {
            return null;
        }
    }

    /// <summary>Files of the folder that are missing or differ from the manifest, one line each; empty when the folder matches.</summary>
    public IReadOnlyList<string> Problems(string folder)
    {
        var problems = new List<string>();
        foreach (var e in Files)
        {
            string path = Path.Combine(folder, e.Name);
            if (!File.Exists(path)) problems.Add($"{e.Name}: missing");
            else if (ReportFiles.Hash(path, folder).Sha256 != e.Sha256) problems.Add($"{e.Name}: SHA-256 differs from the manifest");
        }
        return problems;
    }

    /// <summary>Indented UTF-8 JSON with \n line ends, the same bytes on every platform.</summary>
    public byte[] ToJson()
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteString("format", "junkan-report-manifest/1");
            w.WriteStartArray("files");
            foreach (var e in Files)
            {
                w.WriteStartObject();
                w.WriteString("name", e.Name);
                w.WriteString("sha256", e.Sha256);
                w.WriteNumber("bytes", e.Bytes);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        ms.Write("\n"u8);
        return ms.ToArray();
    }
}
