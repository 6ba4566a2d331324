using Junkan.Core.Citations;
using Junkan.Core.Flows.Products;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Core.Stocks.Products;
using Junkan.Data.Reference;
using Junkan.Data.Stocks;

namespace Junkan.Data.Flows.Products;

/// <summary>One row of products.csv as read (the units are joined later).</summary>
internal sealed record ProductSpec(string Id, string NameEn, string NameJa, ProductBasis Basis, string Unit, int FromYear, ProductLifetime? Lifetime,
    ShareRange? ExportShare, string? RemainderOf, CsvRow Row);

/// <summary>products.csv: basis, unit, first modelled year, lifetime (sales), used-product export share, remainder series.</summary>
internal static class ProductSpecs
{
    public static Dictionary<string, ProductSpec> Read(string path, IReadOnlyDictionary<string, SourceRecord> citations)
    {
        var table = CsvTable.Read(path, "product", "name_en", "name_ja", "basis", "unit", "from_year", "lifetime", "mean_low", "mean_high",
            "lifetime_source_id", "lifetime_quality", "export_share", "export_low", "export_high", "export_source_id", "export_quality", "remainder_of");
        var specs = new Dictionary<string, ProductSpec>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string id = row.Required("product");
            try { _ = new ProductId(id); }
            catch (ArgumentException e) { throw row.Error("product", e.Message); }
            if (specs.ContainsKey(id)) throw row.Error("product", $"'{id}' is listed twice");
            var basis = row.Required("basis") switch
            {
                "sales" => ProductBasis.Sales,
                "discarded" => ProductBasis.Discarded,
                var b => throw row.Error("basis", $"'{b}': write sales (units put on the market) or discarded (units collected at end of life)"),
            };
            var lifetime = Lifetime(row, id, basis, citations);
            specs[id] = new ProductSpec(id, row.Required("name_en"), row.Required("name_ja"), basis, row.Required("unit"), row.Year("from_year"), lifetime,
                Export(row, basis, citations), row.Text("remainder_of") is { Length: > 0 } r ? r : null, row);
        }
        return specs;
    }

    private static ProductLifetime? Lifetime(CsvRow row, string id, ProductBasis basis, IReadOnlyDictionary<string, SourceRecord> citations)
    {
        string spec = row.Text("lifetime");
        if (spec.Length == 0)
            return basis == ProductBasis.Sales ? throw row.Error("lifetime", $"'{id}' is counted by sales and needs a lifetime (e.g. normal:mean=13.5,sd=4)") : null;
        LifetimeDistribution d;
        try { d = LifetimeInput.Parse(spec); }
        catch (ArgumentException e) { throw row.Error("lifetime", e.Message); }
        double low = row.NonNegative("mean_low"), high = row.NonNegative("mean_high");
        if (!(d.MeanLifetime >= low * (1 - 1e-9) && d.MeanLifetime <= high * (1 + 1e-9)))
            throw row.Error("lifetime", $"its mean {d.MeanLifetime:0.###} years lies outside mean_low..mean_high = {low}..{high}");
        var provenance = new Provenance(new SourceId(ProductSystemLoader.Source(row, citations, "lifetime_source_id")), row.Quality("lifetime_quality"));
        return new ProductLifetime(id, d, low, high, provenance, row.Text("note"));
    }

    private static ShareRange? Export(CsvRow row, ProductBasis basis, IReadOnlyDictionary<string, SourceRecord> citations)
    {
        if (row.OptionalFraction("export_share") is not { } e) return null;
        if (basis == ProductBasis.Discarded) throw row.Error("export_share", "a product counted when discarded has no export share (leave it empty)");
        double low = row.OptionalFraction("export_low") ?? e, high = row.OptionalFraction("export_high") ?? e;
        if (low > e || e > high) throw row.Error("export_share", $"{e} lies outside export_low..export_high = {low}..{high}");
        return new ShareRange(e, low, high, ProductSystemLoader.Source(row, citations, "export_source_id"), row.Quality("export_quality").Value);
    }

    /// <summary>The products with their units from_year..lastYear (remainders last, from their series less the other sales products).</summary>
    public static List<ProductSystem> Build(Dictionary<string, ProductSpec> specs, Dictionary<string, UnitSeries> series,
        Dictionary<string, List<ElementContent>> contents, int lastYear)
    {
        var units = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var s in specs.Values.Where(s => s.RemainderOf is null))
            units[s.Id] = series.TryGetValue(s.Id, out var u) ? u.Fill(s.FromYear, lastYear) : throw s.Row.Error("product", $"'{s.Id}' has no rows in product_units.csv");
        foreach (var s in specs.Values.Where(s => s.RemainderOf is not null))
        {
            if (!series.TryGetValue(s.RemainderOf!, out var total)) throw s.Row.Error("remainder_of", $"series '{s.RemainderOf}' has no rows in product_units.csv");
            var rest = total.Fill(s.FromYear, lastYear);
            foreach (var other in specs.Values.Where(o => o.Basis == ProductBasis.Sales && o.RemainderOf is null && o.FromYear == s.FromYear))
                for (int i = 0; i < rest.Length; i++) rest[i] -= units[other.Id][i];
            int bad = Array.FindIndex(rest, v => v < 0);
            if (bad >= 0) throw s.Row.Error("remainder_of", $"'{s.RemainderOf}' less the other sales products is negative in {s.FromYear + bad} ({rest[bad]:0})");
            units[s.Id] = rest;
        }
        return [.. specs.Values.Select(s => new ProductSystem(new ProductId(s.Id), s.NameEn, s.NameJa, s.Basis, s.Unit, s.FromYear, units[s.Id], s.Lifetime, s.ExportShare,
            contents.TryGetValue(s.Id, out var c) ? c : [], series.TryGetValue(s.RemainderOf ?? s.Id, out var x) ? x.Sources : []))];
    }
}
