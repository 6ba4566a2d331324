namespace Junkan.Core.Stocks;

/// <summary>
/// Results of a batch run, row-major by series (index series × Years + year): inflow, stock at year end, outflow and
/// stock change in the unit of the inputs per year; flags of the years where a stock-driven solve met a negative inflow;
/// and, on request, cohort stocks and cohort outflows (series × Years × Cohorts).
/// </summary>
public sealed class StockFlows
{
    public int SeriesCount { get; }
    public int Years { get; }
    public int Cohorts { get; }

    public double[] Inflow { get; }
    public double[] Stock { get; }
    public double[] Outflow { get; }
    public double[] StockChange { get; }

    /// <summary>True where a stock-driven model needed a negative inflow (kept or corrected per <see cref="NegativeInflowPolicy"/>).</summary>
    public bool[] NegativeInflow { get; }

    /// <summary>s_c[t, c]: stock of cohort c at the end of year t (null unless cohort detail was asked for).</summary>
    public double[]? CohortStock { get; }

    /// <summary>o_c[t, c]: outflow from cohort c during year t (null unless cohort detail was asked for).</summary>
    public double[]? CohortOutflow { get; }

    /// <summary>Allocates the outputs of a batch (cohort arrays only when <paramref name="cohortDetail"/>).</summary>
    public StockFlows(int seriesCount, int years, int cohorts, bool cohortDetail)
    {
        (SeriesCount, Years, Cohorts) = (seriesCount, years, cohorts);
        int n = seriesCount * years;
        (Inflow, Stock, Outflow, StockChange, NegativeInflow) = (new double[n], new double[n], new double[n], new double[n], new bool[n]);
        if (cohortDetail)
        {
            long cells = (long)n * cohorts;
            if (cells > Array.MaxLength)
                throw new ArgumentException($"Cohort detail for {seriesCount} series × {years} years × {cohorts} cohorts exceeds the largest array; ask for fewer series.");
            (CohortStock, CohortOutflow) = (new double[cells], new double[cells]);
        }
    }

    public ReadOnlySpan<double> InflowOf(int series) => Row(Inflow, series);
    public ReadOnlySpan<double> StockOf(int series) => Row(Stock, series);
    public ReadOnlySpan<double> OutflowOf(int series) => Row(Outflow, series);
    public ReadOnlySpan<double> StockChangeOf(int series) => Row(StockChange, series);
    public ReadOnlySpan<bool> NegativeInflowOf(int series) => NegativeInflow.AsSpan(series * Years, Years);

    private ReadOnlySpan<double> Row(double[] values, int series) => values.AsSpan(series * Years, Years);
}
