using Junkan.Core.Citations;
using Junkan.Core.Elements;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Core.Stocks.Products;
using Junkan.Data.Reference;

namespace Junkan.Data.Stocks;

/// <summary>
/// Reads a product table set (data/stocks/README.md): <c>product_inflows.csv</c>
/// (<c>product,scenario,year,inflow,unit,source_id,quality,note</c>; scenario <c>historic</c> for observed years),
/// <c>product_lifetimes.csv</c> (<c>product,lifetime,mean_low,mean_high,source_id,quality,note</c>; lifetime as a
/// <see cref="LifetimeSpec"/>), <c>product_contents.csv</c> (<c>product,element,content,unit,low,high,year,source_id,quality,note</c>;
/// content in kg per unit of the inflow unit) and <c>sources.csv</c>. Every problem names file, row and column.
/// </summary>
/// <remarks>
/// Every other scenario value is a future path that continues the history: the rows of one product and scenario give
/// every year once, ascending and without gaps, and the first scenario year is the year after the last historic year
/// (when the product has a history). Each scenario becomes one <see cref="ProductInflowPath"/> = history + its own rows,
/// in the order the scenarios first appear in the file (so the first one listed is the default of the commands).
/// </remarks>
public static class ProductDataLoader
{
    /// <summary>The scenario value of observed years; every other value is a future path joined to them.</summary>
    public const string Historic = "historic";

