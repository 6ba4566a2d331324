using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;
using static Junkan.Core.Tests.Stocks.StockTestData;

namespace Junkan.Core.Tests.Stocks;

public class InflowDrivenTests
{
    [Fact]
    public void Fixed_lifetime_by_hand()
    {
        // Lifetime 2 years, year-end convention: sf = 1, 1, 0, ... so a cohort is in stock at the end of its inflow
        // year and the next, and leaves two years after it came in.
        var r = DynamicStockModel.InflowDriven([1, 2, 3, 0, 0, 0], LifetimeDistribution.Fixed(2));
        Assert.Equal([1, 3, 5, 3, 0, 0], r.Stock);
        Assert.Equal([0, 0, 1, 2, 3, 0], r.Outflow);
        Assert.Equal([1, 2, 2, -2, -3, 0], r.StockChange);
    }

    [Fact]
    public void Lifetime_zero_sends_everything_out_in_the_inflow_year()
    {
        var r = DynamicStockModel.InflowDriven([4, 5], LifetimeDistribution.Fixed(0));
        Assert.Equal([0, 0], r.Stock);
        Assert.Equal([4, 5], r.Outflow);
    }

    [Theory]
    [MemberData(nameof(LifetimeAndConventionIndices), MemberType = typeof(StockTestData))]
    public void Mass_balances_every_year(int lifetime, int convention)
    {
        var options = new StockModelOptions { Convention = Conventions[convention] };
        var r = DynamicStockModel.InflowDriven(RandomSeries(lifetime * 10 + convention, 80), Lifetimes[lifetime], options);
        Assert.True(MassBalance.MaxRelativeError(r.Inflow, r.Outflow, r.StockChange, r.Stock) <= MassBalance.Tolerance);
    }

    [Theory]
    [MemberData(nameof(LifetimeAndConventionIndices), MemberType = typeof(StockTestData))]
    public void Cohort_stocks_are_inflow_times_survival_and_sum_to_the_totals(int lifetime, int convention)
    {
        var options = new StockModelOptions { Convention = Conventions[convention], CohortDetail = true };
        var inflow = RandomSeries(lifetime, 40);
        var r = DynamicStockModel.InflowDriven(inflow, Lifetimes[lifetime], options);
        var sf = SurvivalCurve.Evaluate(Lifetimes[lifetime], Conventions[convention], 40);
        for (int t = 0; t < 40; t++)
        {
            double stock = 0, outflow = 0;
            for (int c = 0; c < 40; c++)
            {
                double expected = c <= t ? inflow[c] * sf[t - c] : 0;
                Assert.True(Math.Abs(r.CohortStock![t, c] - expected) <= 1e-12 * 1000, $"s_c[{t},{c}] = {r.CohortStock[t, c]}, expected {expected}");
                stock += r.CohortStock[t, c];
                outflow += r.CohortOutflow![t, c];
            }
            Assert.Equal(r.Stock[t], stock, 1e-9);
            Assert.Equal(r.Outflow[t], outflow, 1e-9);
        }
    }

    public static TheoryData<string, int, double, double> SteadyStates() => new()
    {
        // spec, convention index, expected stock minus mean lifetime L (Euler-Maclaurin, docs/methods/dynamic-stocks.md), tolerance
        { "normal:mean=20,sd=5", 0, 0.5, 0.01 }, { "normal:mean=20,sd=5", 1, 0, 0.01 }, { "normal:mean=20,sd=5", 2, -0.5, 0.01 },
        { "foldednormal:mean=20,sd=8", 0, 0.5, 0.01 }, { "foldednormal:mean=20,sd=8", 1, 0, 0.01 }, { "foldednormal:mean=20,sd=8", 2, -0.5, 0.01 },
        { "lognormal:mean=20,sd=8", 0, 0.5, 0.01 }, { "lognormal:mean=20,sd=8", 1, 0, 0.01 }, { "lognormal:mean=20,sd=8", 2, -0.5, 0.01 },
        { "weibull:shape=2.5,scale=22", 0, 0.5, 0.01 }, { "weibull:shape=2.5,scale=22", 1, 0, 0.01 }, { "weibull:shape=2.5,scale=22", 2, -0.5, 0.01 },
        { "exponential:mean=20", 0, 0.5, 0.01 }, { "exponential:mean=20", 1, 0, 0.01 }, { "exponential:mean=20", 2, -0.5, 0.01 },
        { "gamma:shape=4,scale=5", 0, 0.5, 0.01 }, { "gamma:shape=4,scale=5", 1, 0, 0.01 }, { "gamma:shape=4,scale=5", 2, -0.5, 0.01 },
        // A fixed lifetime is a step: the sums count whole years exactly (L = 20: ages 0..19 year-end and middle, 1..19 at start).
        { "fixed:mean=20", 0, 0, 0 }, { "fixed:mean=20", 1, 0, 0 }, { "fixed:mean=20", 2, -1, 0 },
    };

