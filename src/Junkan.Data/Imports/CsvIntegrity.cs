using System.Globalization;
using System.Text;

namespace Junkan.Data.Imports;

/// <summary>
/// Detects a cut-off CSV before it is parsed (CsvHelper reads an unclosed quote to the end of the file and keeps the
/// record): a file that ends inside a quoted field, and a data row with fewer fields than the header (named as cut
/// off when it is the last row and the file has no final newline). RFC 4180 quoting; blank rows are skipped, as
/// <see cref="Reference.CsvTable"/> skips them. Rows are file lines (header = 1), columns are header names.
/// </summary>
public static class CsvIntegrity
{
    /// <summary>Throws a <see cref="DataFormatException"/> naming file, row and column if the file looks truncated.</summary>
    public static void Check(string path, Encoding encoding)
    {
        string text;
        try
        {
            using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException) { return; } // the table reader reports the encoding
        new Scanner(Path.GetFileName(path), text).Run();
    }

    private sealed class Scanner(string file, string text)
    {
        private int line = 1, recordLine = 1, quoteLine, fields = 1;
        private bool content, fieldStart = true, inQuotes;
        private List<string>? header;
        private readonly List<string> headerCells = [];
        private readonly StringBuilder cell = new();

        public void Run()
        {
            for (int i = 0; i < text.Length; i++) i = Step(i);
            if (inQuotes)
                throw new DataFormatException(file, recordLine, Column(fields - 1),
                    $"the file ends inside a quoted field opened on line {Inv(quoteLine)}: it is truncated (or a closing quote is missing)");
            if (!fieldStart || fields > 1 || content) EndRecord(finalNewline: false);
        }

        /// <summary>Consumes the character at <paramref name="i"/> (and a partner: "" or \r\n); returns the last index used.</summary>
        private int Step(int i)
        {
            char c = text[i];
            bool Next(char n) => i + 1 < text.Length && text[i + 1] == n;
            if (inQuotes)
            {
                if (c == '"' && Next('"')) { Add('"'); return i + 1; }
                if (c == '"') { inQuotes = false; return i; }
                if (c == '\n' || (c == '\r' && !Next('\n'))) line++;
                Add(c);
                return i;
            }
            if (c == '"' && fieldStart) { inQuotes = true; quoteLine = line; fieldStart = false; return i; }
            if (c == ',') { fields++; fieldStart = true; EndCell(); return i; }
            if (c == '\r' || c == '\n')
            {
                EndRecord(finalNewline: true);
                line++;
                recordLine = line;
                return c == '\r' && Next('\n') ? i + 1 : i;
            }
            fieldStart = false;
            Add(c);
            return i;
        }

        private void Add(char c)
        {
            if (!char.IsWhiteSpace(c)) content = true;
            if (header is null) cell.Append(c);
        }

        private void EndCell()
        {
            if (header is not null) return;
            headerCells.Add(cell.ToString().Trim());
            cell.Clear();
        }

        private void EndRecord(bool finalNewline)
        {
            EndCell();
            if (content && header is null) header = [.. headerCells];
            else if (content && fields < header!.Count)
                throw new DataFormatException(file, recordLine, Column(fields),
                    $"{Inv(fields)} fields, the header has {Inv(header.Count)}: " +
                    (finalNewline ? "the row is short (a field is missing or the file was cut)" : "the last row is short and the file has no final newline: it is truncated"));
            headerCells.Clear();
            (fields, content, fieldStart) = (1, false, true);
        }

        private string? Column(int index) => header is { } h && index >= 0 && index < h.Count ? h[index] : null;

        private static string Inv(int v) => v.ToString(CultureInfo.InvariantCulture);
    }
}
