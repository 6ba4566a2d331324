using Junkan.Core.Citations;
using Junkan.Core.Elements;
using Junkan.Core.Flows.Products;
using Junkan.Core.Stocks.Products;
using Junkan.Data.Reference;

namespace Junkan.Data.Flows.Products;

/// <summary>
/// Loads data/flows/products/: <c>products.csv</c>, <c>product_units.csv</c>, <c>product_contents.csv</c>,
/// <c>product_uses.csv</c>, <c>published_checks.csv</c> and <c>citations.csv</c> (ids may also be those of the other
/// data sets). Units between published years are linear, before the first published year held at it (spin-up), after
/// the last held to <c>lastYear</c>; a product with <c>remainder_of</c> gets that series less the other sales products.
/// Every problem names file, row and column.
/// </summary>
public static class ProductSystemLoader
{
    private static readonly string[] Files = ["products.csv", "product_units.csv", "product_contents.csv", "product_uses.csv", "published_checks.csv", "citations.csv"];
    private static readonly string[] Measures = ["recovered_t", "units", "domestic_units", "exported_units"];

    /// <param name="folder">data/flows/products.</param>
    /// <param name="elements">Known element symbols.</param>
    /// <param name="otherCitations">Citations of the other data sets (data/flows and the rest).</param>
    /// <param name="usesOf">The use keys of each element's top-down system (a key not there is a warning).</param>
    /// <param name="lastYear">Last modelled year.</param>
    public static ProductSystemData Load(string folder, IReadOnlyCollection<string> elements, IReadOnlyDictionary<string, SourceRecord> otherCitations,
        IReadOnlyDictionary<string, IReadOnlySet<string>> usesOf, int lastYear)
    {
        string F(string name) => Path.Combine(folder, name);
        var citations = Citations(F("citations.csv"), otherCitations);
        var known = new HashSet<string>(elements, StringComparer.Ordinal);
        var series = ProductUnitsTable.Read(F("product_units.csv"), citations);
        var specs = ProductSpecs.Read(F("products.csv"), citations);
        var contents = Contents(F("product_contents.csv"), specs, known, citations);
        var products = ProductSpecs.Build(specs, series, contents, lastYear);
        var warnings = new List<string>();
        var map = Uses(F("product_uses.csv"), specs, contents, known, usesOf, warnings);
        var figures = Figures(F("published_checks.csv"), specs, known, citations);
        return new ProductSystemData(products, map, figures, citations, warnings,
            [.. Files.Select(F)]);
    }

    private static Dictionary<string, SourceRecord> Citations(string path, IReadOnlyDictionary<string, SourceRecord> other)
    {
        var citations = new Dictionary<string, SourceRecord>(other);
        foreach (var r in CsvTable.Read(path, "id", "citation").Rows)
        {
            string id = r.Required("id");
            var record = new SourceRecord(id, r.Required("citation"), r.Text("publisher"), r.Text("year"), r.Text("url"), r.Text("licence"));
            if (citations.TryGetValue(id, out var k) && k.Citation != record.Citation)
                throw r.Error("id", $"citation '{id}' is defined differently in another data set's citations; keep one text or rename one id");
            citations[id] = record;
        }
        return citations;
    }

    /// <summary>A cited source id of a row (an id not in any citations table is an error).</summary>
    internal static string Source(CsvRow row, IReadOnlyDictionary<string, SourceRecord> citations, string column = "source_id")
    {
        string id = row.Required(column);
        return citations.ContainsKey(id) ? id : throw row.Error(column, $"'{id}' is not in citations.csv (nor in the other data sets' citations)");
    }

