using System.Globalization;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.EuCrm;

/// <summary>
/// The EU 2023 results as Junkan tables: one row per material kept (file order), the secondary-supply proxies
/// derived from their EOL-RIR, the defects handled, and the materials excluded.
/// </summary>
public sealed record EuCrmImportResult(
    IReadOnlyList<EuCrmRecord> Materials,
    IReadOnlyList<SecondaryRecord> Secondary,
    IReadOnlyList<EuCrmWarning> Warnings,
    IReadOnlyList<string> Excluded)
{
    public const string MaterialsFile = "eu_crm_2023.csv";
    public const string SecondaryFile = "secondary_supply.csv";

    public static readonly string[] MaterialColumns =
        ["material", "element", "supply_risk", "economic_importance", "eol_rir", "sr_stage", "supply_risk_primary", "supply_risk_refined", "source_id", "quality", "note"];

    public static readonly string[] SecondaryColumns = ["element", "year", "share", "basis", "source_id", "quality", "note"];

    public IReadOnlyList<string?[]> MaterialRows() => Materials
        .Select(m => new[] { m.Material, m.Element, Inv(m.SupplyRisk), Inv(m.EconomicImportance), Inv(m.EolRir), m.SrStage,
            Inv(m.SupplyRiskPrimary), Inv(m.SupplyRiskRefined), m.SourceId, Inv(m.Quality), m.Note })
        .ToArray();

    public IReadOnlyList<string?[]> SecondaryRows() => Secondary
        .Select(s => new[] { s.Element, Inv(s.Year), Inv(s.Share), s.Basis, s.SourceId, Inv(s.Quality), s.Note })
        .ToArray();

    /// <summary>
    /// Writes eu_crm_2023.csv and secondary_supply.csv together, both or neither, under the shrink rule
    /// (groups: material, element; docs/data/import-rules.md).
    /// </summary>
    public void WriteTo(string referenceFolder, ImportGuard? guard = null) => ImportWriter.Write(
    [
        new(Path.Combine(referenceFolder, MaterialsFile), MaterialColumns, MaterialRows()) { GroupBy = ["material"] },
        new(Path.Combine(referenceFolder, SecondaryFile), SecondaryColumns, SecondaryRows()) { GroupBy = ["element"] },
    ], guard ?? ImportGuard.Strict);

    private static string Inv(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";
    private static string Inv(int v) => v.ToString(CultureInfo.InvariantCulture);
}
