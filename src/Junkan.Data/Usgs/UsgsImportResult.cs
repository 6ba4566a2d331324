using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Usgs;

/// <summary>Rows imported from one or more USGS MCS releases, and the files or columns skipped with the reason.</summary>
public sealed record UsgsImportResult(List<CountryFigure> Production, List<CountryFigure> Reserves, List<PriceRecord> Prices, List<string> Skipped)
{
    /// <summary>Combines releases: figures of the newer release replace the older's for the same commodity, series, country and year.</summary>
    public static UsgsImportResult Merge(UsgsImportResult older, UsgsImportResult newer)
    {
        static List<CountryFigure> M(List<CountryFigure> o, List<CountryFigure> n)
        {
            var keys = n.Select(f => (f.Commodity, f.Series, f.Country, f.Year)).ToHashSet();
            return o.Where(f => !keys.Contains((f.Commodity, f.Series, f.Country, f.Year))).Concat(n).ToList();
        }
        var priceKeys = newer.Prices.Select(p => (p.Commodity, p.Series, p.Year)).ToHashSet();
        return new UsgsImportResult(M(older.Production, newer.Production), M(older.Reserves, newer.Reserves),
            older.Prices.Where(p => !priceKeys.Contains((p.Commodity, p.Series, p.Year))).Concat(newer.Prices).ToList(),
            older.Skipped.Concat(newer.Skipped).ToList());
    }

    /// <summary>
    /// Writes production.csv, reserves.csv and prices.csv together (all replaced or none), sorted deterministically,
    /// after the shrink rule and the vintage check against the tables they replace (docs/data/import-rules.md).
    /// </summary>
    public void WriteTo(string folder, ImportGuard? guard = null) => ImportWriter.Write(Tables(folder), guard ?? ImportGuard.Strict);

    /// <summary>The three tables as they would be written into <paramref name="folder"/>, with their import rules.</summary>
    public IReadOnlyList<GuardedTable> Tables(string folder)
    {
        IReadOnlyList<string?[]> Rows(IEnumerable<CountryFigure> f) => [.. f
            .OrderBy(x => x.Element, StringComparer.Ordinal).ThenBy(x => x.Commodity, StringComparer.Ordinal).ThenBy(x => x.Series, StringComparer.Ordinal)
            .ThenBy(x => x.Country, StringComparer.Ordinal).ThenBy(x => x.Year)
            .Select(x => new[] { x.Element, x.Commodity, x.Series, x.Stage, x.Country, Inv(x.Year), Inv(x.Tonnes), "t", x.Flag, x.SourceId, Inv(x.Quality), x.Reference })];
        string?[][] prices = [.. Prices.OrderBy(p => p.Element, StringComparer.Ordinal).ThenBy(p => p.Commodity, StringComparer.Ordinal)
            .ThenBy(p => p.Series, StringComparer.Ordinal).ThenBy(p => p.Year)
            .Select(p => new[] { p.Element, p.Commodity, p.Series, Inv(p.Year), Inv(p.Value), p.Unit, p.SourceId, p.Reference })];
        return
        [
            Figures(Path.Combine(folder, "production.csv"), Rows(Production)),
            Figures(Path.Combine(folder, "reserves.csv"), Rows(Reserves)),
            new(Path.Combine(folder, "prices.csv"), PriceColumns, prices)
            {
                GroupBy = ["element", "commodity"],
                Vintage = new VintageColumns("element", ["commodity", "series"], "year", "value", "reference"),
            },
        ];
    }

    private static readonly string[] FigureColumns = ["element", "commodity", "series", "stage", "country", "year", "value", "unit", "flag", "source_id", "quality", "reference"];
    private static readonly string[] PriceColumns = ["element", "commodity", "series", "year", "value", "unit", "source_id", "reference"];

    private static GuardedTable Figures(string path, IReadOnlyList<string?[]> rows) => new(path, FigureColumns, rows)
    {
        GroupBy = ["element", "commodity"],
        Vintage = new VintageColumns("element", ["commodity", "series", "country"], "year", "value", "reference"),
    };

    private static string Inv(double? v) => v?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "";
    private static string Inv(int v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
