using CsCheck;
using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;
using static Junkan.Core.Tests.Stocks.StockTestData;

namespace Junkan.Core.Tests.Stocks;

public class BatchTests
{
    private static readonly Gen<LifetimeDistribution> GenLifetime = Gen.OneOf(
        Gen.Double[0, 30].Select(LifetimeDistribution.Fixed),
        Gen.Select(Gen.Double[0, 30], Gen.Double[0.1, 10]).Select((m, s) => LifetimeDistribution.Normal(m, s)),
        Gen.Select(Gen.Double[0, 30], Gen.Double[0.1, 20]).Select((m, s) => LifetimeDistribution.FoldedNormal(m, s)),
        Gen.Select(Gen.Double[0.2, 30], Gen.Double[0.1, 20]).Select((m, s) => LifetimeDistribution.LogNormal(m, s)),
        Gen.Select(Gen.Double[0.3, 6], Gen.Double[0.2, 30]).Select((k, l) => LifetimeDistribution.Weibull(k, l)),
        Gen.Double[0.2, 30].Select(LifetimeDistribution.Exponential),
        Gen.Select(Gen.Double[0.3, 8], Gen.Double[0.2, 8]).Select((k, t) => LifetimeDistribution.Gamma(k, t)));

    private static readonly Gen<TimeConvention> GenConvention =
        Gen.OneOf(Gen.Const(TimeConvention.YearEnd), Gen.Const(TimeConvention.Middle), Gen.Const(TimeConvention.Start), Gen.Int[2, 12].Select(TimeConvention.Quadrature));

    /// <summary>A random batch: series count, years, lifetimes, inflows, convention.</summary>
    private static readonly Gen<(int Series, int Years, LifetimeDistribution[] Lifetimes, double[] Inflow, TimeConvention Convention)> GenBatch =
        from series in Gen.Int[1, 12]
        from years in Gen.Int[1, 60]
        from lifetimes in GenLifetime.Array[series]
        from inflow in Gen.Double[0, 1e4].Array[series * years]
        from convention in GenConvention
        select (series, years, lifetimes, inflow, convention);

    [Fact]
    public void Batch_rows_equal_single_series_runs()
    {
        GenBatch.Sample(b =>
        {
            var options = new StockModelOptions { Convention = b.Convention };
            var batch = DynamicStockEngine.InflowDriven(new StockBatch(b.Series, b.Years, b.Lifetimes), b.Inflow, options);
            for (int s = 0; s < b.Series; s++)
            {
                var single = DynamicStockModel.InflowDriven(b.Inflow.AsSpan(s * b.Years, b.Years), b.Lifetimes[s], options);
                if (!batch.StockOf(s).SequenceEqual(single.Stock) || !batch.OutflowOf(s).SequenceEqual(single.Outflow)) return false;
            }
            return true;
        }, iter: 200);
    }

    [Fact]
    public void Random_batches_balance_mass_and_round_trip_through_the_stock()
    {
        GenBatch.Sample(b =>
        {
            var options = new StockModelOptions { Convention = b.Convention };
            var lifetimes = new StockBatch(b.Series, b.Years, b.Lifetimes);
            var forward = DynamicStockEngine.InflowDriven(lifetimes, b.Inflow, options);
            if (MassBalance.MaxRelativeError(forward) > MassBalance.Tolerance) return false;
            for (int s = 0; s < b.Series; s++)
                if (forward.StockOf(s).ToArray().Any(v => v < -1e-9)) return false;
            // Round trip only where the first-year survival is not negligible (else the solve divides by ~0).
            bool solvable = b.Lifetimes.All(l => SurvivalCurve.Evaluate(l, b.Convention, 1)[0] > 1e-3);
            if (!solvable) return true;
            var back = DynamicStockEngine.StockDriven(lifetimes, forward.Stock, options);
            for (int i = 0; i < b.Inflow.Length; i++)
                if (Math.Abs(back.Inflow[i] - b.Inflow[i]) > 1e-6 * 1e4 * b.Years) return false;
            return MassBalance.MaxRelativeError(back) <= MassBalance.Tolerance;
        }, iter: 200);
    }

    [Fact]
    public void Parallel_and_sequential_runs_are_identical()
    {
        int series = 300, years = 80;
        var lifetimes = Enumerable.Range(0, series).Select(s => LifetimeDistribution.Weibull(1 + s % 5 * 0.5, 5 + s % 17)).ToArray();
        var inflow = RandomSeries(1, series * years);
        var batch = new StockBatch(series, years, lifetimes);
        var parallel = DynamicStockEngine.InflowDriven(batch, inflow, new StockModelOptions { MaxDegreeOfParallelism = 4 });
        var sequential = DynamicStockEngine.InflowDriven(batch, inflow, new StockModelOptions { MaxDegreeOfParallelism = 1 });
        Assert.Equal(sequential.Stock, parallel.Stock);
        Assert.Equal(sequential.Outflow, parallel.Outflow);
    }

    [Fact]
    public void Caller_owned_outputs_are_overwritten_whole_on_reuse()
    {
        var batch = StockBatch.Create(30, LifetimeDistribution.Exponential(5), LifetimeDistribution.Gamma(2, 3));
        var into = new StockFlows(2, 30, 30, cohortDetail: false);
        DynamicStockEngine.InflowDriven(batch, RandomSeries(1, 60), StockModelOptions.Default, into);
        var inflow = RandomSeries(2, 60);
        DynamicStockEngine.InflowDriven(batch, inflow, StockModelOptions.Default, into);
        Assert.Equal(DynamicStockEngine.InflowDriven(batch, inflow).Stock, into.Stock);
    }

    [Theory]
    [InlineData(double.NaN, "series 1, year index 2, is NaN")]
    [InlineData(-3.0, "series 1, year index 2, is negative (-3)")]
    [InlineData(double.PositiveInfinity, "series 1, year index 2, is infinite")]
    public void Bad_inflows_are_named_by_series_and_year(double bad, string expected)
    {
        var inflow = new double[10];
        inflow[7] = bad;
        var e = Assert.Throws<ArgumentException>(() => DynamicStockEngine.InflowDriven(StockBatch.Create(5, LifetimeDistribution.Exponential(3), LifetimeDistribution.Exponential(3)), inflow));
        Assert.Contains("The inflow of " + expected, e.Message);
    }

    [Fact]
    public void Bad_stocks_shapes_and_switch_years_are_refused()
    {
        var batch = StockBatch.Create(3, LifetimeDistribution.Exponential(3));
        Assert.Contains("The stock of series 0, year index 1, is negative", Assert.Throws<ArgumentException>(() => DynamicStockEngine.StockDriven(batch, [1, -1, 1])).Message);
        Assert.Contains("expected series × years = 1 × 3", Assert.Throws<ArgumentException>(() => DynamicStockEngine.InflowDriven(batch, [1, 1])).Message);
        Assert.Contains("needs the historic inflows", Assert.Throws<ArgumentException>(() => DynamicStockEngine.StockDriven(batch, [1, 1, 1], switchYear: 2)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => DynamicStockEngine.StockDriven(batch, [1, 1, 1], switchYear: 4));
        Assert.Contains("expected 2 (one per series)", Assert.Throws<ArgumentException>(() => new StockBatch(2, 3, [LifetimeDistribution.Fixed(1)])).Message);
        Assert.Contains("initial stock of series 0, age 1, is NaN", Assert.Throws<ArgumentException>(() => new StockBatch(1, 3, [LifetimeDistribution.Fixed(1)], [1, double.NaN], 2)).Message);
    }
}
