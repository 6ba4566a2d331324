using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Core.Stocks.Products;

/// <summary>
/// The lifetime of a product in years, with the published range of its mean (<see cref="MeanLow"/>..<see cref="MeanHigh"/>),
/// its source and quality (1..5).
/// </summary>
public sealed record ProductLifetime(string Product, LifetimeDistribution Lifetime, double MeanLow, double MeanHigh, string SourceId, int Quality, string Note);
