using System.Globalization;
using Junkan.Core.Elements;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Customs;

/// <summary>
/// <c>junkan data import-customs</c>: aggregates MOF trade-statistics import files by element, stage, partner
/// (country of origin) and year over the HS codes of <c>hs_codes.csv</c>, and writes each partner's share of the
/// element-stage total by product weight (tonnes of goods, not element content) into <c>japan_imports.csv</c>.
/// </summary>
public static class CustomsImporter
{
    /// <summary>Source id of the imported rows (in <c>sources.csv</c>).</summary>
    public const string SourceId = "mof-trade-stats";

    /// <summary>Quality of shares over element-specific subheadings: official statistics.</summary>
    public const int QualityOfficial = 5;

    /// <summary>Quality of shares over a subheading shared with other elements: a parent-group proxy.</summary>
    public const int QualityShared = 2;

    /// <summary>Columns of <c>japan_imports.csv</c>.</summary>
    public static readonly string[] ShareColumns = ["element", "stage", "partner", "year", "share", "total_t", "source_id", "quality", "note"];

    /// <summary>Columns of <c>japan_imports_by_hs.csv</c>.</summary>
    public static readonly string[] ByHsColumns = ["hs9", "hs6", "partner", "year", "tonnes", "value_kyen", "source_id"];

    /// <summary>Reads and aggregates <paramref name="files"/> with the tables of <paramref name="referenceFolder"/>; writes nothing.</summary>
    public static CustomsImportResult Import(IReadOnlyList<string> files, string referenceFolder, CustomsImportOptions? options = null)
    {
        options ??= new CustomsImportOptions();
        if (files.Count == 0) throw new Junkan.Core.Inputs.UsageException("files", "no customs CSV file given");
        ImportPaths.RequireFolder(referenceFolder, "the reference data folder (--data)");
        string elementsCsv = Path.Combine(referenceFolder, "elements.csv");
        IReadOnlySet<string>? elements = File.Exists(elementsCsv)
            ? CsvTable.Read(elementsCsv, "symbol").Rows.Select(r => r.Required("symbol")).ToHashSet() : null;
        var mapping = HsMapping.Load(Path.Combine(referenceFolder, "hs_codes.csv"), elements);
        var countries = MofCountryCodes.Load(Path.Combine(referenceFolder, "mof_countries.csv"));

        var records = new List<CustomsRecord>();
        var unmapped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unknown = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int importRows = 0;
        foreach (var f in files)
        {
            var c = CustomsFileReader.Read(f, mapping, countries, options);
            records.AddRange(c.Records);
            importRows += c.ImportRows;
            foreach (var (k, n) in c.UnmappedHs) unmapped[k] = unmapped.GetValueOrDefault(k) + n;
            foreach (var (k, n) in c.UnknownCountries) unknown[k] = unknown.GetValueOrDefault(k) + n;
        }
        if (records.Count == 0)
            throw new DataFormatException(Path.GetFileName(files[0]), null, "HS",
                $"none of the {importRows} import rows has an HS code in hs_codes.csv (codes found: {string.Join(", ", unmapped.Keys.Take(10))}{(unmapped.Count > 10 ? ", ..." : "")})");

        var warnings = new List<string>();
        if (unmapped.Count > 0)
            warnings.Add($"{unmapped.Values.Sum()} import rows with {unmapped.Count} HS codes not in hs_codes.csv ignored: " +
                string.Join(", ", unmapped.Select(kv => $"{kv.Key} ({kv.Value})")));
        foreach (var (code, n) in unknown)
            warnings.Add($"unknown MOF country code {code} ({n} rows) counted as {CountryCode.Other}");

        var shares = Shares(records, mapping, warnings);
        var byHs = records.GroupBy(r => (r.Hs, r.Year, r.Partner))
            .Select(g => new HsTradeRow(g.Key.Hs, g.Key.Year, g.Key.Partner, g.Sum(r => r.Tonnes), g.Sum(r => r.ValueKyen)))
            .OrderBy(h => h.Hs, StringComparer.Ordinal).ThenBy(h => h.Year).ThenByDescending(h => h.Tonnes).ThenBy(h => h.Partner, StringComparer.Ordinal)
            .ToArray();
        return new CustomsImportResult(shares, byHs, importRows, records.Count, warnings);
    }

