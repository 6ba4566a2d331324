using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;
using static Junkan.Core.Tests.Stocks.StockTestData;

namespace Junkan.Core.Tests.Stocks;

public class LifetimePolicyTests
{
    private static readonly double[] Inflow = RandomSeries(42, 40);
    private static readonly LifetimeDistribution Lifetime = LifetimeDistribution.Weibull(2.0, 9);

    [Fact]
    public void Factors_of_one_change_nothing()
    {
        var baseline = DynamicStockModel.InflowDriven(Inflow, Lifetime);
        var policy = new LifetimePolicy(Enumerable.Repeat(1.0, 40).ToArray(), Enumerable.Repeat(1.0, 40).ToArray());
        var r = DynamicStockModel.InflowDriven(Inflow, Lifetime, new StockModelOptions { Policy = policy });
        AllClose(baseline.Stock, r.Stock, 1e-12, "stock");     // hazard form (policy) against the convolution (none): rounding only
        AllClose(baseline.Outflow, r.Outflow, 1e-12, "outflow");
    }

    [Fact]
    public void Lifetime_extension_from_a_year_acts_on_cohorts_already_in_use()
    {
        var baseline = DynamicStockModel.InflowDriven(Inflow, Lifetime, new StockModelOptions { CohortDetail = true });
        var options = new StockModelOptions { Policy = LifetimePolicy.FromYear(40, 20, 0.5), CohortDetail = true };
        var r = DynamicStockModel.InflowDriven(Inflow, Lifetime, options);
        AllClose(baseline.Outflow.AsSpan(0, 20), r.Outflow.AsSpan(0, 20), 1e-15, "before the policy");
        Assert.True(r.CohortOutflow![20, 10] < baseline.CohortOutflow![20, 10]);   // cohort 10, in use since year 10, leaves more slowly
        Assert.Equal(baseline.CohortOutflow[20, 10] * 0.5, r.CohortOutflow[20, 10], 1e-9);
        for (int t = 20; t < 40; t++) Assert.True(r.Stock[t] > baseline.Stock[t]);
        Assert.True(MassBalance.MaxRelativeError(r.Inflow, r.Outflow, r.StockChange, r.Stock) <= MassBalance.Tolerance);
    }

    [Fact]
    public void A_cohort_factor_leaves_earlier_cohorts_alone()
    {
        var cohort = Enumerable.Range(0, 40).Select(c => c >= 30 ? 2.0 : 1.0).ToArray();
        var baseline = DynamicStockModel.InflowDriven(Inflow, Lifetime, new StockModelOptions { CohortDetail = true });
        var r = DynamicStockModel.InflowDriven(Inflow, Lifetime, new StockModelOptions { Policy = new LifetimePolicy(null, cohort), CohortDetail = true });
        for (int t = 30; t < 40; t++)
        {
            Assert.Equal(baseline.CohortStock![t, 29], r.CohortStock![t, 29]);
            Assert.True(r.CohortStock[t, 30] <= baseline.CohortStock[t, 30]);
        }
        Assert.True(MassBalance.MaxRelativeError(r.Inflow, r.Outflow, r.StockChange, r.Stock) <= MassBalance.Tolerance);
    }

    [Fact]
    public void Shortening_hazards_are_capped_at_one()
    {
        var r = DynamicStockModel.InflowDriven(Inflow, Lifetime, new StockModelOptions { Policy = LifetimePolicy.FromYear(40, 10, 1e6) });
        // Every cohort older than a year leaves at once; a Weibull(2, 9) has no hazard at age 0, so the new cohort stays.
        for (int t = 10; t < 40; t++) Assert.Equal(Inflow[t], r.Stock[t], 1e-12);
        Assert.True(MassBalance.MaxRelativeError(r.Inflow, r.Outflow, r.StockChange, r.Stock) <= MassBalance.Tolerance);
    }

    [Fact]
    public void Mismatched_policy_lengths_and_bad_factors_are_refused()
    {
        Assert.Contains("30 period factors for 40", Assert.Throws<ArgumentException>(() =>
            DynamicStockModel.InflowDriven(Inflow, Lifetime, new StockModelOptions { Policy = LifetimePolicy.FromYear(30, 10, 0.5) })).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LifetimePolicy([1, double.NaN], null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LifetimePolicy([-0.5], null));
    }

    [Fact]
    public void The_outflow_split_adds_up_to_the_outflow()
    {
        var r = DynamicStockModel.InflowDriven(Inflow, Lifetime);
        var split = OutflowSplit.Constant(40, 0.15, 0.25);
        var (reuse, domestic, export) = (new double[40], new double[40], new double[40]);
        split.Apply(r.Outflow, reuse, domestic, export);
        for (int t = 0; t < 40; t++)
        {
            Assert.Equal(r.Outflow[t], reuse[t] + domestic[t] + export[t], 1e-9);
            Assert.Equal(0.6 * r.Outflow[t], domestic[t], 1e-9);
        }
        Assert.Contains("exceed 1", Assert.Throws<ArgumentException>(() => OutflowSplit.Constant(3, 0.6, 0.5)).Message);
    }
}
