using System.IO.Compression;

namespace Junkan.Web.Features.Data;

/// <summary>
/// The checks of an .xlsx upload before a spreadsheet library opens it: a zip archive of at most 200 entries, no
/// macros, each entry inflating to at most 20 MiB and at most 100 times its compressed size, 50 MiB in all; the
/// sizes are measured while inflating, not taken from the headers, so a zip bomb is stopped at the limit.
/// </summary>
internal static class WorkbookChecks
{
    private const int MaxEntries = 200;
    private const long MaxEntryBytes = 20L * 1024 * 1024;
    private const long MaxTotalBytes = 50L * 1024 * 1024;
    private const int MaxRatio = 100;

    public static void Check(byte[] bytes, string name)
    {
        ZipArchive zip;
        try { zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read); }
        catch (InvalidDataException) { throw new UploadRejected("file", $"{name} is not an Excel workbook (.xlsx is a zip archive).", 415); }
        using (zip)
        {
            if (zip.Entries.Count > MaxEntries) throw Bomb(name, $"{zip.Entries.Count} entries (at most {MaxEntries})");
            if (zip.GetEntry("[Content_Types].xml") is null) throw new UploadRejected("file", $"{name} is a zip archive but not an Excel workbook (no [Content_Types].xml).", 415);
            long total = 0;
            foreach (var e in zip.Entries)
            {
                if (e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                    throw new UploadRejected("file", $"{name} contains macros ({e.FullName}); upload the template as a plain .xlsx.", 415);
                total += Inflated(e, name, MaxTotalBytes - total);
            }
        }
    }

    private static long Inflated(ZipArchiveEntry e, string name, long budget)
    {
        long limit = Math.Min(Math.Min(MaxEntryBytes, budget), Math.Max(64 * 1024, e.CompressedLength * MaxRatio));
        var buffer = new byte[81920];
        long n = 0;
        try
        {
            using var s = e.Open();
            int read;
            while ((read = s.Read(buffer, 0, buffer.Length)) > 0)
                if ((n += read) > limit) throw Bomb(name, $"entry {e.FullName} inflates beyond {limit:N0} bytes from {e.CompressedLength:N0}");
        }
        catch (InvalidDataException) { throw new UploadRejected("file", $"{name}: entry {e.FullName} is damaged.", 400); }
        return n;
    }

    private static UploadRejected Bomb(string name, string why) =>
        new("file", $"{name} is refused as a possible zip bomb: {why}.", 413);
}
