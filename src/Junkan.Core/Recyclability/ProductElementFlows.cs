namespace Junkan.Core.Recyclability;

/// <summary>
/// End-of-life tonnes of each element in each product by calendar year (one scenario), from the dynamic stock model:
/// the generation of the end-of-life product sources. Keyed by (product, element).
/// </summary>
public sealed class ProductElementFlows
{
    private readonly Dictionary<(string Product, string Element), (int FirstYear, double[] Tonnes)> _flows = new();

    public static ProductElementFlows Empty { get; } = new();

    /// <summary>The central end-of-life tonnes of the given product flows (one scenario).</summary>
    public static ProductElementFlows From(IEnumerable<Stocks.Products.ProductFlows> flows)
    {
        var result = new ProductElementFlows();
        foreach (var f in flows)
            foreach (var e in f.Elements) result.Add(f.Product, e.Element, f.FirstYear, e.Tonnes);
        return result;
    }

    /// <summary>Adds the tonnes of <paramref name="element"/> leaving use in <paramref name="product"/> from <paramref name="firstYear"/> on.</summary>
    public ProductElementFlows Add(string product, string element, int firstYear, double[] tonnes)
    {
        _flows[(product, element)] = (firstYear, tonnes);
        return this;
    }

    /// <summary>
    /// The tonnes array of (<paramref name="product"/>, <paramref name="element"/>) from <paramref name="firstYear"/> on,
    /// for the caller to fill: the one already held when it has the same years, else a new one (Monte Carlo workers
    /// refill one set of flows draw after draw).
    /// </summary>
    internal double[] Reuse(string product, string element, int firstYear, int years)
    {
        if (_flows.TryGetValue((product, element), out var f) && f.FirstYear == firstYear && f.Tonnes.Length == years) return f.Tonnes;
        var tonnes = new double[years];
        Add(product, element, firstYear, tonnes);
        return tonnes;
    }

    public bool Has(string product, string element) => _flows.ContainsKey((product, element));

    /// <summary>Tonnes in <paramref name="year"/>, or null when the model does not cover that product, element or year.</summary>
    public double? Tonnes(string product, string element, int year) =>
        _flows.TryGetValue((product, element), out var f) && year >= f.FirstYear && year < f.FirstYear + f.Tonnes.Length
            ? f.Tonnes[year - f.FirstYear] : null;

    /// <summary>The years every flow covers (empty range when there are none).</summary>
    public (int First, int Last)? Years => _flows.Count == 0 ? null
        : (_flows.Values.Max(f => f.FirstYear), _flows.Values.Min(f => f.FirstYear + f.Tonnes.Length - 1));
}
