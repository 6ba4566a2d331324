using System.Globalization;

namespace Junkan.Data.Reference;

/// <summary>
/// Checks a user-given input path before it is read: a file (not a folder), present, within a size limit. The size is
/// checked while reading too, so a device or a growing file (<c>/dev/zero</c>) cannot exhaust memory.
/// </summary>
public static class InputFile
{
    /// <summary>Throws a <see cref="DataFormatException"/> naming the file unless it is an existing file of at most <paramref name="maxBytes"/>.</summary>
    public static void Check(string path, long maxBytes)
    {
        string name = NameOf(path);
        if (Directory.Exists(path)) throw new DataFormatException(name, null, null, $"{path} is a folder, not a file");
        if (!File.Exists(path)) throw new DataFormatException(name, null, null, $"file not found: {path}");
        if (new FileInfo(path).Length > maxBytes) throw TooLarge(path, maxBytes);
    }

    /// <summary>The whole text of a checked file (UTF-8, a BOM tolerated; invalid UTF-8 is an error naming the file).</summary>
    public static string ReadText(string path, long maxBytes)
    {
        Check(path, maxBytes);
        using var stream = File.OpenRead(path);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        for (int n; (n = stream.Read(chunk)) > 0;)
        {
            if (buffer.Length + n > maxBytes) throw TooLarge(path, maxBytes);
            buffer.Write(chunk, 0, n);
        }
        try { return new System.Text.UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF'); }
        catch (System.Text.DecoderFallbackException e) { throw new DataFormatException(NameOf(path), null, null, $"not UTF-8 text: {e.Message}"); }
    }

    /// <summary>The file name of a path for messages (the path itself when it has none, e.g. "/").</summary>
    public static string NameOf(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(path)) is { Length: > 0 } n ? n : path;

    private static DataFormatException TooLarge(string path, long maxBytes) =>
        new(NameOf(path), null, null, $"larger than the limit of {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes");
}
