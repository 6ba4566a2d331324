using Junkan.Core.Inputs;
using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Products;
using Junkan.Data.Stocks;

namespace Junkan.Application.Stocks;

/// <summary>Product tables (inflows; lifetimes, contents and sources default to the files beside it), one scenario or all, the years to show.</summary>
public sealed record ProductStockRequest(string Products, string? Lifetimes, string? Contents, string? Sources, string? Scenario,
    (int? From, int? To) Window, StockModelOptions Options, StockPolicy Policy);

/// <summary>The loaded tables, the paths modelled and the flows of each product in the window shown.</summary>
public sealed record ProductStockResult(ProductData Data, IReadOnlyList<ProductInflowPath> Paths, IReadOnlyList<ProductFlows> Flows, StockModelOptions Options);

/// <summary>Use case <c>stocks</c>, product mode: product inflows, lifetimes and contents → stock, outflow and end-of-life element flows.</summary>
public static class ProductStockForecast
{
    public static ProductStockResult Run(ProductStockRequest q)
    {
        var data = ProductDataLoader.Load(q.Products, q.Lifetimes, q.Contents, q.Sources);
        var paths = data.Paths.Where(p => q.Scenario is null || p.Scenario == q.Scenario).ToArray();
        if (paths.Length == 0)
            throw new NotInDataException("--scenario", $"--scenario {q.Scenario}: not in {Path.GetFileName(q.Products)}; it has {string.Join(", ", data.Scenarios)}.");
        var all = EndOfLifeModel.Run(paths, data.Lifetimes, data.Contents, q.Options, q.Policy.Hazard, q.Policy.Split);
        var (from, to) = YearWindow.Resolve(q.Window, all.Min(f => f.FirstYear), all.Max(f => f.LastYear));
        var flows = all.Where(f => f.FirstYear <= to && f.LastYear >= from)
            .Select(f => f.Between(Math.Max(from, f.FirstYear), Math.Min(to, f.LastYear))).ToArray();
        return new ProductStockResult(data, paths, flows, q.Options);
    }
}
