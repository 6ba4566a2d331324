using System.Globalization;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.EuCrm;

/// <summary>
/// Imports the results table of the EU 2023 criticality assessment (European Commission, Study on the critical raw
/// materials for the EU 2023, doi:10.2873/725585; CSV transcription in meyerdata/CritMAT) into <c>eu_crm_2023.csv</c>
/// and, from the end-of-life recycling input rates, the proxy rows of <c>secondary_supply.csv</c>.
/// <para>
/// Defects are handled explicitly and reported as <see cref="EuCrmWarning"/>s, never silently: a repeated material
/// with identical cells is kept once (with different cells it is an error); a cell that is not a valid number
/// (e.g. <c>281%</c>) is left empty; a row whose columns are shifted (more cells than the header, a number where a stage or
/// sourcing code belongs, a code where a number belongs) is excluded, since the right realignment cannot be proved.
/// A row with fewer cells than the header is refused as a truncated file (<see cref="Imports.CsvIntegrity"/>).
/// </para>
/// See docs/data/eu-crm-2023.md.
/// </summary>
public static class EuCrmImporter
{
    public const string SourceId = "ec-crm-2023";
    public const string SecondaryBasis = "eu-eol-rir-2023";
    public const int SecondaryYear = 2023;

    /// <summary>Quality of the EU figures: 4, official report (transcribed).</summary>
    public const int MaterialQuality = 4;

    /// <summary>Quality of the secondary shares: 2, proxy (another region).</summary>
    public const int SecondaryQuality = 2;

    public const string MaterialsMapFile = "eu_crm_materials.csv";

    public const string ProxyNote = "EU end-of-life recycling input rate used as a proxy for Japan's secondary share of demand (no public Japanese figure)";

    /// <summary>Largest difference between the reported SR and the SR of the stage reported, before a warning (rounding).</summary>
    public const double StageSrTolerance = 0.05;

    private static readonly string[] Columns =
    [
        "material_name", "supply_risk", "economic_importance", "eu_used_stage", "eu_stages", "eu_used_supply_primary", "supply_risk_primary",
        "eu_used_supply_refined", "supply_risk_refined", "si_ei", "si_sr", "import_reliance_primary", "import_reliance_refined", "end_of_life",
    ];

    private static readonly string[] ScoreColumns = ["supply_risk", "economic_importance", "supply_risk_primary", "supply_risk_refined"];
    private static readonly string[] FactorColumns = ["si_ei", "si_sr"];
    private static readonly string[] PercentColumns = ["import_reliance_primary", "import_reliance_refined", "end_of_life"];
    private static readonly string[] NumericColumns = [.. ScoreColumns, .. FactorColumns, .. PercentColumns];
    private static readonly string[] SourcingColumns = ["eu_used_supply_primary", "eu_used_supply_refined"];

    private static readonly string[] Stages = ["Extraction", "Processing"];
    private static readonly string[] StageSets = ["E", "P", "E+P"];
    private static readonly string[] SourcingCodes = ["GS+EU", "GSonly", "EUonly"];
    private static readonly string[] SourcingVariants = ["EU", "GS"]; // seen once ("EU" for Molybdenum, refined): accepted with a warning

    /// <summary>
    /// Reads elements.csv, eu_crm_materials.csv and sources.csv of <paramref name="referenceFolder"/>, imports
    /// <paramref name="csv"/> and writes eu_crm_2023.csv and secondary_supply.csv there. Nothing is written on an error.
    /// </summary>
    public static EuCrmImportResult ImportInto(string csv, string referenceFolder, ImportGuard? guard = null)
    {
        ImportPaths.RequireFolder(referenceFolder, "the reference data folder (--data)");
        var elements = CsvTable.Read(Path.Combine(referenceFolder, "elements.csv"), "symbol").Rows.Select(r => r.Required("symbol")).ToHashSet();
        var map = EuCrmMaterialMap.Read(Path.Combine(referenceFolder, MaterialsMapFile), elements);
        if (!CsvTable.Read(Path.Combine(referenceFolder, "sources.csv"), "id").Rows.Any(r => r.Required("id") == SourceId))
            throw new DataFormatException("sources.csv", null, "id", $"source '{SourceId}' is missing: add the citation of the EU 2023 study");
        var result = Import(csv, map);
        result.WriteTo(referenceFolder, guard);
        return result;
    }

