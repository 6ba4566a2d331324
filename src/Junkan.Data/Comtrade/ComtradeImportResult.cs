using Junkan.Data.Reference;

namespace Junkan.Data.Comtrade;

/// <summary>What an import of Comtrade files produced: partner shares for <c>japan_imports.csv</c>, the partner rows per HS code behind them, counts and warnings.</summary>
/// <param name="CodeElements">Per HS code, the element-stages it was counted towards (e.g. "Ni:mine").</param>
/// <param name="ByCode">Per HS code, partner and year (the rows each share is traced to), for <c>japan_imports_comtrade.csv</c>.</param>
/// <param name="Warnings">Ignored codes, duplicates, rows without net weight, World totals that disagree with the partner sum.</param>
public sealed record ComtradeImportResult(
    IReadOnlyList<ImportShareRecord> Shares, IReadOnlyDictionary<string, string> CodeElements, IReadOnlyList<ComtradeRecord> ByCode, int ImportRows, int Duplicates, IReadOnlyList<string> Warnings);
