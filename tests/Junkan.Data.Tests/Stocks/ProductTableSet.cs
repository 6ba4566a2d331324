using Junkan.Data.Stocks;

namespace Junkan.Data.Tests.Stocks;

/// <summary>
/// A small valid product table set (inflows, lifetimes, contents, sources) written to a fresh temp folder, with
/// helpers to change one cell, add or drop a row, or rename a header column before loading. Rows are addressed as
/// in <see cref="Junkan.Core.Inputs.InputException.Row"/>: the header is row 1, the first data row is row 2.
/// </summary>
internal sealed class ProductTableSet : IDisposable
{
    public const string Inflows = "product_inflows.csv";
    public const string Lifetimes = "product_lifetimes.csv";
    public const string Contents = "product_contents.csv";
    public const string Sources = "sources.csv";

    private readonly Dictionary<string, List<string[]>> tables = new()
    {
        [Sources] =
        [
            ["id", "citation", "publisher", "year", "url", "licence"],
            ["stat-office", "Statistics Office (2021). Shipments, yearly.", "Statistics Office", "2021", "https://example.org/stat", "CC BY 4.0"],
            ["survey", "Survey Institute (2020). Product lifetimes and contents.", "Survey Institute", "2020", "", ""],
            ["assumption", "Test assumption.", "", "", "", ""],
        ],
        [Inflows] =
        [
            ["product", "scenario", "year", "inflow", "unit", "source_id", "quality", "note"],
            ["widget", "historic", "2000", "100", "units", "stat-office", "4", "observed"], // row 2
            ["widget", "historic", "2001", "120", "units", "stat-office", "4", ""],         // row 3
            ["widget", "historic", "2002", "150", "units", "stat-office", "5", ""],         // row 4
            ["widget", "reference", "2003", "160", "units", "assumption", "1", "held"],    // row 5
            ["widget", "reference", "2004", "170", "units", "assumption", "1", ""],        // row 6
            ["panel", "historic", "2001", "2.5", "MW", "survey", "3", ""],                  // row 7
            ["panel", "historic", "2002", "4", "MW", "survey", "3", ""],                    // row 8
            ["widget", "high", "2003", "200", "units", "assumption", "2", ""],             // row 9
            ["widget", "high", "2004", "250", "units", "assumption", "2", ""],             // row 10
        ],
        [Lifetimes] =
        [
            ["product", "lifetime", "mean_low", "mean_high", "source_id", "quality", "note"],
            ["widget", "weibull:shape=2,scale=10", "8", "10", "survey", "3", "mean 10 * Gamma(1.5) = 8.862"], // row 2
            ["panel", "fixed:mean=25", "20", "30", "stat-office", "4", ""],                                  // row 3
        ],
        [Contents] =
        [
            ["product", "element", "content", "unit", "low", "high", "year", "source_id", "quality", "note"],
            ["widget", "Cu", "1.5", "kg/unit", "1", "2", "2020", "survey", "2", ""],     // row 2
            ["widget", "Ni", "0.4", "kg/unit", "0.2", "0.6", "2020", "survey", "2", ""], // row 3
            ["panel", "Ag", "20", "kg/MW", "10", "30", "2019", "stat-office", "3", ""],  // row 4
        ],
    };

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "junkan-stocks-" + Guid.NewGuid().ToString("N"));

    public ProductTableSet() => Directory.CreateDirectory(Folder);

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>Sets one cell: <paramref name="row"/> counts the header as 1.</summary>
    public ProductTableSet Set(string file, int row, string column, string value)
    {
        var table = tables[file];
        int i = Array.IndexOf(table[0], column);
        if (i < 0) throw new ArgumentException($"no column {column} in {file}");
        table[row - 1][i] = value;
        return this;
    }

    public ProductTableSet Append(string file, params string[] cells)
    {
        if (cells.Length != tables[file][0].Length) throw new ArgumentException($"{file} has {tables[file][0].Length} columns");
        tables[file].Add(cells);
        return this;
    }

    /// <summary>Drops a data row (header = row 1).</summary>
    public ProductTableSet Remove(string file, int row)
    {
        tables[file].RemoveAt(row - 1);
        return this;
    }

    public ProductTableSet RenameColumn(string file, string column, string newName)
    {
        var header = tables[file][0];
        int i = Array.IndexOf(header, column);
        if (i < 0) throw new ArgumentException($"no column {column} in {file}");
        header[i] = newName;
        return this;
    }

    /// <summary>Writes every table (UTF-8, LF, quoted where needed) and returns the path of the inflow table.</summary>
    public string Write()
    {
        foreach (var (file, rows) in tables)
            File.WriteAllText(PathOf(file), string.Concat(rows.Select(r => string.Join(",", r.Select(Quote)) + "\n")));
        return PathOf(Inflows);
    }

    public ProductData Load() => ProductDataLoader.Load(Write());

    public DataFormatException LoadFails() => Assert.Throws<DataFormatException>(() => ProductDataLoader.Load(Write()));

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, true);
    }
}