    /// <summary>Imports the results file; throws <see cref="DataFormatException"/> on defects that cannot be resolved.</summary>
    public static EuCrmImportResult Import(string path, EuCrmMaterialMap map)
    {
        var t = ImportCsv.ReadRagged(path, Columns);
        var warnings = new List<EuCrmWarning>();
        var excluded = new List<string>();
        var kept = new List<(EuCrmRecord Record, decimal? EolPercent)>();
        var first = new Dictionary<string, CsvRow>(StringComparer.OrdinalIgnoreCase);
        void Warn(CsvRow r, string? column, string? material, string message) => warnings.Add(new(t.File, r.Line, column, material, message));

        foreach (var r in t.Rows)
        {
            string material = r.Required("material_name");
            if (first.TryGetValue(material, out var earlier))
            {
                var differ = DifferingColumns(earlier, r);
                if (differ.Count > 0)
                    throw r.Error(differ[0], $"'{material}' appears again (first in row {earlier.Line}) with different values in {string.Join(", ", differ)}: "
                        + "which row is right cannot be decided; correct the file");
                Warn(r, null, material, $"duplicate of row {earlier.Line} with identical values: row {earlier.Line} kept, row {r.Line} dropped");
                continue;
            }
            first[material] = r;

            if (ShiftedColumn(r) is { } shift)
            {
                Warn(r, shift.Column, material, $"row excluded: its columns appear shifted ({shift.Problem}); the realignment cannot be proved, so none of its values are used");
                excluded.Add(material);
                continue;
            }
            kept.Add(ReadRow(r, material, map, (c, m) => Warn(r, c, material, m)));
        }

        foreach (var (material, element, _) in map.Entries.Where(e => e.Element is not null))
        {
            if (excluded.Contains(material, StringComparer.OrdinalIgnoreCase))
                warnings.Add(new(map.File, null, "material_name", material, $"mapped to {element}, but its row was excluded: {element} gets no EU figures"));
            else if (!first.ContainsKey(material))
                warnings.Add(new(map.File, null, "material_name", material, $"mapped to {element}, but not in {t.File}"));
        }

        if (kept.Count == 0)
            throw new DataFormatException(t.File, null, null, string.Create(CultureInfo.InvariantCulture, $"no usable row: all {first.Count} material(s) excluded or duplicated; nothing to import"));
        var secondary = new List<SecondaryRecord>();
        foreach (var g in kept.Where(k => k.Record.Element is not null).GroupBy(k => k.Record.Element!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var withRate = g.Where(k => k.EolPercent is not null).ToArray();
            if (withRate.Length == 0)
            {
                warnings.Add(new(t.File, null, "end_of_life", null, $"{g.Key}: no EOL-RIR in {string.Join(", ", g.Select(k => $"'{k.Record.Material}'"))}: no secondary-supply row"));
                continue;
            }
            var low = withRate.MinBy(k => k.EolPercent)!;
            string from = withRate.Length == 1
                ? $"EOL-RIR {Pct(low.EolPercent)} % of '{low.Record.Material}'"
                : $"lowest EOL-RIR of {string.Join(", ", withRate.Select(k => $"'{k.Record.Material}' ({Pct(k.EolPercent)} %)"))}";
            secondary.Add(new SecondaryRecord(g.Key, SecondaryYear, low.Record.EolRir!.Value, SecondaryBasis, SourceId, SecondaryQuality,
                $"{ProxyNote}; {from} in the EU 2023 study, whose reference period is the 2016-2020 average"));
        }
        return new EuCrmImportResult(kept.Select(k => k.Record).ToArray(), secondary, warnings, excluded);
    }

    private static (EuCrmRecord, decimal?) ReadRow(CsvRow r, string material, EuCrmMaterialMap map, Action<string?, string> warn)
    {
        var notes = new List<string>();
        var v = new Dictionary<string, decimal?>();
        foreach (var c in NumericColumns)
        {
            string s = r.Text(c);
            if (s.Length == 0) { v[c] = null; continue; }
            if (ParseDecimal(s) is { } d && InRange(c, d)) { v[c] = d; continue; }
            v[c] = null;
            string why = ParseDecimal(s) is { } bad ? string.Create(CultureInfo.InvariantCulture, $"{bad} is outside {Range(c)}")
                : s.EndsWith('%') ? $"'{s}' is not a number (a percent sign in a {(PercentColumns.Contains(c) ? "percentage" : "score")} column); neither {s.TrimEnd('%')} nor {s.TrimEnd('%')}/100 is used"
                : $"'{s}' is not a number";
            warn(c, $"invalid value: {why}; left empty");
            notes.Add($"{c}: source cell '{s}' invalid, left empty");
        }

        void Doubt(string column, string message) { warn(column, message); notes.Add(message); }
        string stage = r.Text("eu_used_stage");
        string stages = r.Text("eu_stages");
        if (!stages.Contains(stage[0]))
            Doubt("eu_used_stage", $"the stage reported ({stage}) is not among the stages assessed ({stages})");
        foreach (var (letter, col) in new[] { ('E', "supply_risk_primary"), ('P', "supply_risk_refined") })
            if (stages.Contains(letter) && r.Text(col).Length == 0)
                Doubt(col, $"stage {letter} is assessed ({stages}) but {col} is empty");
        string stageCol = stage == "Extraction" ? "supply_risk_primary" : "supply_risk_refined";
        if (v["supply_risk"] is { } sr && v[stageCol] is { } ssr && Math.Abs((double)(sr - ssr)) > StageSrTolerance)
            Doubt("supply_risk", string.Create(CultureInfo.InvariantCulture, $"supply_risk {sr} differs from {stageCol} {ssr} of the stage reported ({stage}); both are kept as published"));
        foreach (var col in SourcingColumns)
            if (SourcingVariants.Contains(r.Text(col)))
                warn(col, $"non-standard sourcing code '{r.Text(col)}' (expected {string.Join(", ", SourcingCodes)}); the column is not used");

        var m = map.Find(material);
        if (m is { Note.Length: > 0 } mapped) notes.Insert(0, mapped.Note);
        decimal? eol = v["end_of_life"];
        return (new EuCrmRecord(material, m?.Element, D(v["supply_risk"]), D(v["economic_importance"]), D(eol / 100m),
            stage.ToLowerInvariant(), D(v["supply_risk_primary"]), D(v["supply_risk_refined"]), SourceId, MaterialQuality,
            string.Join("; ", notes)), eol);
    }

    /// <summary>Why the row looks shifted (the first column out of place), or null if its structure is sound.</summary>
    private static (string? Column, string Problem)? ShiftedColumn(CsvRow r)
    {
        if (!r.HasHeaderWidth) return (null, $"{r.Cells.Length} cells, the header has {r.Table.Header.Count}");
        string stage = r.Text("eu_used_stage");
        if (!Stages.Contains(stage)) return ("eu_used_stage", $"'{stage}' where a stage ({string.Join(", ", Stages)}) belongs");
        string stages = r.Text("eu_stages");
        if (!StageSets.Contains(stages)) return ("eu_stages", $"'{stages}' where the stages assessed ({string.Join(", ", StageSets)}) belong");
        foreach (var c in SourcingColumns)
        {
            string s = r.Text(c);
            if (s.Length == 0 || SourcingCodes.Contains(s) || SourcingVariants.Contains(s)) continue;
            return (c, ParseDecimal(s) is not null ? $"the number {s} where a sourcing code ({string.Join(", ", SourcingCodes)}) belongs" : $"'{s}' is not a sourcing code");
        }
        foreach (var c in NumericColumns)
        {
            string s = r.Text(c);
            if (Stages.Contains(s) || StageSets.Contains(s) || SourcingCodes.Contains(s) || SourcingVariants.Contains(s))
                return (c, $"the code '{s}' where a number belongs");
        }
        return null;
    }

    private static List<string> DifferingColumns(CsvRow a, CsvRow b)
    {
        var header = a.Table.Header;
        int n = Math.Max(a.Cells.Length, b.Cells.Length);
        string Cell(CsvRow r, int i) => i < r.Cells.Length ? r.Cells[i].Trim() : "<missing>";
        return Enumerable.Range(0, n).Where(i => Cell(a, i) != Cell(b, i)).Select(i => i < header.Count ? header[i] : $"cell {i + 1}").ToList();
    }

    private static decimal? ParseDecimal(string s) =>
        decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static bool InRange(string column, decimal d) =>
        d >= 0 && (!FactorColumns.Contains(column) || d <= 1) && (!PercentColumns.Contains(column) || d <= 100);

    private static string Range(string column) =>
        FactorColumns.Contains(column) ? "0..1" : PercentColumns.Contains(column) ? "0..100 %" : "0 and above";

    private static double? D(decimal? d) => d is { } x ? (double)x : null;

    private static string Pct(decimal? d) => d?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
