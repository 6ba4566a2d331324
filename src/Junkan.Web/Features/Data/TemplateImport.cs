using System.Globalization;
using ClosedXML.Excel;
using Junkan.Data.Reference;

namespace Junkan.Web.Features.Data;

/// <summary>
/// Applies a filled-in template to a reference folder: its import-share rows replace the rows of the same element,
/// stage and year in japan_imports.csv (others are kept), its sources are added to sources.csv. Each cell is checked
/// first with its Excel address; the loader then checks the tables as it checks the bundled ones.
/// </summary>
internal static class TemplateImport
{
    private static readonly string[] Stages = ["mine", "refined"];

    public static void Apply(byte[] workbook, string file, string referenceFolder)
    {
        XLWorkbook wb;
        try { wb = new XLWorkbook(new MemoryStream(workbook)); }
        catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or ArgumentException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        { throw new UploadRejected("file", $"{file} cannot be read as an Excel workbook ({e.GetType().Name}).", 400); }
        using (wb)
        {
            var imports = ImportTemplate.Read(wb, ImportTemplate.ImportsSheet, ImportTemplate.ImportColumns, file, required: true);
            var sources = ImportTemplate.Read(wb, ImportTemplate.SourcesSheet, ImportTemplate.SourceColumns, file, required: false)
                .Where(s => !s.Cells[0].StartsWith("my-source-", StringComparison.Ordinal)).ToArray();
            if (imports.Count == 0) throw new UploadRejected("file", $"{file}: the sheet '{ImportTemplate.ImportsSheet}' has no rows below the header.");
            foreach (var (row, cells) in imports) Check(file, row, cells);
            Merge(Path.Combine(referenceFolder, "japan_imports.csv"), imports.Select(r => r.Cells).ToArray(), c => $"{c[0]}|{c[1]}|{c[3]}", 9);
            if (sources.Length > 0) Merge(Path.Combine(referenceFolder, "sources.csv"), [.. sources.Select(s => s.Cells)], c => c[0], 8);
        }
    }

    private static void Check(string file, int row, string[] c)
    {
        void Fail(int col, string why) => throw new UploadRejected("file", $"{file}:{ImportTemplate.ImportsSheet}!{ImportTemplate.Col(col)}{row}: {why}", 400, row, $"{ImportTemplate.ImportsSheet}!{ImportTemplate.Col(col)}");
        if (c[0].Length == 0) Fail(0, "element symbol required");
        if (!Stages.Contains(c[1])) Fail(1, $"stage is mine or refined, not '{c[1]}'");
        if (c[2].Length != 3 || !c[2].All(char.IsAsciiLetterUpper)) Fail(2, $"partner is an ISO 3166 alpha-3 code such as CHN, not '{c[2]}'");
        if (!int.TryParse(c[3], NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y is < 1900 or > 2100) Fail(3, $"year 1900-2100 required, not '{c[3]}'");
        if (!double.TryParse(c[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double s) || s is < 0 or > 1) Fail(4, $"share is a fraction 0-1, not '{c[4]}'");
        if (c[5].Length > 0 && (!double.TryParse(c[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double t) || t < 0)) Fail(5, $"total_t is tonnes ≥ 0 or empty, not '{c[5]}'");
        if (c[6].Length == 0) Fail(6, "source_id required (an id of sources.csv or of the sheet 'sources')");
        if (c[7] is not ("1" or "2" or "3" or "4" or "5")) Fail(7, $"quality is 1-5, not '{c[7]}'");
    }

    /// <summary>Rewrites a table with the rows of <paramref name="added"/> replacing every old row of the same key.</summary>
    private static void Merge(string path, string[][] added, Func<string[], string> key, int width)
    {
        var old = CsvTable.Read(path);
        var keys = added.Select(key).ToHashSet(StringComparer.Ordinal);
        var kept = old.Rows.Select(r => Pad(r.Cells, width)).Where(c => !keys.Contains(key(c)));
        CsvFile.WriteAtomic(path, old.Header, [.. kept, .. added.Select(a => Pad(a, width))]);
    }

    private static string[] Pad(string[] cells, int width) => [.. Enumerable.Range(0, width).Select(i => i < cells.Length ? cells[i] : "")];
}
