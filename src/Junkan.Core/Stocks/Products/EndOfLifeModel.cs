using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Core.Stocks.Products;

/// <summary>
/// From product inflows, lifetimes and element contents to end-of-life flows of contained elements: one batch run of
/// <see cref="DynamicStockEngine"/> with three series per product path (central lifetime, and the lifetime stretched to
/// the low and the high end of its mean range); element tonnes = outflow × content (kg/unit) / 1,000.
/// </summary>
public static class EndOfLifeModel
{
    private const double KgPerTonne = 1_000.0;

    /// <summary>
    /// Runs every path; every product must have a lifetime (checked at load time; throws otherwise). A
    /// <paramref name="hazardChange"/> acts on every cohort in use from its year; a <paramref name="split"/> divides
    /// outflows (and element tonnes) into reuse, export and domestic end-of-life.
    /// </summary>
    public static IReadOnlyList<ProductFlows> Run(IReadOnlyList<ProductInflowPath> paths, IReadOnlyDictionary<string, ProductLifetime> lifetimes,
        IReadOnlyList<ElementContent> contents, StockModelOptions? options = null, HazardChange? hazardChange = null, OutflowShares? split = null)
    {
        if (paths.Count == 0) return [];
        int first = paths.Min(p => p.FirstYear), last = paths.Max(p => p.LastYear), years = last - first + 1;
        var series = new LifetimeDistribution[paths.Count * 3];
        var inflow = new double[series.Length * years];
        for (int p = 0; p < paths.Count; p++)
        {
            var path = paths[p];
            if (!lifetimes.TryGetValue(path.Product.Value, out var lifetime))
                throw new ArgumentException($"Product '{path.Product}' has no lifetime.");
            series[3 * p] = lifetime.Lifetime;
            series[3 * p + 1] = Stretch(lifetime, lifetime.MeanLow);
            series[3 * p + 2] = Stretch(lifetime, lifetime.MeanHigh);
            for (int k = 0; k < 3; k++) path.Inflow.CopyTo(inflow, (3 * p + k) * years + (path.FirstYear - first));
        }
        options ??= StockModelOptions.Default;
        if (hazardChange is not null) options = options with { Policy = hazardChange.ToPolicy(first, years) };
        var flows = DynamicStockEngine.InflowDriven(new StockBatch(series.Length, years, series), inflow, options);
        return paths.Select((path, p) => Flows(path, flows, 3 * p, path.FirstYear - first, contents, split)).ToArray();
    }

    private static LifetimeDistribution Stretch(ProductLifetime l, double mean) =>
        l.Lifetime.Family == LifetimeFamily.Empirical ? l.Lifetime : l.Lifetime.WithMean(mean);

    private static ProductFlows Flows(ProductInflowPath path, StockFlows flows, int row, int offset, IReadOnlyList<ElementContent> contents, OutflowShares? split)
    {
        int n = path.Inflow.Length;
        double[] Slice(ReadOnlySpan<double> s) => s.Slice(offset, n).ToArray();
        var outflow = Slice(flows.OutflowOf(row));
        var (a, b) = (Slice(flows.OutflowOf(row + 1)), Slice(flows.OutflowOf(row + 2)));
        var elements = contents.Where(c => c.Product == path.Product).Select(c => new ElementOutflow(c.Element.Value,
            outflow.Select(o => o * c.KgPerUnit / KgPerTonne).ToArray(),
            Enumerable.Range(0, n).Select(t => Math.Min(outflow[t], Math.Min(a[t], b[t])) * c.Low / KgPerTonne).ToArray(),
            Enumerable.Range(0, n).Select(t => Math.Max(outflow[t], Math.Max(a[t], b[t])) * c.High / KgPerTonne).ToArray(),
            c,
            split is null ? null : outflow.Select(o => o * split.DomesticEndOfLife * c.KgPerUnit / KgPerTonne).ToArray())).ToArray();
        var destinations = split is null ? null : new OutflowDestinations(split,
            outflow.Select(o => o * split.Reuse).ToArray(), outflow.Select(o => o * split.Export).ToArray(), outflow.Select(o => o * split.DomesticEndOfLife).ToArray());
        return new ProductFlows(path.Product.Value, path.Scenario, path.Unit, path.FirstYear, path.Inflow, Slice(flows.StockOf(row)), outflow, elements, destinations);
    }
}
