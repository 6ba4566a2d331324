using Junkan.Core.Recyclability;
using Junkan.Data.Reference;

namespace Junkan.Data.Recyclability;

/// <summary>
/// Loads data/recyclability/ (README inside): <c>element_parameters.csv</c>, <c>uses.csv</c>, <c>recycling_sources.csv</c>,
/// <c>source_parameters.csv</c> and <c>citations.csv</c>. Every problem names file, row and column; nothing is guessed.
/// Where a parameter has several rows, the latest year with a value wins; rows without a value are gaps.
/// </summary>
public static class RecyclabilityDataLoader
{
    /// <summary>Tolerance on the sum of use shares per element: |Σ − 1| ≤ 0.05 (published shares are rounded).</summary>
    public const double ShareSumTolerance = 0.05;

    private static readonly string[] ElementParameters = ["japan_demand", "dissipative_share", "ore_grade", "eol_rr_global", "urban_mine_stock_japan", "eol_rir_eu"];
    private static readonly string[] DataFiles = ["citations.csv", "element_parameters.csv", "uses.csv", "recycling_sources.csv", "source_parameters.csv", "default_assumptions.csv", "comparisons.csv"];
    private static readonly string[] SourceParameters = ["generation", "contained", "recovered", "content", "collection_rate_now", "collection_rate_achievable", "yield_pre", "yield_end", "trl"];

    /// <summary>
    /// Loads the folder against the bundled reference data (elements, citations) and the stock data (citations, products
    /// with a lifetime); a citation id in both keeps the reference one.
    /// </summary>
    public static RecyclabilityData Load(string folder, ReferenceData reference, Stocks.ProductData products)
    {
        var citations = new Dictionary<string, SourceRecord>(reference.Sources);
        foreach (var (id, source) in products.Sources) citations.TryAdd(id, source);
        return Load(folder, reference.Elements.Select(e => e.Symbol).ToArray(), citations, products.Lifetimes.Keys.ToArray());
    }

    /// <param name="elements">Known element symbols (data/reference/elements.csv).</param>
    /// <param name="otherCitations">Citations of the other data sets that rows may cite (reference and stocks sources).</param>
    /// <param name="products">Products with a lifetime in the stock data: the products an end-of-life source may name.</param>
    public static RecyclabilityData Load(string folder, IReadOnlyCollection<string> elements, IReadOnlyDictionary<string, SourceRecord> otherCitations, IReadOnlyCollection<string> products)
    {
        string F(string name) => Path.Combine(folder, name);
        var citations = new Dictionary<string, SourceRecord>(otherCitations);
        foreach (var r in CsvTable.Read(F("citations.csv"), "id", "citation").Rows)
        {
            string id = r.Required("id");
            if (!citations.TryAdd(id, new SourceRecord(id, r.Required("citation"), r.Text("publisher"), r.Text("year"), r.Text("url"), r.Text("licence"))))
                throw r.Error("id", $"citation '{id}' is defined twice (here or in the reference/stocks sources)");
        }
        bool Cited(string id) => citations.ContainsKey(id);
        var gaps = new List<DataGap>();
        var elementValues = ReadElementParameters(F("element_parameters.csv"), elements, Cited, gaps);
        var uses = ReadUses(F("uses.csv"), elements, Cited);
        var sources = ReadSources(F("recycling_sources.csv"), elements, products);
        var sourceValues = ReadSourceParameters(F("source_parameters.csv"), sources, Cited, gaps);
        var defaults = ReadDefaults(F("default_assumptions.csv"));
        var comparisons = ReadComparisons(F("comparisons.csv"), elements, Cited, gaps);
        var profiles = elementValues.Keys.Union(sources.Keys.Select(k => k.Element)).Union(uses.Keys).OrderBy(e => e, StringComparer.Ordinal)
            .Select(e => Profile(e, elementValues, uses, sources, sourceValues))
            .Select(p => p with
            {
                Sources = p.Sources.Select(s => DefaultAssumption.Apply(s, defaults)).ToArray(),
                Comparisons = comparisons.Where(c => c.Element == p.Element).ToArray(),
            }).ToArray();
        var factors = EmissionFactorReader.Read(F(EmissionFactorReader.FileName), elements, Cited);
        return new RecyclabilityData(profiles, citations, gaps,
            DataFiles.Append(EmissionFactorReader.FileName).Select(F).Where(f => File.Exists(f) || Path.GetFileName(f) != EmissionFactorReader.FileName).ToArray())
        { Defaults = defaults, EmissionFactors = factors };
    }

