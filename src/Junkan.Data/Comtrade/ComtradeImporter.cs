using System.Globalization;
using Junkan.Data.Customs;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Comtrade;

/// <summary>
/// <c>junkan data import-comtrade</c>: aggregates UN Comtrade downloads of Japan's imports by element, stage, partner
/// and year over the HS codes of <c>hs_codes.csv</c> and writes each partner's share of the element-stage total by net
/// weight (tonnes of goods, not element content) into <c>japan_imports.csv</c>, with the partner rows per HS code in
/// <c>japan_imports_comtrade.csv</c>. The World row of each code is a check, never a partner.
/// </summary>
public static class ComtradeImporter
{
    /// <summary>Source id of the imported rows (in <c>sources.csv</c>).</summary>
    public const string SourceId = "un-comtrade";

    public const string ByCodeFile = "japan_imports_comtrade.csv";

    /// <summary>Relative difference between a code's World row and the sum of its partners above which a warning is given.</summary>
    public const double WorldTolerance = 0.01;

    /// <summary>Columns of <see cref="ByCodeFile"/>.</summary>
    public static readonly string[] ByCodeColumns = ["hs_code", "elements", "partner", "partner_name", "year", "tonnes", "value_usd", "source_id", "reference"];

    /// <summary>Reads and aggregates <paramref name="files"/> with the tables of <paramref name="referenceFolder"/>; writes nothing.</summary>
    public static ComtradeImportResult Import(IReadOnlyList<string> files, string referenceFolder)
    {
        if (files.Count == 0) throw new Core.Inputs.UsageException("files", "no Comtrade CSV file given");
        ImportPaths.RequireFolder(referenceFolder, "the reference data folder (--data)");
        string elementsCsv = Path.Combine(referenceFolder, "elements.csv");
        IReadOnlySet<string>? elements = File.Exists(elementsCsv) ? CsvTable.Read(elementsCsv, "symbol").Rows.Select(r => r.Required("symbol")).ToHashSet() : null;
        var mapping = HsMapping.Load(Path.Combine(referenceFolder, "hs_codes.csv"), elements);
        var partners = ComtradePartners.Load(Path.Combine(referenceFolder, ComtradePartners.FileName));

        var records = new List<ComtradeRecord>();
        var unmapped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int imports = 0, duplicates = 0;
        foreach (var f in files)
        {
            var c = ComtradeFileReader.Read(f, mapping, partners);
            records.AddRange(c.Records);
            (imports, duplicates) = (imports + c.ImportRows, duplicates + c.Duplicates);
            foreach (var (k, n) in c.UnmappedCodes) unmapped[k] = unmapped.GetValueOrDefault(k) + n;
        }
        if (records.Count == 0)
            throw new DataFormatException(Path.GetFileName(files[0]), null, "CmdCode",
                $"none of the {imports} import rows has an HS code in hs_codes.csv (codes found: {string.Join(", ", unmapped.Keys.Take(10))})");
        var warnings = new List<string>();
        if (duplicates > 0) warnings.Add($"{duplicates} rows repeated under a second material download (same year, code, partner and figures) counted once");
        if (unmapped.Count > 0)
            warnings.Add($"{unmapped.Values.Sum()} import rows with {unmapped.Count} HS codes not in hs_codes.csv ignored: {string.Join(", ", unmapped.Keys)}");
        CheckWorld(records, warnings);
        var byCode = records.Where(r => r.Partner.Kind != PartnerKind.World)
            .OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Year).ThenByDescending(r => r.Tonnes ?? 0).ThenBy(r => r.Partner.Partner, StringComparer.Ordinal).ToArray();
        var shares = ComtradeShares.Compute(byCode, mapping, warnings);
        return new ComtradeImportResult(shares.Shares, shares.CodeElements, byCode, imports, duplicates, warnings);
    }

    /// <summary>Warns where a code's World net weight differs from the sum of its partners by more than <see cref="WorldTolerance"/>.</summary>
    private static void CheckWorld(List<ComtradeRecord> records, List<string> warnings)
    {
        foreach (var g in records.GroupBy(r => (r.Code, r.Year)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            var world = g.FirstOrDefault(r => r.Partner.Kind == PartnerKind.World);
            double sum = g.Where(r => r.Partner.Kind != PartnerKind.World).Sum(r => r.Tonnes ?? 0);
            if (world is null || Math.Abs((world.Tonnes ?? 0) - sum) <= WorldTolerance * Math.Max(sum, world.Tonnes ?? 0)) continue;
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"HS {g.Key.Code} {g.Key.Year}: World row {world.Tonnes ?? 0:0.###} t ({world.File} row {world.Row}) against {sum:0.###} t summed over partners; shares use the partner rows"));
        }
    }

    /// <summary>
    /// Replaces the rows of <c>japan_imports.csv</c> with the same element, stage and year as the result (METI quotes of
    /// other years stay as cross-checks) and the rows of <see cref="ByCodeFile"/> with the same code and year; both are
    /// checked (shrink rule; vintage check of the element-stage tonnage) and written together or not at all.
    /// </summary>
    public static void WriteTo(string referenceFolder, ComtradeImportResult result, ImportGuard? guard = null)
    {
        string sharesPath = Path.Combine(referenceFolder, "japan_imports.csv");
        string byCodePath = Path.Combine(referenceFolder, ByCodeFile);
        var keys = result.Shares.Select(s => (s.Element, ImportRows.Stage(s.Stage), Inv(s.Year))).ToHashSet();
        var (header, kept) = ImportRows.Existing(sharesPath, CustomsImporter.ShareColumns, r => !keys.Contains((r.Text("element"), r.Text("stage"), r.Text("year"))));
        var shareRows = kept.Concat(result.Shares.Select(s => ImportRows.Project(header, new Dictionary<string, string>
        {
            ["element"] = s.Element, ["stage"] = ImportRows.Stage(s.Stage), ["partner"] = s.Partner, ["year"] = Inv(s.Year),
            ["share"] = s.Share.ToString("0.####", CultureInfo.InvariantCulture),
            ["total_t"] = s.TotalTonnes?.ToString("0.###", CultureInfo.InvariantCulture) ?? "",
            ["source_id"] = s.SourceId, ["quality"] = Inv(s.Quality), ["note"] = s.Note,
        }))).ToArray();

        var codeKeys = result.ByCode.Select(r => (r.Code, Inv(r.Year))).ToHashSet();
        var (codeHeader, codeKept) = ImportRows.Existing(byCodePath, ByCodeColumns, r => !codeKeys.Contains((r.Text("hs_code"), r.Text("year"))));
        var codeRows = codeKept.Concat(result.ByCode.Select(r => ImportRows.Project(codeHeader, new Dictionary<string, string>
        {
            ["hs_code"] = r.Code, ["elements"] = result.CodeElements.GetValueOrDefault(r.Code, ""), ["partner"] = r.Partner.Partner,
            ["partner_name"] = r.Partner.NameEn, ["year"] = Inv(r.Year),
            ["tonnes"] = r.Tonnes?.ToString("0.###", CultureInfo.InvariantCulture) ?? "",
            ["value_usd"] = r.ValueUsd.ToString("0.##", CultureInfo.InvariantCulture), ["source_id"] = SourceId,
            ["reference"] = $"{r.File} row {Inv(r.Row)}",
        }))).ToArray();

        ImportWriter.Write(
        [
            new GuardedTable(byCodePath, codeHeader, codeRows)
            { GroupBy = ["hs_code", "year"], Vintage = new VintageColumns("hs_code", ["partner"], "year", "tonnes", "reference") },
            new GuardedTable(sharesPath, header, shareRows)
            { GroupBy = ["element", "stage", "year"], Vintage = new VintageColumns("element", ["stage"], "year", "total_t") },
        ], guard ?? ImportGuard.Strict);
    }


    private static string Inv(int v) => v.ToString(CultureInfo.InvariantCulture);
}
