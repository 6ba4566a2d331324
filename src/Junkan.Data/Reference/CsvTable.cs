using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Junkan.Data.Reference;

/// <summary>
/// A small typed reader over one CSV table of the reference data: checks the header for required columns and
/// turns every bad cell into a <see cref="DataFormatException"/> naming file, row and column.
/// </summary>
public sealed class CsvTable
{
    private readonly string[] _header;
    private readonly List<(int Line, string[] Cells)> _rows;

    public string File { get; }

    private CsvTable(string file, string[] header, List<(int Line, string[] Cells)> rows) => (File, _header, _rows) = (file, header, rows);

    /// <summary>Reads a UTF-8 CSV (a BOM is tolerated) and checks that <paramref name="required"/> columns exist.</summary>
    public static CsvTable Read(string path, params string[] required) => Read(path, Utf8Strict, ragged: false, required);

    /// <summary>As <see cref="Read(string, string[])"/>, refusing more than <paramref name="maxRows"/> data rows at the first row beyond (<paramref name="what"/> names the limit).</summary>
    public static CsvTable ReadAtMost(string path, int maxRows, string what, params string[] required) =>
        Read(path, Utf8Strict, ragged: false, required, (maxRows, what));

    /// <summary>
    /// Reads a CSV in the given <paramref name="encoding"/> (a byte-order mark, if present, wins) and checks that
    /// <paramref name="required"/> columns exist.
    /// </summary>
    public static CsvTable Read(string path, System.Text.Encoding encoding, params string[] required) => Read(path, encoding, ragged: false, required);

    /// <summary>
    /// As <see cref="Read(string, string[])"/>, but keeps rows whose cell count differs from the header instead of
    /// failing on the first one: the caller checks <see cref="CsvRow.HasHeaderWidth"/> (importers that report and
    /// exclude malformed rows of third-party files).
    /// </summary>
    public static CsvTable ReadRagged(string path, params string[] required) => Read(path, Utf8Strict, ragged: true, required);

    private static readonly System.Text.Encoding Utf8Strict = new System.Text.UTF8Encoding(false, true);

    private static CsvTable Read(string path, System.Text.Encoding encoding, bool ragged, string[] required, (int Rows, string What)? limit = null)
    {
        string name = InputFile.NameOf(path);
        InputFile.Check(path, Core.Inputs.InputLimits.MaxCsvBytes);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true, DetectColumnCountChanges = false, BadDataFound = null, MaxFieldSize = Core.Inputs.InputLimits.MaxCsvFieldChars,
        };
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, config);
        string[] header;
        try
        {
            if (!csv.Read()) throw new DataFormatException(name, 1, null, "empty file: a header row is required");
            header = csv.Record!.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
            if (required.FirstOrDefault(r => header.Count(h => h == r) > 1) is { } twice)
                throw new DataFormatException(name, 1, twice, "column given twice in the header");
            var missing = required.Where(r => !header.Contains(r)).ToArray();
            if (missing.Length > 0)
                throw new DataFormatException(name, 1, missing[0], $"missing column(s) {string.Join(", ", missing)}; found {string.Join(", ", header)}");
            var rows = new List<(int, string[])>();
            while (csv.Read())
            {
                var record = csv.Record!;
                int line = StartLine(csv);
                if (record.All(string.IsNullOrWhiteSpace)) continue;
                if (record.Length != header.Length && !ragged)
                    throw new DataFormatException(name, line, null, $"{record.Length} cells, the header has {header.Length}");
                if (rows.Count == limit?.Rows)
                    throw new DataFormatException(name, line, null, $"more than {limit.Value.Rows.ToString("N0", CultureInfo.InvariantCulture)} data rows: {limit.Value.What}");
                rows.Add((line, record));
            }
            return new CsvTable(name, header, rows);
        }
        catch (MaxFieldSizeException e)
        {
            throw new DataFormatException(name, e.Context?.Parser?.RawRow, null,
                $"a cell longer than the limit of {Core.Inputs.InputLimits.MaxCsvFieldChars.ToString("N0", CultureInfo.InvariantCulture)} characters");
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new DataFormatException(name, null, null, $"not {(encoding.WebName == "utf-8" ? "UTF-8" : encoding.WebName)} text (wrong encoding? save the file as UTF-8): {e.Message}");
        }
    }

    /// <summary>The data rows (blank lines skipped); row numbers are the line numbers in the file (the header is row 1).</summary>
    public IEnumerable<CsvRow> Rows => _rows.Select(r => new CsvRow(this, r.Line, r.Cells));

    /// <summary>The file line on which the current record starts (CsvHelper's RawRow is the line it ends on; blank lines count).</summary>
    private static int StartLine(CsvParser csv) =>
        csv.RawRow - csv.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');

    internal int IndexOf(string column) => Array.IndexOf(_header, column);

    public int IndexOfColumn(string column) => IndexOf(column);

    /// <summary>The header cells, trimmed.</summary>
    public IReadOnlyList<string> Header => _header;
}

