using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Core.Stocks.Products;

/// <summary>
/// The lifetime of a product in years, with the published range of its mean (<see cref="MeanLow"/>..<see cref="MeanHigh"/>)
/// and its provenance.
/// </summary>
public sealed record ProductLifetime(string Product, LifetimeDistribution Lifetime, double MeanLow, double MeanHigh, Citations.Provenance Provenance, string Note)
{
    public string SourceId => Provenance.Source.Value;
    public int Quality => Provenance.Quality.Value;
}
