using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Products;
using MathNet.Numerics.Distributions;

namespace Junkan.Core.Recyclability;

/// <summary>
/// Monte Carlo draws of the end-of-life element flows of modelled products: per draw, each product's mean lifetime is
/// drawn triangular over its published range (mode = central) and each content triangular over its range; one batch
/// run of the stock engine computes all draws × paths at once. Draws are made in a fixed order from the seed.
/// </summary>
public sealed class EndOfLifeDraws
{
    private readonly ProductInflowPath[] _paths;
    private readonly ElementContent[] _contents;
    private readonly StockFlows _flows;
    private readonly double[] _contentDraws;   // draw × content
    private readonly int _firstYear;

    public int Draws { get; }

    public EndOfLifeDraws(IReadOnlyList<ProductInflowPath> paths, IReadOnlyDictionary<string, ProductLifetime> lifetimes,
        IReadOnlyList<ElementContent> contents, int draws, int seed, StockModelOptions? options = null)
    {
        (_paths, Draws) = (paths.ToArray(), draws);
        _contents = contents.Where(c => _paths.Any(p => p.Product == c.Product)).ToArray();
        var random = new Random(seed);
        _firstYear = _paths.Length == 0 ? 0 : _paths.Min(p => p.FirstYear);
        int years = _paths.Length == 0 ? 1 : _paths.Max(p => p.LastYear) - _firstYear + 1, n = Math.Max(1, draws * _paths.Length);
        var series = new Stocks.Lifetimes.LifetimeDistribution[n];
        var inflow = new double[n * years];
        if (_paths.Length == 0) series[0] = Stocks.Lifetimes.LifetimeDistribution.Fixed(1);
        for (int d = 0; d < draws; d++)
            for (int p = 0; p < _paths.Length; p++)
            {
                var l = lifetimes[_paths[p].Product.Value];
                double mean = l.MeanHigh > l.MeanLow ? Triangular.Sample(random, l.MeanLow, l.MeanHigh, Math.Clamp(l.Lifetime.MeanLifetime, l.MeanLow, l.MeanHigh)) : l.Lifetime.MeanLifetime;
                series[d * _paths.Length + p] = l.Lifetime.Family == Stocks.Lifetimes.LifetimeFamily.Empirical || mean <= 0 ? l.Lifetime : l.Lifetime.WithMean(mean);
                _paths[p].Inflow.CopyTo(inflow, (d * _paths.Length + p) * years + (_paths[p].FirstYear - _firstYear));
            }
        _contentDraws = new double[draws * _contents.Length];
        for (int d = 0; d < draws; d++)
            for (int c = 0; c < _contents.Length; c++)
            {
                var x = _contents[c];
                _contentDraws[d * _contents.Length + c] = x.High > x.Low ? Triangular.Sample(random, x.Low, x.High, Math.Clamp(x.KgPerUnit, x.Low, x.High)) : x.KgPerUnit;
            }
        _flows = DynamicStockEngine.InflowDriven(new StockBatch(n, years, series), inflow, options);
    }

    /// <summary>The end-of-life element flows of draw <paramref name="draw"/> for the paths of <paramref name="scenario"/>.</summary>
    public ProductElementFlows For(int draw, string scenario)
    {
        var flows = new ProductElementFlows();
        Fill(flows, draw, scenario);
        return flows;
    }

    /// <summary>
    /// Writes the flows of draw <paramref name="draw"/> into <paramref name="flows"/> (t of element per year), reusing its
    /// arrays: a Monte Carlo worker keeps one <see cref="ProductElementFlows"/> per scenario and refills it every draw.
    /// </summary>
    internal void Fill(ProductElementFlows flows, int draw, string scenario)
    {
        for (int p = 0; p < _paths.Length; p++)
        {
            if (_paths[p].Scenario != scenario) continue;
            var outflow = _flows.OutflowOf(draw * _paths.Length + p);
            for (int c = 0; c < _contents.Length; c++)
            {
                if (_contents[c].Product != _paths[p].Product) continue;
                double kg = _contentDraws[draw * _contents.Length + c];
                var tonnes = flows.Reuse(_paths[p].Product.Value, _contents[c].Element.Value, _firstYear, outflow.Length);
                for (int t = 0; t < tonnes.Length; t++) tonnes[t] = outflow[t] * kg / 1000.0;
            }
        }
    }
}