/// <summary>One row of a <see cref="CsvTable"/>, with typed getters that fail with file, row and column.</summary>
public readonly record struct CsvRow(CsvTable Table, int Line, string[] Cells)
{
    public string Text(string column)
    {
        int i = Table.IndexOf(column);
        if (i < 0) throw Error(column, "column not in the header");
        if (i >= Cells.Length) throw Error(column, $"the row has {Cells.Length} cells, the header {Table.Header.Count}");
        return Cells[i].Trim();
    }

    public string Required(string column) =>
        Text(column) is { Length: > 0 } s ? s : throw Error(column, "value required");

    public double? OptionalNumber(string column)
    {
        string s = Text(column);
        if (s.Length == 0) return null;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || double.IsNaN(v) || (double.IsInfinity(v) && !s.Any(char.IsDigit)))
            throw Error(column, $"'{s}' is not a number" + (double.IsNaN(v) || double.IsInfinity(v) ? " (NaN and Infinity are refused)" : ""));
        return Core.Inputs.InputLimits.IsAcceptable(v) ? v
            : throw Error(column, $"'{s}' is out of range (the limit is ±{Core.Inputs.InputLimits.MaxMagnitudeText})");
    }

    /// <summary>Whether the row has as many cells as the header (always true unless read with <see cref="CsvTable.ReadRagged"/>).</summary>
    public bool HasHeaderWidth => Cells.Length == Table.Header.Count;

    /// <summary>An optional fraction 0..1 (empty = null).</summary>
    public double? OptionalFraction(string column) =>
        OptionalNumber(column) is not { } v ? null : v is >= 0 and <= 1 ? v : throw Error(column, $"{v} is not a fraction in 0..1");

    public double Number(string column) => OptionalNumber(column) ?? throw Error(column, "number required");

    public double NonNegative(string column) =>
        Number(column) is var v && v >= 0 ? v : throw Error(column, $"{v} is negative");

    public double Fraction(string column) =>
        Number(column) is var v && v is >= 0 and <= 1 ? v : throw Error(column, $"{v} is not a fraction in 0..1");

    public int Integer(string column) =>
        int.TryParse(Text(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) ? v : throw Error(column, $"'{Text(column)}' is not an integer");

    /// <summary>A year in <see cref="Core.Inputs.InputLimits.MinYear"/>..<see cref="Core.Inputs.InputLimits.MaxYear"/>.</summary>
    public int Year(string column = "year") => Integer(column) is var y && y is >= Core.Inputs.InputLimits.MinYear and <= Core.Inputs.InputLimits.MaxYear ? y
        : throw Error(column, $"year {y} is outside {Core.Inputs.InputLimits.MinYear}..{Core.Inputs.InputLimits.MaxYear}");

    public Core.Citations.QualityScore Quality(string column = "quality") =>
        Integer(column) is var q && q is >= 1 and <= 5 ? new(q) : throw Error(column, $"quality score {q} is outside 1..5");

    public DataFormatException Error(string? column, string problem) => new(Table.File, Line, column, problem);
}