    private static List<ImportShareRecord> Shares(List<CustomsRecord> records, HsMapping mapping, List<string> warnings)
    {
        var groups = records
            .SelectMany(r => mapping.For(r.Hs).Select(e => (Entry: e, Record: r)))
            .GroupBy(x => (x.Entry.Element, x.Entry.Stage, x.Record.Year))
            .OrderBy(g => g.Key.Element, StringComparer.Ordinal).ThenBy(g => g.Key.Stage).ThenBy(g => g.Key.Year);
        var result = new List<ImportShareRecord>();
        foreach (var g in groups)
        {
            double total = g.Sum(x => x.Record.Tonnes);
            string stage = g.Key.Stage == SupplyStage.Mine ? "mine" : "refined";
            if (total <= 0)
            {
                warnings.Add($"{g.Key.Element} {stage} {g.Key.Year}: no tonnage imported; no shares written");
                continue;
            }
            bool shared = g.Any(x => x.Entry.Shared);
            var hs6 = g.Select(x => x.Entry.Hs6).Distinct().Order(StringComparer.Ordinal).ToArray();
            string note = string.Create(CultureInfo.InvariantCulture, $"MOF {g.Key.Year} imports by country of origin; shares by gross weight (t of goods as declared, not element content) over HS {string.Join(" ", hs6)}")
                + (shared ? "; shared subheading: shares are of the whole subheading" : "");
            var partners = g.GroupBy(x => x.Record.Partner)
                .Select(p => (Partner: p.Key, Tonnes: p.Sum(x => x.Record.Tonnes)))
                .Where(p => p.Tonnes > 0)
                .OrderByDescending(p => p.Tonnes).ThenBy(p => p.Partner, StringComparer.Ordinal);
            bool first = true;
            foreach (var (partner, tonnes) in partners)
            {
                result.Add(new ImportShareRecord(g.Key.Element, g.Key.Stage, partner, g.Key.Year, Math.Round(tonnes / total, 4),
                    Math.Round(total, 3), SourceId, shared ? QualityShared : QualityOfficial, first ? note : ""));
                first = false;
            }
        }
        return result;
    }

    /// <summary>
    /// Replaces the rows of <c>japan_imports.csv</c> with the same element, stage and year as the result (other rows,
    /// e.g. METI quotes, are kept in place) and the rows of <c>japan_imports_by_hs.csv</c> with the same code and year.
    /// Both tables are computed and checked under the shrink rule (groups: element-stage-year, code-year;
    /// docs/data/import-rules.md) before either is written, and both are replaced or neither.
    /// </summary>
    public static void WriteTo(string referenceFolder, CustomsImportResult result, ImportGuard? guard = null)
    {
        string sharesPath = Path.Combine(referenceFolder, "japan_imports.csv");
        string byHsPath = Path.Combine(referenceFolder, "japan_imports_by_hs.csv");

        var keys = result.Shares.Select(s => (s.Element, Stage: ImportRows.Stage(s.Stage), Year: Inv(s.Year))).ToHashSet();
        var (header, kept) = ImportRows.Existing(sharesPath, ShareColumns, r => !keys.Contains((r.Text("element"), r.Text("stage"), r.Text("year"))));
        var shareRows = kept.Concat(result.Shares.Select(s => ImportRows.Project(header, new Dictionary<string, string>
        {
            ["element"] = s.Element, ["stage"] = ImportRows.Stage(s.Stage), ["partner"] = s.Partner, ["year"] = Inv(s.Year),
            ["share"] = s.Share.ToString("0.####", CultureInfo.InvariantCulture),
            ["total_t"] = s.TotalTonnes?.ToString("0.###", CultureInfo.InvariantCulture) ?? "",
            ["source_id"] = s.SourceId, ["quality"] = Inv(s.Quality), ["note"] = s.Note,
        }))).ToArray();

        var hsKeys = result.ByHs.Select(h => (h.Hs, Year: Inv(h.Year))).ToHashSet();
        var (hsHeader, hsKept) = ImportRows.Existing(byHsPath, ByHsColumns, r => !hsKeys.Contains((r.Text("hs9"), r.Text("year"))));
        var hsRows = hsKept.Concat(result.ByHs.Select(h => ImportRows.Project(hsHeader, new Dictionary<string, string>
        {
            ["hs9"] = h.Hs, ["hs6"] = h.Hs[..6], ["partner"] = h.Partner, ["year"] = Inv(h.Year),
            ["tonnes"] = h.Tonnes.ToString("0.###", CultureInfo.InvariantCulture),
            ["value_kyen"] = h.ValueKyen.ToString("0.###", CultureInfo.InvariantCulture), ["source_id"] = SourceId,
        }))).ToArray();

        ImportWriter.Write(
        [
            new GuardedTable(byHsPath, hsHeader, hsRows) { GroupBy = ["hs9", "year"] },
            new GuardedTable(sharesPath, header, shareRows) { GroupBy = ["element", "stage", "year"] },
        ], guard ?? ImportGuard.Strict);
    }


    private static string Inv(int v) => v.ToString(CultureInfo.InvariantCulture);
}
