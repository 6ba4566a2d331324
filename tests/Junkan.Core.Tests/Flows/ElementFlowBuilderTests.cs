using CsCheck;
using Junkan.Core.Flows;
using Junkan.Core.Recyclability;
using Junkan.Core.Stocks.Lifetimes;
using static Junkan.Core.Tests.Flows.FlowTestData;

namespace Junkan.Core.Tests.Flows;

public sealed class ElementFlowBuilderTests
{
    [Fact]
    public void Constant_demand_and_fixed_lifetime_give_stock_demand_times_lifetime_and_outflow_equal_to_demand()
    {
        var inputs = Constant(1000, Use("wire", 1.0, LifetimeDistribution.Fixed(10), p: Rates(0.5, 0.8)));
        var totals = ElementFlowBuilder.Build(inputs, 2030).TotalsIn(2010);
        Assert.Equal(10_000, totals.InUseStock, 6);
        Assert.Equal(1000, totals.EndOfLife, 6);
    }

    [Fact]
    public void Hand_computed_two_use_element_end_to_end()
    {
        // Use A: 60 % of 1,000 t/y, 10 y, 10 % exported at end of life, 50 % of the rest collected, 80 % yield.
        // Use B: 40 %, dissipative. Steady state: EOL_A = 600; exported 60; collected 270; recovered 216;
        // disposed 270 + recycling losses 54; dissipated 400; primary input = 1,000 − 216 = 784.
        var inputs = Constant(1000,
            Use("a", 0.6, LifetimeDistribution.Fixed(10), p: Rates(0.5, 0.8, export: 0.1)),
            Use("b", 0.4, LifetimeDistribution.Fixed(1), dissipative: true));
        var system = ElementFlowBuilder.Build(inputs, 2030);
        var t = system.TotalsIn(2015);
        Assert.Equal(600, t.EndOfLife, 6);
        Assert.Equal(60, t.Exported, 6);
        Assert.Equal(216, t.RecoveredEndOfLife, 6);
        Assert.Equal(400, t.Dissipated, 6);
        Assert.Equal(784, t.PrimaryInput, 6);
        Assert.Equal(600, t.Potential, 6);
        Assert.Equal(0, system.System.Total(FlowKind.Uncollected, system.System.IndexOf(2015)) - 270, 6);
    }

    [Fact]
    public void Every_process_balances_every_year_with_growth_new_scrap_and_exports()
    {
        var inputs = new ElementFlowInputs(new("Co"),
            [new DemandPoint(2005, Tonnes(500, 400, 600)), new DemandPoint(2013, Tonnes(900, 800, 1000)), new DemandPoint(2019, Tonnes(1400, 1200, 1500))],
            [Use("battery", 0.7, LifetimeDistribution.Weibull(2.0, 8), p: Rates(0.3, 0.9, 0.2, growth: 0.08) with { ProductExportShare = Fraction(0.4) }),
             Use("pigment", 0.1, LifetimeDistribution.Fixed(1), dissipative: true),
             Use("alloy", 0.2, LifetimeDistribution.Normal(20, 6), p: Rates(0.7, 0.95, growth: -0.01))],
            newScrapShare: Fraction(0.1), newScrapRecovery: Fraction(0.9));
        var system = ElementFlowBuilder.Build(inputs, 2050);
        Assert.Equal(2005, system.System.FirstYear);
        Assert.Equal(2050, system.System.LastYear);
        Assert.True(system.MaxRelativeResidual < 1e-12, $"residual {system.MaxRelativeResidual}");
    }

    [Fact]
    public void Central_evaluation_of_the_model_equals_the_built_system_in_the_data_span_and_beyond()
    {
        var inputs = new ElementFlowInputs(new("Ni"),
            [new DemandPoint(2010, Tonnes(100, 90, 110)), new DemandPoint(2018, Tonnes(160, 150, 170))],
            [Use("steel", 0.8, LifetimeDistribution.Weibull(2.5, 22), p: Rates(0.8, 0.9, 0.3, growth: 0.02), meanLow: 15, meanHigh: 25),
             Use("plating", 0.2, LifetimeDistribution.Fixed(1), dissipative: true)],
            newScrapShare: Fraction(0.05), newScrapRecovery: Fraction(1));
        var model = new ElementFlowModel(inputs);
        var system = ElementFlowBuilder.Build(inputs, 2050);
        foreach (var (year, forecast) in new[] { (2015, 2040), (2024, 2050) })
        {
            var o = model.Evaluate(CentralValues.Instance, year, forecast);
            var t = system.TotalsIn(year);
            Assert.Equal(t.EndOfLife, o.EndOfLife, 9);
            Assert.Equal(t.RecoveredEndOfLife, o.RecoveredEndOfLife, 9);
            Assert.Equal(t.RecoveredNewScrap, o.RecoveredNewScrap, 9);
            Assert.Equal(t.Achievable, o.Achievable, 9);
            Assert.Equal(t.Exported, o.Exported, 9);
            Assert.Equal(system.TotalsIn(forecast).Potential, o.PotentialForecast, 9);
            Assert.Equal(0.2, o.DissipativeShare, 12);
        }
    }

    [Fact]
    public void More_collection_never_lowers_recovery()
    {
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 1]).Sample((c1, c2, y) =>
        {
            double Recovered(double c) => ElementFlowBuilder.Build(Constant(1000, Use("a", 1, LifetimeDistribution.Normal(12, 4), p: Rates(c, y))), 2025).TotalsIn(2020).RecoveredToday;
            var (lo, hi) = c1 <= c2 ? (c1, c2) : (c2, c1);
            return Recovered(lo) <= Recovered(hi) + 1e-9;
        }, iter: 100);
    }

    [Fact]
    public void Shares_that_do_not_sum_to_one_are_refused_with_the_shares_named()
    {
        var e = Assert.Throws<FlowSystemException>(() => Constant(1000, Use("a", 0.6, LifetimeDistribution.Fixed(5)), Use("b", 0.3, LifetimeDistribution.Fixed(5))));
        Assert.Contains("sum to 0.9", e.Message, StringComparison.Ordinal);
        Assert.Contains("a 0.6", e.Message, StringComparison.Ordinal);
    }
}
