using System.Globalization;
using ClosedXML.Excel;

namespace Junkan.Web.Features.Data;

/// <summary>
/// The Excel template of Japan's import shares: sheet <c>imports</c> with the columns of japan_imports.csv (one row
/// per element, stage, partner and year; share 0-1 of that element and stage's imports, total_t in t, a source id,
/// quality 1-5) and sheet <c>sources</c> with the columns of sources.csv for sources not yet in the bundled table.
/// </summary>
internal static class ImportTemplate
{
    public static readonly string[] ImportColumns = ["element", "stage", "partner", "year", "share", "total_t", "source_id", "quality", "note"];
    public static readonly string[] SourceColumns = ["id", "citation", "publisher", "year", "url", "licence", "retrieved", "notes"];
    public const string ImportsSheet = "imports";
    public const string SourcesSheet = "sources";

    /// <summary>The empty template with one example row each (the METI 2019 nickel-ore share as printed, cited).</summary>
    public static byte[] Build()
    {
        using var wb = new XLWorkbook();
        Sheet(wb, ImportsSheet, ImportColumns, ["Ni", "mine", "IDN", "2019", "0.43", "158008", "meti-2021-critical-minerals", "3", "example row: replace it"]);
        Sheet(wb, SourcesSheet, SourceColumns, ["my-source-2025", "Author (2025). Title.", "Publisher", "2025", "https://example.org/", "CC-BY-4.0", "2025-01-31", "only for sources not in the bundled sources.csv"]);
        using var s = new MemoryStream();
        wb.SaveAs(s);
        return s.ToArray();
    }

    private static void Sheet(XLWorkbook wb, string name, string[] columns, string[] example)
    {
        var ws = wb.AddWorksheet(name);
        for (int c = 0; c < columns.Length; c++)
        {
            ws.Cell(1, c + 1).Value = columns[c];
            ws.Cell(2, c + 1).SetValue(example[c]);
        }
        ws.Row(1).Style.Font.Bold = true;
        ws.Columns(1, columns.Length).Width = 18;   // fixed: AdjustToContents needs system fonts
    }

    /// <summary>The rows of a sheet as text (row 1 = header, checked), each with its Excel row number; a formula cell or a formula-like text is refused.</summary>
    public static IReadOnlyList<(int Row, string[] Cells)> Read(XLWorkbook wb, string sheet, string[] columns, string file, bool required)
    {
        if (!wb.TryGetWorksheet(sheet, out var ws))
            return required ? throw new UploadRejected("file", $"{file}: no sheet '{sheet}' (download the template).", 400) : [];
        for (int c = 0; c < columns.Length; c++)
            if (!string.Equals(ws.Cell(1, c + 1).GetString().Trim(), columns[c], StringComparison.Ordinal))
                throw new UploadRejected("file", $"{file}:{sheet}!{Col(c)}1: the header must be '{columns[c]}' (download the template).", 400, 1, $"{sheet}!{Col(c)}");
        var rows = new List<(int, string[])>();
        int last = ws.LastRowUsed()?.RowNumber() ?? 1;
        if (last > 100_000) throw new UploadRejected("file", $"{file}:{sheet}: {last:N0} rows (at most 100,000).", 413);
        for (int r = 2; r <= last; r++)
        {
            var cells = new string[columns.Length];
            for (int c = 0; c < columns.Length; c++) cells[c] = Cell(ws.Cell(r, c + 1), file, sheet, r, c);
            if (cells.Any(x => x.Length > 0)) rows.Add((r, cells));
        }
        return rows;
    }

    private static string Cell(IXLCell cell, string file, string sheet, int r, int c)
    {
        string where = $"{sheet}!{Col(c)}{r}";
        if (cell.HasFormula) throw new UploadRejected("file", $"{file}:{where}: a formula cell; enter the value itself.", 400, r, $"{sheet}!{Col(c)}");
        string text = cell.DataType == XLDataType.Number ? cell.GetDouble().ToString("R", CultureInfo.InvariantCulture) : cell.GetString().Trim();
        if (UploadChecks.IsFormula(text))
            throw new UploadRejected("file", $"{file}:{where}: the text '{text[..Math.Min(40, text.Length)]}' would run as a spreadsheet formula.", 400, r, $"{sheet}!{Col(c)}");
        return text;
    }

    public static string Col(int c) => ((char)('A' + c)).ToString();
}
