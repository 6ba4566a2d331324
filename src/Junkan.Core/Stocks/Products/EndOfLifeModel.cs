namespace Junkan.Core.Stocks.Products;

/// <summary>
/// From product inflows, lifetimes and element contents to end-of-life flows of contained elements: one batch run of
/// <see cref="DynamicStockEngine"/> with three series per product path (central lifetime, and the lifetime stretched to
/// the low and the high end of its mean range); element tonnes = outflow × content (kg/unit) / 1,000.
/// </summary>
public static class EndOfLifeModel
{
    private const double KgPerTonne = 1_000.0;

    /// <summary>Runs every path; every product must have a lifetime (checked at load time; throws otherwise).</summary>
    public static IReadOnlyList<ProductFlows> Run(IReadOnlyList<ProductInflowPath> paths, IReadOnlyDictionary<string, ProductLifetime> lifetimes,
        IReadOnlyList<ElementContent> contents, StockModelOptions? options = null)
    {
        if (paths.Count == 0) return [];
        int first = paths.Min(p => p.FirstYear), last = paths.Max(p => p.LastYear), years = last - first + 1;
        var series = new Stocks.Lifetimes.LifetimeDistribution[paths.Count * 3];
        var inflow = new double[series.Length * years];
        for (int p = 0; p < paths.Count; p++)
        {
            var path = paths[p];
            if (!lifetimes.TryGetValue(path.Product, out var lifetime))
                throw new ArgumentException($"Product '{path.Product}' has no lifetime.");
            series[3 * p] = lifetime.Lifetime;
            series[3 * p + 1] = Stretch(lifetime, lifetime.MeanLow);
            series[3 * p + 2] = Stretch(lifetime, lifetime.MeanHigh);
            for (int k = 0; k < 3; k++) path.Inflow.CopyTo(inflow, (3 * p + k) * years + (path.FirstYear - first));
        }
        var flows = DynamicStockEngine.InflowDriven(new StockBatch(series.Length, years, series), inflow, options);
        return paths.Select((path, p) => Flows(path, flows, 3 * p, path.FirstYear - first, contents)).ToArray();
    }

    private static Stocks.Lifetimes.LifetimeDistribution Stretch(ProductLifetime l, double mean) =>
        l.Lifetime.Family == Stocks.Lifetimes.LifetimeFamily.Empirical ? l.Lifetime : l.Lifetime.WithMean(mean);

    private static ProductFlows Flows(ProductInflowPath path, StockFlows flows, int row, int offset, IReadOnlyList<ElementContent> contents)
    {
        int n = path.Inflow.Length;
        double[] Slice(ReadOnlySpan<double> s) => s.Slice(offset, n).ToArray();
        var outflow = Slice(flows.OutflowOf(row));
        var (a, b) = (Slice(flows.OutflowOf(row + 1)), Slice(flows.OutflowOf(row + 2)));
        var elements = contents.Where(c => c.Product == path.Product).Select(c => new ElementOutflow(c.Element,
            outflow.Select(o => o * c.KgPerUnit / KgPerTonne).ToArray(),
            Enumerable.Range(0, n).Select(t => Math.Min(outflow[t], Math.Min(a[t], b[t])) * c.Low / KgPerTonne).ToArray(),
            Enumerable.Range(0, n).Select(t => Math.Max(outflow[t], Math.Max(a[t], b[t])) * c.High / KgPerTonne).ToArray(),
            c)).ToArray();
        return new ProductFlows(path.Product, path.Scenario, path.Unit, path.FirstYear, path.Inflow, Slice(flows.StockOf(row)), outflow, elements);
    }
}
