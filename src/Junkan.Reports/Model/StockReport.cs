using Junkan.Core.Stocks.Products;

namespace Junkan.Reports.Model;

/// <summary>
/// What the stock report shows: the product flows of each scenario (already cut to the years asked for), the lifetimes
/// behind them, the citation of every source id used, the time convention and the input files.
/// </summary>
public sealed record StockReport(
    IReadOnlyList<ProductFlows> Flows,
    IReadOnlyList<ProductInflowPath> Paths,
    IReadOnlyDictionary<string, ProductLifetime> Lifetimes,
    IReadOnlyDictionary<string, string> Citations,
    string Convention,
    IReadOnlyList<InputFileHash> Inputs);