    /// <summary>Loads the tables; lifetimes, contents and sources default to the standard names beside the inflow file.</summary>
    /// <param name="elements">
    /// The element symbols a content row may name; default: those of <c>../reference/elements.csv</c> beside the folder
    /// of the inflow table (the data/stocks, data/reference layout), or any when there is none.
    /// </param>
    public static ProductData Load(string inflowsPath, string? lifetimesPath = null, string? contentsPath = null, string? sourcesPath = null,
        IReadOnlySet<string>? elements = null)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(inflowsPath))!;
        lifetimesPath ??= Path.Combine(folder, "product_lifetimes.csv");
        contentsPath ??= Path.Combine(folder, "product_contents.csv");
        sourcesPath ??= Path.Combine(folder, "sources.csv");
        var sources = ReadSources(sourcesPath);
        var (paths, units) = ReadInflows(inflowsPath, sources);
        var lifetimes = ReadLifetimes(lifetimesPath, sources, units);
        var missing = units.Keys.FirstOrDefault(p => !lifetimes.ContainsKey(p));
        if (missing is not null)
            throw new DataFormatException(Path.GetFileName(lifetimesPath), null, "product", $"product '{missing}' of {Path.GetFileName(inflowsPath)} has no lifetime");
        var contents = ReadContents(contentsPath, sources, units, elements ?? ElementsBeside(folder));
        return new ProductData(paths, lifetimes, contents, sources, [inflowsPath, lifetimesPath, contentsPath, sourcesPath]);
    }

    private static HashSet<string>? ElementsBeside(string folder)
    {
        string path = Path.Combine(folder, "..", "reference", "elements.csv");
        return File.Exists(path) ? CsvTable.Read(path, "symbol").Rows.Select(r => r.Required("symbol")).ToHashSet() : null;
    }

    private static Dictionary<string, SourceRecord> ReadSources(string path)
    {
        var sources = new Dictionary<string, SourceRecord>();
        foreach (var r in CsvTable.Read(path, "id", "citation").Rows)
        {
            string id = r.Required("id");
            if (sources.ContainsKey(id)) throw r.Error("id", $"source '{id}' is listed twice");
            sources[id] = new SourceRecord(id, r.Required("citation"), r.Text("publisher"), r.Text("year"), r.Text("url"), r.Text("licence"));
        }
        return sources;
    }

    private sealed record InflowRow(int Year, double Value, string SourceId, int Quality, CsvRow Row);

    private static (List<ProductInflowPath>, Dictionary<string, string> Units) ReadInflows(string path, Dictionary<string, SourceRecord> sources)
    {
        var table = CsvTable.Read(path, "product", "scenario", "year", "inflow", "unit", "source_id", "quality");
        var units = new Dictionary<string, string>();
        var groups = new Dictionary<(string Product, string Scenario), List<InflowRow>>();
        foreach (var row in table.Rows)
        {
            string product = row.Required("product"), scenario = row.Required("scenario"), unit = row.Required("unit");
            if (units.TryGetValue(product, out var known) && known != unit)
                throw row.Error("unit", $"'{unit}' differs from '{known}' given earlier for product '{product}'");
            units[product] = unit;
            var list = groups.TryGetValue((product, scenario), out var l) ? l : groups[(product, scenario)] = [];
            list.Add(new InflowRow(row.Year(), row.NonNegative("inflow"), Source(row, sources), row.Quality().Value, row));
        }
        if (groups.Count == 0) throw new DataFormatException(table.File, null, null, "no data rows: at least one product year is needed");
        foreach (var ((product, scenario), rows) in groups) CheckYears(product, scenario, rows);
        var paths = new List<ProductInflowPath>();
        foreach (var product in units.Keys)
        {
            groups.TryGetValue((product, Historic), out var history);
            var scenarios = groups.Keys.Where(k => k.Product == product && k.Scenario != Historic).Select(k => k.Scenario).ToList();
            if (scenarios.Count == 0) paths.Add(NewPath(product, Historic, history!, units[product]));
            foreach (var scenario in scenarios)
            {
                var future = groups[(product, scenario)];
                if (history is not null && future[0].Year != history[^1].Year + 1)
                {
                    int last = history[^1].Year, start = future[0].Year;
                    string why = start > last + 1 ? $"{MissingYears(last, start)} between history and scenario"
                        : start == last ? $"it repeats historic year {last}"
                        : $"it repeats historic years {start}-{last}";
                    throw future[0].Row.Error("year", $"scenario {scenario} of {product} starts in {start}; the history ends in {last}, so it must start in {last + 1} ({why})");
                }
                paths.Add(NewPath(product, scenario, [.. history ?? [], .. future], units[product]));
            }
        }
        return (paths, units);
    }

    /// <summary>
    /// The rows of one product and scenario, in file order: every year once (a repeated year names the row of its first
    /// occurrence), ascending, no gaps (the missing years are named).
    /// </summary>
    private static void CheckYears(string product, string scenario, List<InflowRow> rows)
    {
        string path = scenario == Historic ? $"the history of {product}" : $"scenario {scenario} of {product}";
        var seen = new Dictionary<int, int>();
        for (int i = 0; i < rows.Count; i++)
        {
            var (year, row) = (rows[i].Year, rows[i].Row);
            if (seen.TryGetValue(year, out int firstLine))
                throw row.Error("year", $"{path} gives year {year} twice (first in row {firstLine}): each product, scenario and year once");
            seen[year] = row.Line;
            if (i == 0) continue;
            int previous = rows[i - 1].Year;
            if (year < previous)
                throw row.Error("year", $"{path} goes back from {previous} to {year}: years must ascend");
            if (year > previous + 1)
                throw row.Error("year", $"{path} jumps from {previous} to {year}: {MissingYears(previous, year)}");
        }
    }

    /// <summary>"year 2025 is missing" or "years 2025-2027 are missing" for the years strictly between the two.</summary>
    private static string MissingYears(int before, int after) =>
        after - before == 2 ? $"year {before + 1} is missing" : $"years {before + 1}-{after - 1} are missing";

    private static ProductInflowPath NewPath(string product, string scenario, List<InflowRow> rows, string unit) =>
        new(new ProductId(product), scenario, rows[0].Year, rows.Select(r => r.Value).ToArray(), unit, rows.Select(r => r.SourceId).Distinct().ToArray(), rows.Min(r => r.Quality));

    private static Dictionary<string, ProductLifetime> ReadLifetimes(string path, Dictionary<string, SourceRecord> sources, Dictionary<string, string> units)
    {
        var table = CsvTable.Read(path, "product", "lifetime", "mean_low", "mean_high", "source_id", "quality");
        var lifetimes = new Dictionary<string, ProductLifetime>();
        foreach (var row in table.Rows)
        {
            string product = row.Required("product");
            if (lifetimes.ContainsKey(product)) throw row.Error("product", $"a second lifetime for '{product}'");
            if (!units.ContainsKey(product)) throw row.Error("product", $"'{product}' has no inflow rows (misspelt?)");
            LifetimeDistribution lifetime;
            try { lifetime = LifetimeInput.Parse(row.Required("lifetime")); }
            catch (ArgumentException e) { throw row.Error("lifetime", e.Message); }
            double low = row.NonNegative("mean_low"), high = row.NonNegative("mean_high"), mean = lifetime.MeanLifetime;
            if (low > high) throw row.Error("mean_low", $"{low} exceeds mean_high {high}");
            if (!(mean >= low * (1 - 1e-9) && mean <= high * (1 + 1e-9)))
                throw row.Error("lifetime", $"its mean lifetime {mean:0.###} years lies outside mean_low..mean_high = {low}..{high}");
            if (lifetime.Family != LifetimeFamily.Empirical && mean <= 0 && (low > 0 || high > 0))
                throw row.Error("lifetime", "a lifetime of 0 cannot be stretched to the range");
            lifetimes[product] = new ProductLifetime(product, lifetime, low, high,
                new Provenance(Id(row, "source_id", s => new SourceId(Source(row, sources))), row.Quality()), row.Text("note"));
        }
        return lifetimes;
    }

    private static List<ElementContent> ReadContents(string path, Dictionary<string, SourceRecord> sources, Dictionary<string, string> units, IReadOnlySet<string>? elements)
    {
        var table = CsvTable.Read(path, "product", "element", "content", "unit", "low", "high", "year", "source_id", "quality");
        var contents = new List<ElementContent>();
        foreach (var row in table.Rows)
        {
            string product = row.Required("product"), element = row.Required("element"), unit = row.Required("unit");
            if (elements is not null && !elements.Contains(element))
                throw row.Error("element", $"unknown element '{element}': not in elements.csv of the reference data");
            if (!units.TryGetValue(product, out var inflowUnit))
                throw row.Error("product", $"'{product}' has no inflow rows");
            if (!Matches(unit, inflowUnit))
                throw row.Error("unit", $"'{unit}' does not fit the inflow unit '{inflowUnit}' of '{product}': write kg/{inflowUnit.TrimEnd('s')}");
            var (productId, symbol) = (Id(row, "product", s => new ProductId(s)), Id(row, "element", s => new ElementSymbol(s)));
            if (contents.Any(c => c.Product == productId && c.Element == symbol))
                throw row.Error("element", $"a second content of {element} in '{product}'");
            double content = row.NonNegative("content"), low = row.NonNegative("low"), high = row.NonNegative("high");
            if (low > content || content > high) throw row.Error("content", $"{content} lies outside low..high = {low}..{high}");
            var provenance = new Provenance(Id(row, "source_id", s => new SourceId(Source(row, sources))), row.Quality(), row.Year());
            contents.Add(new ElementContent(productId, symbol, content, low, high, provenance, row.Text("note")));
        }
        return contents;
    }

    private static bool Matches(string contentUnit, string inflowUnit) =>
        contentUnit.StartsWith("kg/", StringComparison.Ordinal) &&
        (contentUnit[3..] == inflowUnit || contentUnit[3..] + "s" == inflowUnit);

    /// <summary>A typed id from a cell; a malformed one is an error naming the row and column.</summary>
    private static T Id<T>(CsvRow row, string column, Func<string, T> create)
    {
        try { return create(row.Required(column)); }
        catch (ArgumentException e) { throw row.Error(column, e.Message); }
    }

    private static string Source(CsvRow row, Dictionary<string, SourceRecord> sources)
    {
        string id = row.Required("source_id");
        return sources.ContainsKey(id) ? id : throw row.Error("source_id", $"'{id}' is not in sources.csv");
    }
}
