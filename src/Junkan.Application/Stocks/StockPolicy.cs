using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Products;

namespace Junkan.Application.Stocks;

/// <summary>Optional lifetime policy (hazard change from a year on) and split of the outflow into reuse, export and domestic end of life.</summary>
public sealed record StockPolicy(HazardChange? Hazard, OutflowShares? Split)
{
    public static StockPolicy None { get; } = new(null, null);
}
