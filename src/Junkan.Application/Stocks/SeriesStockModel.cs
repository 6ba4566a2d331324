using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Data.Stocks;

namespace Junkan.Application.Stocks;

/// <summary>One inflow (or stock) series file, its lifetime, the years to show, the model options and the policy.</summary>
public sealed record SeriesStockRequest(string File, bool StockDriven, LifetimeDistribution Lifetime, (int? From, int? To) Window, StockModelOptions Options, StockPolicy Policy);

/// <summary>
/// The solved series: <see cref="First"/> year, the model result over all years, the rows (offsets) to show, the years
/// flagged with a negative inflow, the largest relative mass-balance error, and reuse/export/domestic end-of-life per
/// year (null without a split).
/// </summary>
public sealed record SeriesStockResult(int First, StockSeries Series, int[] Rows, int[] NegativeInflowYears, double MassBalanceError, double[][]? Destinations,
    StockModelOptions Options, string Mode);

/// <summary>Use case <c>stocks</c>, quick mode: the dynamic stock model of one series.</summary>
public static class SeriesStockModel
{
    public static SeriesStockResult Run(SeriesStockRequest q)
    {
        var (first, values) = YearSeriesFile.Read(q.File, q.StockDriven ? "stock" : "inflow");
        var options = q.Policy.Hazard is { } h ? q.Options with { Policy = h.ToPolicy(first, values.Length) } : q.Options;
        var r = q.StockDriven ? DynamicStockModel.StockDriven(values, q.Lifetime, options) : DynamicStockModel.InflowDriven(values, q.Lifetime, options);
        var (from, to) = YearWindow.Resolve(q.Window, first, first + values.Length - 1);
        var flagged = Enumerable.Range(0, values.Length).Where(t => r.NegativeInflow[t]).Select(t => first + t).ToArray();
        double balance = MassBalance.MaxRelativeError(r.Inflow, r.Outflow, r.StockChange, r.Stock);
        var rows = Enumerable.Range(from - first, to - from + 1).ToArray();
        return new SeriesStockResult(first, r, rows, flagged, balance, Destinations(r.Outflow, q.Policy.Split), options, q.StockDriven ? "stock-driven" : "inflow-driven");
    }

    /// <summary>Reuse, export and domestic end-of-life per year, or null without a split.</summary>
    private static double[][]? Destinations(double[] outflow, Core.Stocks.Products.OutflowShares? shares)
    {
        if (shares is null) return null;
        var split = OutflowSplit.Constant(outflow.Length, shares.Reuse, shares.Export);
        double[][] d = [new double[outflow.Length], new double[outflow.Length], new double[outflow.Length]];
        split.Apply(outflow, d[0], d[2], d[1]);
        return d;
    }
}