    private static ElementProfile Profile(string e, Dictionary<string, Dictionary<string, Estimate>> values, Dictionary<string, List<ElementUse>> uses,
        Dictionary<(string Element, string Source), RecyclingSource> sources, Dictionary<(string, string), Dictionary<string, Estimate>> sourceValues)
    {
        Estimate? V(string p) => values.TryGetValue(e, out var d) && d.TryGetValue(p, out var x) ? x : null;
        var list = sources.Where(s => s.Key.Element == e).Select(s =>
        {
            var d = sourceValues.TryGetValue(s.Key, out var x) ? x : [];
            Estimate? P(string p) => d.TryGetValue(p, out var v) ? v : null;
            return s.Value with
            {
                Generation = P("generation"),
                Contained = P("contained"),
                Recovered = P("recovered"),
                Content = P("content"),
                CollectionNow = P("collection_rate_now"),
                CollectionAchievable = P("collection_rate_achievable"),
                YieldPre = P("yield_pre"),
                YieldEnd = P("yield_end"),
                Trl = P("trl"),
            };
        }).ToArray();
        return new ElementProfile(e, V("japan_demand"), V("dissipative_share"), V("ore_grade"), V("eol_rr_global"), V("eol_rir_eu"),
            V("urban_mine_stock_japan"), uses.TryGetValue(e, out var u) ? u : [], list);
    }

    private static Dictionary<string, Dictionary<string, Estimate>> ReadElementParameters(string path, IReadOnlyCollection<string> elements, Func<string, bool> cited, List<DataGap> gaps)
    {
        var result = new Dictionary<string, Dictionary<string, Estimate>>();
        foreach (var row in CsvTable.Read(path, "element", "parameter", "value", "low", "high", "unit", "year", "source_id", "quality", "note").Rows)
        {
            string e = Element(row, elements);
            var estimate = ParameterRows.Read(row, ElementParameters, cited);
            var target = result.TryGetValue(e, out var d) ? d : result[e] = [];
            Keep(target, row.Required("parameter"), estimate, row, () => gaps.Add(new DataGap(e, null, row.Required("parameter"), row.Text("note"))));
        }
        return result;
    }

    private static Dictionary<(string, string), Dictionary<string, Estimate>> ReadSourceParameters(string path,
        Dictionary<(string Element, string Source), RecyclingSource> sources, Func<string, bool> cited, List<DataGap> gaps)
    {
        var result = new Dictionary<(string, string), Dictionary<string, Estimate>>();
        foreach (var row in CsvTable.Read(path, "element", "source", "parameter", "value", "low", "high", "unit", "year", "source_id", "quality", "note").Rows)
        {
            var key = (row.Required("element"), row.Required("source"));
            if (!sources.ContainsKey(key)) throw row.Error("source", $"'{key.Item2}' of {key.Item1} is not in recycling_sources.csv");
            var estimate = ParameterRows.Read(row, SourceParameters, cited);
            var target = result.TryGetValue(key, out var d) ? d : result[key] = [];
            Keep(target, row.Required("parameter"), estimate, row, () => gaps.Add(new DataGap(key.Item1, key.Item2, row.Required("parameter"), row.Text("note"))));
        }
        return result;
    }

    /// <summary>
    /// Published figures of recovered tonnes in Japan (<c>comparisons.csv</c>: element, quantity, year, value, low, high,
    /// unit, source_id, quality, note); quantity <c>recovered_japan</c> in t of element per year; a row without a value is a gap.
    /// </summary>
    private static List<PublishedFigure> ReadComparisons(string path, IReadOnlyCollection<string> elements, Func<string, bool> cited, List<DataGap> gaps)
    {
        var result = new List<PublishedFigure>();
        foreach (var row in CsvTable.Read(path, "element", "quantity", "year", "value", "low", "high", "unit", "source_id", "quality", "note").Rows)
        {
            string e = Element(row, elements);
            var estimate = ParameterRows.Read(row, ["recovered_japan"], cited, "quantity");
            if (estimate is null) gaps.Add(new DataGap(e, null, "comparison " + row.Required("quantity"), row.Text("note")));
            else result.Add(new PublishedFigure(e, row.Required("quantity"), estimate));
        }
        return result;
    }

    /// <summary>Keeps the latest year with a value; two values of the same year are an error; a gap row is recorded as a gap.</summary>
    private static void Keep(Dictionary<string, Estimate> target, string parameter, Estimate? estimate, CsvRow row, Action gap)
    {
        if (estimate is null) { gap(); return; }
        if (target.TryGetValue(parameter, out var known))
        {
            if (known.Year == estimate.Year) throw row.Error("year", $"a second {parameter} for {known.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an undated figure"}; keep one (or give them different years)");
            if ((known.Year ?? int.MinValue) > (estimate.Year ?? int.MinValue)) return;
        }
        target[parameter] = estimate;
    }

