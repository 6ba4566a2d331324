using Junkan.Data.Reference;

namespace Junkan.Data.Customs;

/// <summary>Tonnes and value of one statistical code from one partner in one year, for <c>japan_imports_by_hs.csv</c>.</summary>
public sealed record HsTradeRow(string Hs, int Year, string Partner, double Tonnes, double ValueKyen);

/// <summary>What an import of customs files produced: partner shares, per-code totals, counts and warnings.</summary>
/// <param name="Shares">Partner shares per element, stage and year, ready for <c>japan_imports.csv</c>.</param>
/// <param name="ByHs">Per statistical code, partner and year.</param>
/// <param name="ImportRows">Import rows read (all HS codes, after the year filter).</param>
/// <param name="MappedRows">Import rows whose HS code is in <c>hs_codes.csv</c>.</param>
/// <param name="Warnings">Ignored HS codes, unknown countries counted as OTHER, element-stages without tonnage.</param>
public sealed record CustomsImportResult(
    IReadOnlyList<ImportShareRecord> Shares, IReadOnlyList<HsTradeRow> ByHs, int ImportRows, int MappedRows, IReadOnlyList<string> Warnings);