    private static Dictionary<string, List<ElementContent>> Contents(string path, Dictionary<string, ProductSpec> specs, HashSet<string> known,
        IReadOnlyDictionary<string, SourceRecord> citations)
    {
        var table = CsvTable.Read(path, "product", "element", "content", "low", "high", "unit", "year", "source_id", "quality");
        var result = new Dictionary<string, List<ElementContent>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string product = row.Required("product"), element = row.Required("element"), unit = row.Required("unit");
            if (!specs.TryGetValue(product, out var spec)) throw row.Error("product", $"'{product}' is not in products.csv");
            if (!known.Contains(element)) throw row.Error("element", $"unknown element '{element}': not in elements.csv of the reference data");
            string expected = $"kg/{spec.Unit.TrimEnd('s')}";
            if (unit != expected && unit != $"kg/{spec.Unit}") throw row.Error("unit", $"'{unit}' does not fit the unit '{spec.Unit}' of '{product}': write {expected}");
            double content = row.NonNegative("content"), low = row.NonNegative("low"), high = row.NonNegative("high");
            if (low > content || content > high) throw row.Error("content", $"{content} lies outside low..high = {low}..{high}");
            var list = result.TryGetValue(product, out var l) ? l : result[product] = [];
            if (list.Any(c => c.Element.Value == element)) throw row.Error("element", $"a second content of {element} in '{product}'");
            list.Add(new ElementContent(new ProductId(product), new ElementSymbol(element), content, low, high,
                new Provenance(new SourceId(Source(row, citations)), row.Quality(), row.Year()), row.Text("note")));
        }
        return result;
    }

    private static List<ProductUseMap> Uses(string path, Dictionary<string, ProductSpec> specs, Dictionary<string, List<ElementContent>> contents,
        HashSet<string> known, IReadOnlyDictionary<string, IReadOnlySet<string>> usesOf, List<string> warnings)
    {
        var table = CsvTable.Read(path, "product", "element", "uses", "coverage");
        var map = new List<ProductUseMap>();
        foreach (var row in table.Rows)
        {
            string product = row.Required("product"), element = row.Required("element"), coverage = row.Required("coverage");
            if (!specs.ContainsKey(product)) throw row.Error("product", $"'{product}' is not in products.csv");
            if (!known.Contains(element)) throw row.Error("element", $"unknown element '{element}'");
            if (!contents.TryGetValue(product, out var c) || c.All(x => x.Element.Value != element))
                throw row.Error("element", $"'{product}' has no content of {element} in product_contents.csv");
            if (coverage is not ("partial" or "complete")) throw row.Error("coverage", $"'{coverage}': write partial or complete");
            if (map.Any(m => m.Product == product && m.Element == element)) throw row.Error("element", $"{product} and {element} are mapped twice");
            var uses = row.Required("uses").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (usesOf.TryGetValue(element, out var keys))
                foreach (var u in uses.Where(u => !keys.Contains(u)))
                    warnings.Add($"{Path.GetFileName(path)} row {row.Line}: '{u}' is not a use of {element}'s top-down system (uses: {string.Join(", ", keys.Order(StringComparer.Ordinal))}); its top-down side counts 0.");
            map.Add(new ProductUseMap(product, element, uses, coverage == "partial", row.Text("note")));
        }
        return map;
    }

    private static List<ProductCheckFigure> Figures(string path, Dictionary<string, ProductSpec> specs, HashSet<string> known, IReadOnlyDictionary<string, SourceRecord> citations)
    {
        var table = CsvTable.Read(path, "element", "measure", "products", "year", "value", "unit", "source_id", "quality");
        var list = new List<ProductCheckFigure>();
        foreach (var row in table.Rows)
        {
            string element = row.Required("element"), measure = row.Required("measure");
            if (element != "ALL" && !known.Contains(element)) throw row.Error("element", $"unknown element '{element}' (or ALL for unit counts)");
            if (!Measures.Contains(measure)) throw row.Error("measure", $"'{measure}': write one of {string.Join(", ", Measures)}");
            if (measure == "recovered_t" && element == "ALL") throw row.Error("element", "recovered_t needs an element");
            var products = row.Required("products").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = products.FirstOrDefault(p => !specs.ContainsKey(p));
            if (unknown is not null) throw row.Error("products", $"'{unknown}' is not in products.csv");
            double value = row.NonNegative("value"), low = row.OptionalNumber("low") ?? value, high = row.OptionalNumber("high") ?? value;
            if (low > value || value > high) throw row.Error("value", $"{value} lies outside low..high = {low}..{high}");
            list.Add(new ProductCheckFigure(element, measure, products, row.Year(), value, low, high, row.Required("unit"), Source(row, citations), row.Quality().Value, row.Text("note")));
        }
        return list;
    }
}
