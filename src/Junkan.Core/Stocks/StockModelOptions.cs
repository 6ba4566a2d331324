namespace Junkan.Core.Stocks;

/// <summary>Options of a dynamic stock model run (single series or batch).</summary>
public sealed record StockModelOptions
{
    public static StockModelOptions Default { get; } = new();

    /// <summary>Timing of inflows against year-end stocks (default <see cref="TimeConvention.YearEnd"/>, as ODYM).</summary>
    public TimeConvention Convention { get; init; } = TimeConvention.YearEnd;

    /// <summary>Lifetime changes acting on cohorts in use (period and cohort hazard factors), or null.</summary>
    public LifetimePolicy? Policy { get; init; }

    /// <summary>Stock-driven runs: what to do with negative inflows (default: allow and flag).</summary>
    public NegativeInflowPolicy NegativeInflow { get; init; } = NegativeInflowPolicy.Allow;

    /// <summary>Also return cohort stocks and cohort outflows (years × cohorts per series: memory grows with years²).</summary>
    public bool CohortDetail { get; init; }

    /// <summary>Upper bound on worker threads for batches (null = all cores).</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
