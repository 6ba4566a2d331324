using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Core.Stocks;

/// <summary>
/// The fixed part of a batch of dynamic stock models: many series (product × region × scenario) over the same model
/// years, each with its lifetime (one per series, or one per series and cohort) and, optionally, an age-structured
/// stock in use before the first model year. Arrays are row-major by series; values in units of product (or tonnes)
/// and years. Validates everything once, here, so that the kernels can trust it.
/// </summary>
public sealed class StockBatch
{
    /// <summary>Number of series.</summary>
    public int SeriesCount { get; }

    /// <summary>Number of model years T (year index 0..T − 1).</summary>
    public int Years { get; }

    /// <summary>Number of ages A₀ of the initial stock (0 = the model starts from an empty stock).</summary>
    public int InitialAges { get; }

    /// <summary>Cohorts tracked per series: A₀ historic cohorts (oldest first) and then one per model year.</summary>
    public int Cohorts => InitialAges + Years;

    /// <summary>Lifetimes: length <see cref="SeriesCount"/>, or <see cref="SeriesCount"/> × <see cref="Cohorts"/> when they vary by cohort.</summary>
    public LifetimeDistribution[] Lifetimes { get; }

    /// <summary>Whether <see cref="Lifetimes"/> holds one distribution per series and cohort.</summary>
    public bool LifetimesByCohort { get; }

    /// <summary>Stock in use at the end of the year before the first model year, by age (0 = youngest): <see cref="SeriesCount"/> × <see cref="InitialAges"/>.</summary>
    public double[]? InitialStock { get; }

    /// <param name="lifetimes">One per series, or one per series and cohort (set <paramref name="byCohort"/>).</param>
    /// <param name="initialStockByAge">Series × ages, the stock in use by age at the end of the year before year index 0.</param>
    public StockBatch(int seriesCount, int years, LifetimeDistribution[] lifetimes, double[]? initialStockByAge = null, int initialAges = 0, bool byCohort = false)
    {
        if (seriesCount < 1) throw new ArgumentOutOfRangeException(nameof(seriesCount), seriesCount, "A batch needs at least one series.");
        if (years < 1) throw new ArgumentOutOfRangeException(nameof(years), years, "A batch needs at least one year.");
        if (initialAges < 0) throw new ArgumentOutOfRangeException(nameof(initialAges), initialAges, "The number of initial ages cannot be negative.");
        ArgumentNullException.ThrowIfNull(lifetimes);
        (SeriesCount, Years, InitialAges, LifetimesByCohort) = (seriesCount, years, initialAges, byCohort);
        int expected = byCohort ? seriesCount * Cohorts : seriesCount;
        if (lifetimes.Length != expected)
            throw new ArgumentException($"{lifetimes.Length} lifetimes given; expected {expected} ({(byCohort ? "series × cohorts" : "one per series")}).", nameof(lifetimes));
        for (int i = 0; i < lifetimes.Length; i++)
            if (lifetimes[i].Family == LifetimeFamily.Empirical && lifetimes[i].Table is null)
                throw new ArgumentException($"Lifetime {i} is an empirical distribution without a table (use the factories of LifetimeDistribution).", nameof(lifetimes));
        Lifetimes = lifetimes;
        if (initialStockByAge is not null)
        {
            if (initialStockByAge.Length != seriesCount * initialAges)
                throw new ArgumentException($"The initial stock has {initialStockByAge.Length} values; expected series × ages = {seriesCount * initialAges}.", nameof(initialStockByAge));
            StockSeriesCheck.NonNegativeFinite(initialStockByAge, initialAges, "initial stock", "age");
        }
        else if (initialAges > 0) throw new ArgumentException("Initial ages given without an initial stock.", nameof(initialAges));
        InitialStock = initialStockByAge;
    }

    /// <summary>A batch whose series each have one lifetime for all cohorts and start from an empty stock.</summary>
    public static StockBatch Create(int years, params LifetimeDistribution[] lifetimeBySeries) => new(lifetimeBySeries.Length, years, lifetimeBySeries);
}

/// <summary>Input checks shared by the batch boundary: finite, non-negative values with the series and index named.</summary>
internal static class StockSeriesCheck
{
    public static void NonNegativeFinite(ReadOnlySpan<double> values, int rowLength, string what, string indexName)
    {
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i];
            if (double.IsFinite(v) && v >= 0) continue;
            string problem = double.IsNaN(v) ? "NaN" : double.IsInfinity(v) ? "infinite" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"negative ({v})");
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The {what} of series {i / rowLength}, {indexName} {i % rowLength}, is {problem}: it must be a finite number >= 0."));
        }
    }
}
