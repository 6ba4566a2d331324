using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;
using static Junkan.Core.Tests.Stocks.StockTestData;

namespace Junkan.Core.Tests.Stocks;

public class StockDrivenTests
{
    [Theory]
    [MemberData(nameof(LifetimeAndConventionIndices), MemberType = typeof(StockTestData))]
    public void Inflow_to_stock_to_inflow_round_trips(int lifetime, int convention)
    {
        var options = new StockModelOptions { Convention = Conventions[convention] };
        var inflow = RandomSeries(100 + lifetime, 60);
        var forward = DynamicStockModel.InflowDriven(inflow, Lifetimes[lifetime], options);
        if (SurvivalCurve.Evaluate(Lifetimes[lifetime], Conventions[convention], 1)[0] == 0) return; // nothing survives year 0: no stock to drive
        var back = DynamicStockModel.StockDriven(forward.Stock, Lifetimes[lifetime], options);
        AllClose(inflow, back.Inflow, 1e-9, "inflow");
        AllClose(forward.Outflow, back.Outflow, 1e-9, "outflow");
        Assert.DoesNotContain(true, back.NegativeInflow);
        Assert.True(MassBalance.MaxRelativeError(back.Inflow, back.Outflow, back.StockChange, back.Stock) <= MassBalance.Tolerance);
    }

    [Fact]
    public void A_falling_stock_needs_a_negative_inflow_which_is_kept_and_flagged_by_default()
    {
        double[] stock = [100, 100, 100, 40, 40, 60];
        var r = DynamicStockModel.StockDriven(stock, LifetimeDistribution.Exponential(10));
        Assert.True(r.Inflow[3] < 0);
        Assert.Equal([false, false, false, true, false, false], r.NegativeInflow);
        AllClose(stock, r.Stock, 1e-14, "stock");
        Assert.True(MassBalance.MaxRelativeError(r.Inflow, r.Outflow, r.StockChange, r.Stock) <= MassBalance.Tolerance);
    }

    [Fact]
    public void The_correcting_policy_retires_the_surplus_early_in_proportion_to_cohort_stocks()
    {
        double[] stock = [100, 100, 100, 40, 40, 60];
        var options = new StockModelOptions { NegativeInflow = NegativeInflowPolicy.Correct, CohortDetail = true };
        var r = DynamicStockModel.StockDriven(stock, LifetimeDistribution.Exponential(10), options);
        Assert.Equal(0, r.Inflow[3]);
        Assert.All(r.Inflow, i => Assert.True(i >= 0));
        Assert.True(r.NegativeInflow[3]);
        AllClose(stock, r.Stock, 1e-14, "stock");
        Assert.Equal(60, r.Outflow[3], 1e-9);        // 100 → 40 with no inflow: everything that left, regular and early
        // Proportional: each cohort keeps the same share 40/100 of what it had.
        for (int c = 0; c < 3; c++) Assert.Equal(r.CohortStock![2, c] * 0.4, r.CohortStock[3, c], 1e-9);
        Assert.True(MassBalance.MaxRelativeError(r.Inflow, r.Outflow, r.StockChange, r.Stock) <= MassBalance.Tolerance);
    }

    [Fact]
    public void Before_the_switch_year_history_drives_and_after_it_the_stock()
    {
        var lifetime = LifetimeDistribution.LogNormal(8, 3);
        var history = RandomSeries(11, 30);
        var inflowDriven = DynamicStockModel.InflowDriven(history, lifetime);
        var target = inflowDriven.Stock.Select((s, t) => t < 20 ? 0 : s * 1.1).ToArray();  // ignored before year 20
        var r = DynamicStockModel.StockDriven(target, lifetime, historicInflow: history, switchYear: 20);
        AllClose(inflowDriven.Stock.AsSpan(0, 20), r.Stock.AsSpan(0, 20), 1e-14, "history");
        AllClose(target.AsSpan(20), r.Stock.AsSpan(20), 1e-12, "scenario");
    }

    [Fact]
    public void Stock_driven_with_an_initial_stock_solves_only_the_new_inflow()
    {
        var lifetime = LifetimeDistribution.Weibull(2, 10);
        var inflow = RandomSeries(5, 50);
        var full = DynamicStockModel.InflowDriven(inflow, lifetime, new StockModelOptions { CohortDetail = true });
        var byAge = Enumerable.Range(0, 25).Select(a => full.CohortStock![24, 24 - a]).ToArray();
        var r = DynamicStockModel.StockDriven(full.Stock.AsSpan(25), lifetime, initialStockByAge: byAge);
        AllClose(inflow.AsSpan(25), r.Inflow, 1e-9, "inflow");
    }

    [Fact]
    public void A_lifetime_that_keeps_nothing_cannot_build_a_stock() =>
        Assert.Contains("year index 0", Assert.Throws<StockModelException>(() => DynamicStockModel.StockDriven([5.0], LifetimeDistribution.Fixed(0))).Message);

    [Fact]
    public void Age_structure_back_calculation_round_trips()
    {
        var lifetime = LifetimeDistribution.Normal(12, 4);
        var inflowByAge = RandomSeries(9, 25);
        var stockByAge = AgeStructure.StockFromInflow(inflowByAge, lifetime);
        AllClose(inflowByAge, AgeStructure.InflowFromStock(stockByAge, lifetime), 1e-12);
    }

    [Fact]
    public void Stock_to_inflow_from_age_structure_to_stock_round_trips_through_the_engine()
    {
        // A stock by age at the end of year 19 → its cohorts' inflows → an inflow-driven run rebuilds the same stock by age.
        var lifetime = LifetimeDistribution.Gamma(4, 3);
        var stockByAge = RandomSeries(21, 20, 50);
        var inflowByAge = AgeStructure.InflowFromStock(stockByAge, lifetime);
        var inflowByYear = inflowByAge.Reverse().ToArray();                          // year t holds age 19 − t
        var r = DynamicStockModel.InflowDriven(inflowByYear, lifetime, new StockModelOptions { CohortDetail = true });
        var rebuilt = Enumerable.Range(0, 20).Select(a => r.CohortStock![19, 19 - a]).ToArray();
        AllClose(stockByAge, rebuilt, 1e-12);
        Assert.Equal(stockByAge.Sum(), r.Stock[19], 1e-9);
    }

    [Fact]
    public void Back_calculation_refuses_a_stock_the_lifetime_cannot_explain() =>
        Assert.Contains("Age 3", Assert.Throws<StockModelException>(() => AgeStructure.InflowFromStock([1, 1, 1, 1], LifetimeDistribution.Fixed(3))).Message);
}
