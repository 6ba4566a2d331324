using System.Text;
using System.Text.RegularExpressions;

namespace Junkan.Web.Features.Data;

/// <summary>
/// The checks every upload passes before an importer sees it: a plain file name (no folders, no traversal, no control
/// characters), the extension and content type of its kind, the size limit, and for CSV a text encoding (UTF-8, or
/// Shift_JIS for MOF customs files; no NUL bytes) and no cell that a spreadsheet would run as a formula.
/// </summary>
internal static partial class UploadChecks
{
    /// <summary>Largest upload, bytes (8 MiB: a year of Comtrade downloads for every target element is well under 2 MiB).</summary>
    public const long MaxBytes = 8L * 1024 * 1024;

    /// <summary>The checked file name (what the validation messages and the store show).</summary>
    public static string Name(string? fileName, UploadKind kind)
    {
        string name = fileName ?? "";
        if (name.Length is 0 or > 120 || name != Path.GetFileName(name) || name.Contains('\\', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal)
            || name.Any(char.IsControl) || name.StartsWith('.'))
            throw new UploadRejected("file", $"The file name '{Printable(name)}' is not a plain file name (no folders, '..', control characters; at most 120 characters).");
        if (!name.EndsWith(kind.Extension, StringComparison.OrdinalIgnoreCase))
            throw new UploadRejected("file", $"A {kind.Key} upload is a {kind.Extension} file; '{name}' is not.", StatusCodes415);
        if (kind == UploadKind.Usgs && !UsgsName().IsMatch(name))
            throw new UploadRejected("file", $"A USGS upload is one MCS release file named like mcs2025-cobal_world.csv or mcs2025-cobal_salient.csv; '{name}' is not.");
        return name;
    }

    private const int StatusCodes415 = 415;

    public static void ContentType(string? type, UploadKind kind)
    {
        string t = (type ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (t.Length > 0 && !kind.ContentTypes.Contains(t))
            throw new UploadRejected("file", $"The content type '{Printable(t)}' is not one of a {kind.Key} upload ({string.Join(", ", kind.ContentTypes)}).", StatusCodes415);
    }

    public static void Size(long bytes)
    {
        if (bytes > MaxBytes) throw new UploadRejected("file", $"The file is {bytes:N0} bytes; the limit is {MaxBytes:N0} bytes.", 413);
        if (bytes == 0) throw new UploadRejected("file", "The file is empty.");
    }

    /// <summary>The text of a CSV upload, decoded strictly; Shift_JIS only where <paramref name="allowShiftJis"/> (MOF customs files).</summary>
    public static string Text(byte[] bytes, string name, bool allowShiftJis)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            throw new UploadRejected("file", $"{name} is UTF-16; save it as UTF-8 CSV.", 415);
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) throw new UploadRejected("file", $"{name} holds a NUL byte at offset {nul:N0}: not a text file.", 415, LineOf(bytes, nul));
        try { return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException e) when (!allowShiftJis)
        {
            int at = e.Index >= 0 ? e.Index : 0;
            throw new UploadRejected("file", $"{name} is not UTF-8 (invalid byte at offset {at:N0}); save it as UTF-8 CSV.", 415, LineOf(bytes, at));
        }
        catch (DecoderFallbackException)
        {
            try { return StrictShiftJis().GetString(bytes); }
            catch (DecoderFallbackException) { throw new UploadRejected("file", $"{name} is neither UTF-8 nor Shift_JIS text.", 415); }
        }
    }

    private static Encoding StrictShiftJis() =>   // ShiftJis registers the code-pages provider
        Encoding.GetEncoding(Junkan.Data.Customs.CustomsEncoding.ShiftJis.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>Refuses a cell that starts with = + - @ (or a tab or carriage return) and is not a number: a spreadsheet would run it as a formula (CSV injection).</summary>
    public static void NoFormulas(string text, string name)
    {
        foreach (var (row, column, cell) in CsvCells.Of(text))
            if (IsFormula(cell))
                throw new UploadRejected("file", $"{name}:{row}:{column}: the cell '{Printable(cell)}' would run as a spreadsheet formula; remove the leading character.", 400, row, column.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Whether a cell text would be a formula (a signed number such as -1.5 or a lone dash is not).</summary>
    public static bool IsFormula(string cell)
    {
        string c = cell.TrimStart(' ');
        if (c.Length == 0 || c[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')) return false;
        if (c.Length == 1 && c[0] is '-' or '+') return false;
        return !double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
    }

    private static int LineOf(byte[] bytes, int offset) => 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');

    private static string Printable(string s) => new([.. s.Take(80).Select(ch => char.IsControl(ch) ? '?' : ch)]);

    [GeneratedRegex("^mcs(19|20)[0-9]{2}-[a-z0-9]+_(world|salient)\\.csv$", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex UsgsName();
}