    [Theory]
    [MemberData(nameof(SteadyStates))]
    public void Constant_inflow_reaches_the_steady_state_stock_of_its_convention(string spec, int convention, double offset, double tolerance)
    {
        var lifetime = LifetimeSpec.Parse(spec);
        var r = DynamicStockModel.InflowDriven(Enumerable.Repeat(1.0, 400).ToArray(), lifetime, new StockModelOptions { Convention = Conventions[convention] });
        Assert.Equal(lifetime.MeanLifetime + offset, r.Stock[^1], tolerance);
        Assert.Equal(1.0, r.Outflow[^1], 1e-6);
    }

    [Theory]
    [InlineData("exponential:mean=0.3")]
    [InlineData("fixed:mean=0.5")]
    [InlineData("fixed:mean=20")]
    [InlineData("weibull:shape=1.5,scale=0.4")]
    [InlineData("gamma:shape=2,scale=0.2")]
    [InlineData("lognormal:mean=0.8,sd=0.5")]
    [InlineData("normal:mean=20,sd=5")]
    [InlineData("weibull:shape=2.5,scale=22")]
    public void Quadrature_gives_the_mean_lifetime_also_under_one_year(string spec)
    {
        var lifetime = LifetimeSpec.Parse(spec);
        var r = DynamicStockModel.InflowDriven(Enumerable.Repeat(1.0, 300).ToArray(), lifetime, new StockModelOptions { Convention = TimeConvention.Quadrature(16) });
        Assert.Equal(lifetime.MeanLifetime, r.Stock[^1], lifetime.MeanLifetime * 1e-4);
    }

    [Fact]
    public void An_initial_age_structured_stock_continues_the_history_it_came_from()
    {
        // Run 60 years from empty; take the cohort stocks at the end of year 29 as the initial stock by age of a
        // 30-year run: its stocks and outflows must equal years 30..59 of the long run.
        var lifetime = LifetimeDistribution.Weibull(2.2, 12);
        var inflow = RandomSeries(7, 60);
        var full = DynamicStockModel.InflowDriven(inflow, lifetime, new StockModelOptions { CohortDetail = true });
        var byAge = Enumerable.Range(0, 30).Select(a => full.CohortStock![29, 29 - a]).ToArray();
        var tail = DynamicStockModel.InflowDriven(inflow.AsSpan(30), lifetime, initialStockByAge: byAge);
        AllClose(full.Stock.AsSpan(30), tail.Stock, 1e-12, "stock");
        AllClose(full.Outflow.AsSpan(30), tail.Outflow, 1e-12, "outflow");
        AllClose(full.StockChange.AsSpan(30), tail.StockChange, 1e-11, "stock change");
    }

    [Fact]
    public void Lifetimes_by_cohort_equal_to_one_lifetime_give_the_same_result()
    {
        var inflow = RandomSeries(3, 50);
        var one = DynamicStockModel.InflowDriven(inflow, LifetimeDistribution.Gamma(3, 4));
        var each = DynamicStockModel.InflowDriven(inflow, Enumerable.Repeat(LifetimeDistribution.Gamma(3, 4), 50).ToArray());
        AllClose(one.Stock, each.Stock, 1e-14);
        AllClose(one.Outflow, each.Outflow, 1e-14);
    }

    [Fact]
    public void Cohort_lifetimes_act_on_their_own_cohort_only()
    {
        // Cohort 0 lives 2 years, cohort 1 lives 5: the outflow of year 2 is cohort 0 alone.
        var r = DynamicStockModel.InflowDriven([10, 20, 0, 0, 0, 0, 0],
            [LifetimeDistribution.Fixed(2), LifetimeDistribution.Fixed(5), LifetimeDistribution.Fixed(1), LifetimeDistribution.Fixed(1),
             LifetimeDistribution.Fixed(1), LifetimeDistribution.Fixed(1), LifetimeDistribution.Fixed(1)]);
        Assert.Equal([0, 0, 10, 0, 0, 0, 20], r.Outflow);
    }
}
