namespace Junkan.Core.Stocks.Products;

/// <summary>
/// Products put on the market in one region, year by year from <see cref="FirstYear"/>: history joined to one
/// scenario, in <see cref="Unit"/> per year (units, MW, tonnes of product).
/// </summary>
/// <param name="SourceIds">Sources of the yearly figures (sources.csv ids), in order of first use.</param>
/// <param name="LowestQuality">Lowest quality score (1..5) among the yearly figures.</param>
public sealed record ProductInflowPath(ProductId Product, string Scenario, int FirstYear, double[] Inflow, string Unit,
    IReadOnlyList<string> SourceIds, int LowestQuality)
{
    public int LastYear => FirstYear + Inflow.Length - 1;
}