    private static Dictionary<string, List<ElementUse>> ReadUses(string path, IReadOnlyCollection<string> elements, Func<string, bool> cited)
    {
        var result = new Dictionary<string, List<ElementUse>>();
        var lastRow = new Dictionary<string, CsvRow>();
        foreach (var row in CsvTable.Read(path, "element", "use", "share_japan", "share_world", "dissipative", "year", "source_id", "quality", "note").Rows)
        {
            string e = Element(row, elements);
            string dissipative = row.Text("dissipative");
            if (dissipative is not ("yes" or "no" or "")) throw row.Error("dissipative", $"'{dissipative}': write yes, no or leave it empty (not known)");
            string source = row.Required("source_id");
            if (!cited(source)) throw row.Error("source_id", $"'{source}' is not a known citation");
            double? japan = row.OptionalFraction("share_japan"), world = row.OptionalFraction("share_world");
            int? quality = japan is null && world is null && row.Text("quality").Length == 0 ? null : row.Quality().Value;
            var use = new ElementUse(e, row.Required("use"), japan, world, dissipative == "" ? null : dissipative == "yes",
                row.Text("year").Length == 0 ? null : row.Integer("year"), source, quality, row.Text("note"));
            (result.TryGetValue(e, out var l) ? l : result[e] = []).Add(use);
            lastRow[e] = row;
        }
        foreach (var (e, list) in result)
            foreach (var (column, share) in new (string, Func<ElementUse, double?>)[] { ("share_japan", u => u.ShareJapan), ("share_world", u => u.ShareWorld) })
            {
                var given = list.Select(share).Where(s => s is not null).ToArray();
                if (given.Length > 0 && Math.Abs(given.Sum()!.Value - 1) > ShareSumTolerance)
                    throw lastRow[e].Error(column, $"the {column} of {e} sum to {given.Sum():0.###}, not 1 ± {ShareSumTolerance} (add an 'other' row for the rest)");
            }
        return result;
    }

    private static Dictionary<(string Element, string Source), RecyclingSource> ReadSources(string path, IReadOnlyCollection<string> elements, IReadOnlyCollection<string> products)
    {
        var result = new Dictionary<(string, string), RecyclingSource>();
        foreach (var row in CsvTable.Read(path, "element", "source", "kind", "product", "collection_route", "name_en", "name_ja", "note").Rows)
        {
            string e = Element(row, elements), id = row.Required("source");
            if (result.ContainsKey((e, id))) throw row.Error("source", $"'{id}' is listed twice for {e}");
            string? product = row.Text("product") is { Length: > 0 } p ? p : null;
            if (product is not null && !products.Contains(product))
                throw row.Error("product", $"'{product}' has no lifetime in the stock data (data/stocks/product_lifetimes.csv)");
            result[(e, id)] = new RecyclingSource(e, id, Kind(row), product, Route(row), row.Required("name_en"), row.Text("name_ja"),
                null, null, null, null, null, null, null, null, row.Text("note"));
        }
        return result;
    }

    private static List<DefaultAssumption> ReadDefaults(string path)
    {
        var result = new List<DefaultAssumption>();
        foreach (var row in CsvTable.Read(path, "kind", "collection_route", "parameter", "value", "low", "high", "rationale").Rows)
        {
            string parameter = row.Required("parameter");
            if (parameter is not ("collection_rate_now" or "yield_pre" or "yield_end"))
                throw row.Error("parameter", $"'{parameter}': defaults exist for collection_rate_now, yield_pre and yield_end only");
            double value = row.Fraction("value"), low = row.Fraction("low"), high = row.Fraction("high");
            if (!(low <= value && value <= high)) throw row.Error("value", $"{value} lies outside low..high = {low}..{high}");
            result.Add(new DefaultAssumption(row.Text("kind").Length == 0 ? null : Kind(row), row.Text("collection_route").Length == 0 ? null : Route(row),
                parameter, value, low, high, row.Required("rationale")));
        }
        return result;
    }

    private static SourceKind Kind(CsvRow row) => row.Required("kind") switch
    {
        "eol_product" => SourceKind.EndOfLifeProduct,
        "process_scrap" => SourceKind.ProcessScrap,
        "by_product" => SourceKind.ByProduct,
        "waste_water" => SourceKind.WasteWater,
        var k => throw row.Error("kind", $"'{k}': write eol_product, process_scrap, by_product or waste_water"),
    };

    private static CollectionRoute Route(CsvRow row) => Flows.Routes.Parse(row, "collection_route");

    private static string Element(CsvRow row, IReadOnlyCollection<string> elements) =>
        row.Required("element") is var e && elements.Contains(e) ? e : throw row.Error("element", $"unknown element '{e}' (not in elements.csv)");
}
