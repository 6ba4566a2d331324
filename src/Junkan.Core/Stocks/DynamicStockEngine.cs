using System.Collections.Concurrent;

namespace Junkan.Core.Stocks;

/// <summary>
/// Batch dynamic stock models: many series at once, in parallel over series, with O(cohorts) working memory per
/// worker (no years × years matrix unless cohort detail is asked for). Inflow-driven runs without a
/// <see cref="LifetimePolicy"/>, initial stock or cohort detail are the survival-function model (ODYM, flodym) as a
/// convolution, s[t] = Σ_c i[c] · sf(t − c) and o[t] = Σ_c i[c] · pdf(t − c) (<see cref="ConvolutionKernel"/>); the
/// others track cohort stocks and age them year by year in hazard form, s_c[t, c] = s_c[t − 1, c] · (1 − h′(t, c)),
/// which telescopes to the same model without a policy. docs/methods/dynamic-stocks.md §4.
/// </summary>
public static class DynamicStockEngine
{
    /// <summary>Inflow-driven: stock, outflow and stock change from inflows (series × years, ≥ 0, finite).</summary>
    public static StockFlows InflowDriven(StockBatch batch, double[] inflow, StockModelOptions? options = null)
    {
        options ??= StockModelOptions.Default;
        var result = new StockFlows(batch.SeriesCount, batch.Years, batch.Cohorts, options.CohortDetail);
        InflowDriven(batch, inflow, options, result);
        return result;
    }

    /// <summary>Inflow-driven into caller-owned outputs (reuse them across Monte Carlo draws).</summary>
    public static void InflowDriven(StockBatch batch, double[] inflow, StockModelOptions options, StockFlows into)
    {
        CheckSeries(batch, inflow, "inflow");
        Run(batch, options, into, new Drivers(inflow, null, batch.Years));
    }

    /// <summary>
    /// Stock-driven: inflow, outflow and stock change from a stock path (series × years, ≥ 0, finite) solved by forward
    /// substitution, i[t] = (s[t] − Σ surviving cohorts) / sf′(t, t). Before <paramref name="switchYear"/> (a year index)
    /// the series follow <paramref name="historicInflow"/> instead (inflow-driven history, stock-driven scenario).
    /// </summary>
    public static StockFlows StockDriven(StockBatch batch, double[] stock, StockModelOptions? options = null, double[]? historicInflow = null, int switchYear = 0)
    {
        options ??= StockModelOptions.Default;
        var result = new StockFlows(batch.SeriesCount, batch.Years, batch.Cohorts, options.CohortDetail);
        StockDriven(batch, stock, options, result, historicInflow, switchYear);
        return result;
    }

    /// <summary>Stock-driven into caller-owned outputs.</summary>
    public static void StockDriven(StockBatch batch, double[] stock, StockModelOptions options, StockFlows into, double[]? historicInflow = null, int switchYear = 0)
    {
        CheckSeries(batch, stock, "stock");
        if (switchYear < 0 || switchYear > batch.Years)
            throw new ArgumentOutOfRangeException(nameof(switchYear), switchYear, $"The switch year index must lie in 0..{batch.Years}.");
        if (switchYear > 0)
        {
            if (historicInflow is null) throw new ArgumentException("A switch year after the first year needs the historic inflows.", nameof(historicInflow));
            CheckSeries(batch, historicInflow, "historic inflow");
        }
        Run(batch, options, into, new Drivers(historicInflow, stock, switchYear));
    }

    private static void Run(StockBatch batch, StockModelOptions options, StockFlows into, Drivers drivers)
    {
        options.Policy?.CheckLength(batch.Years);
        if (into.SeriesCount != batch.SeriesCount || into.Years != batch.Years || into.Cohorts != batch.Cohorts || (options.CohortDetail && into.CohortStock is null))
            throw new ArgumentException("The output buffers do not match the batch (series, years, cohorts or cohort detail).", nameof(into));
        var plan = new CohortPlan(batch, options, drivers.Stock is null);
        int workers = Math.Max(1, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
        if (workers == 1 || batch.SeriesCount < 4)
        {
            var kernel = SeriesRunner.For(plan);
            for (int s = 0; s < batch.SeriesCount; s++) kernel(s, drivers, into);
            return;
        }
        int chunk = Math.Max(1, batch.SeriesCount / (workers * 8));
        Parallel.ForEach(Partitioner.Create(0, batch.SeriesCount, chunk), new ParallelOptions { MaxDegreeOfParallelism = workers }, range =>
        {
            var kernel = SeriesRunner.For(plan);
            for (int s = range.Item1; s < range.Item2; s++) kernel(s, drivers, into);
        });
    }

    private static void CheckSeries(StockBatch batch, double[] values, string what)
    {
        ArgumentNullException.ThrowIfNull(values, what);
        if (values.Length != batch.SeriesCount * batch.Years)
            throw new ArgumentException($"The {what} has {values.Length} values; expected series × years = {batch.SeriesCount} × {batch.Years}.");
        StockSeriesCheck.NonNegativeFinite(values, batch.Years, what, "year index");
    }
}

/// <summary>One worker's series runner with its own buffers: the convolution kernel where it applies, else the hazard form.</summary>
internal static class SeriesRunner
{
    public static Action<int, Drivers, StockFlows> For(CohortPlan plan)
    {
        if (!plan.Convolution) return new SeriesKernel(plan).Run;
        var kernel = new ConvolutionKernel(plan);
        return (series, drivers, into) => kernel.Run(series, drivers.Inflow!, into);
    }
}

/// <summary>What drives each year: the inflow before <see cref="SwitchYear"/>, the stock target from it on.</summary>
internal readonly record struct Drivers(double[]? Inflow, double[]? Stock, int SwitchYear);

/// <summary>What every series of a batch shares: sizes, convention, policy factors by cohort index (1 for historic cohorts).</summary>
internal sealed class CohortPlan
{
    public StockBatch Batch { get; }
    public StockModelOptions Options { get; }
    public double[]? PeriodFactors { get; }
    public double[]? CohortFactors { get; }
    public bool CapHazards { get; }

    /// <summary>Whether the series run as a convolution (<see cref="ConvolutionKernel"/>): inflow-driven, no policy, no initial stock, no cohort detail.</summary>
    public bool Convolution { get; }

    public CohortPlan(StockBatch batch, StockModelOptions options, bool inflowDriven)
    {
        (Batch, Options) = (batch, options);
        Convolution = inflowDriven && options.Policy is null && batch.InitialAges == 0 && !options.CohortDetail;
        PeriodFactors = options.Policy?.PeriodFactors;
        if (options.Policy?.CohortFactors is { } c)
        {
            CohortFactors = new double[batch.Cohorts];
            Array.Fill(CohortFactors, 1.0, 0, batch.InitialAges);
            c.CopyTo(CohortFactors, batch.InitialAges);
        }
        CapHazards = options.Policy?.Shortens ?? false;
    }
}
