using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Core.Stocks;

/// <summary>
/// One dynamic stock model series, for analysts and scripts: a thin layer over <see cref="DynamicStockEngine"/> with a
/// batch of one. Inflows and stocks in units of product (or tonnes) per year, year index 0..T − 1.
/// </summary>
public static class DynamicStockModel
{
    /// <summary>Inflow-driven model with one lifetime for every cohort.</summary>
    public static StockSeries InflowDriven(ReadOnlySpan<double> inflow, LifetimeDistribution lifetime, StockModelOptions? options = null, ReadOnlySpan<double> initialStockByAge = default) =>
        InflowDriven(inflow, [lifetime], options, initialStockByAge);

    /// <summary>Inflow-driven model with a lifetime per cohort (length A₀ + T, historic cohorts first) or one for all.</summary>
    public static StockSeries InflowDriven(ReadOnlySpan<double> inflow, ReadOnlySpan<LifetimeDistribution> lifetimes, StockModelOptions? options = null, ReadOnlySpan<double> initialStockByAge = default)
    {
        var batch = Batch(inflow.Length, lifetimes, initialStockByAge);
        return StockSeries.From(DynamicStockEngine.InflowDriven(batch, inflow.ToArray(), options));
    }

    /// <summary>Stock-driven model; before <paramref name="switchYear"/> the historic inflow drives instead.</summary>
    public static StockSeries StockDriven(ReadOnlySpan<double> stock, LifetimeDistribution lifetime, StockModelOptions? options = null,
        ReadOnlySpan<double> initialStockByAge = default, ReadOnlySpan<double> historicInflow = default, int switchYear = 0) =>
        StockDriven(stock, [lifetime], options, initialStockByAge, historicInflow, switchYear);

    /// <summary>Stock-driven model with a lifetime per cohort or one for all.</summary>
    public static StockSeries StockDriven(ReadOnlySpan<double> stock, ReadOnlySpan<LifetimeDistribution> lifetimes, StockModelOptions? options = null,
        ReadOnlySpan<double> initialStockByAge = default, ReadOnlySpan<double> historicInflow = default, int switchYear = 0)
    {
        var batch = Batch(stock.Length, lifetimes, initialStockByAge);
        double[]? history = historicInflow.IsEmpty ? null : historicInflow.ToArray();
        if (history is not null && history.Length != stock.Length)
            throw new ArgumentException($"The historic inflow has {history.Length} years, the stock {stock.Length}; give both over the model years.");
        return StockSeries.From(DynamicStockEngine.StockDriven(batch, stock.ToArray(), options, history, switchYear));
    }

    private static StockBatch Batch(int years, ReadOnlySpan<LifetimeDistribution> lifetimes, ReadOnlySpan<double> initialStockByAge)
    {
        int a0 = initialStockByAge.Length;
        bool byCohort = lifetimes.Length != 1;
        if (lifetimes.Length != 1 && lifetimes.Length != years + a0)
            throw new ArgumentException($"{lifetimes.Length} lifetimes given: give one, or one per cohort ({a0} historic + {years} model years = {years + a0}).");
        return new StockBatch(1, years, lifetimes.ToArray(), a0 > 0 ? initialStockByAge.ToArray() : null, a0, byCohort);
    }
}

/// <summary>
/// One series' results: inflow, year-end stock, outflow and stock change per model year (unit of the inputs), the
/// years flagged for a negative inflow, and on request cohort stocks and outflows [year, cohort].
/// </summary>
public sealed record StockSeries(double[] Inflow, double[] Stock, double[] Outflow, double[] StockChange, bool[] NegativeInflow,
    double[,]? CohortStock, double[,]? CohortOutflow)
{
    internal static StockSeries From(StockFlows f) => new(
        f.Inflow, f.Stock, f.Outflow, f.StockChange, f.NegativeInflow,
        Matrix(f.CohortStock, f.Years, f.Cohorts), Matrix(f.CohortOutflow, f.Years, f.Cohorts));

    private static double[,]? Matrix(double[]? flat, int years, int cohorts)
    {
        if (flat is null) return null;
        var m = new double[years, cohorts];
        Buffer.BlockCopy(flat, 0, m, 0, flat.Length * sizeof(double));
        return m;
    }
}
