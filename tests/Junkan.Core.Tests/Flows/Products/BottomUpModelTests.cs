using Junkan.Core.Flows.Products;
using Junkan.Core.Stocks.Lifetimes;
using static Junkan.Core.Tests.Flows.Products.ProductTestData;

namespace Junkan.Core.Tests.Flows.Products;

/// <summary>Product systems to end-of-life element flows: mass balance, zero content, linearity, hand-computed answers.</summary>
public sealed class BottomUpModelTests
{
    private static readonly double[] Ramp = [.. Enumerable.Range(0, 60).Select(i => i < 30 ? 1000.0 + 100 * i : 0)];

    [Fact]
    public void A_single_cohort_with_a_fixed_two_year_life_leaves_two_years_later_with_its_copper_and_a_quarter_exported()
    {
        // 100 units sold in 2000, life exactly 2 years, 5 kg Cu each, 25 % of the outflow exported used:
        // 100 units leave in 2002 = 0.5 t Cu, of which 0.375 t stay in Japan; stock 100 units in 2000 and 2001, 0 after.
        var p = Sold("car", [100, 0, 0, 0, 0], LifetimeDistribution.Fixed(2), 0.25, ("Cu", 5));
        var r = BottomUpModel.Run(p);
        Assert.Equal([0, 0, 100, 0, 0], r.Outflow);
        Assert.Equal([100, 100, 0, 0, 0], r.Stock!);
        Assert.Equal(25, r.Exported[2], 9);
        Assert.Equal(75, r.Domestic[2], 9);
        Assert.Equal(0.5, r.Of("Cu")!.Tonnes[2], 9);
        Assert.Equal(0.375, r.DomesticTonnes("Cu", 2).Value, 9);
    }

    [Fact]
    public void Sold_units_are_kept_in_stock_or_leave_use_and_the_element_balances_the_same_way()
    {
        var p = Sold("car", Ramp, LifetimeDistribution.Normal(12, 4), 0.3, ("Cu", 22.3), ("Nd", 1));
        var r = BottomUpModel.Run(p);
        double sold = Ramp.Sum(), left = r.Outflow.Sum(), stock = r.Stock![^1];
        Assert.Equal(sold, left + stock, 6);
        for (int t = 0; t < r.Outflow.Length; t++) Assert.Equal(r.Outflow[t], r.Exported[t] + r.Domestic[t], 9);
        foreach (var (element, kg) in new[] { ("Cu", 22.3), ("Nd", 1.0) })
        {
            var x = r.Of(element)!;
            Assert.Equal(sold * kg / 1000, x.Tonnes.Sum() + stock * kg / 1000, 6);
            Assert.Equal(x.Tonnes.Sum() * 0.7, x.DomesticTonnes!.Sum(), 6);
        }
    }

    [Fact]
    public void Zero_content_gives_zero_flows_and_an_element_without_content_gives_none()
    {
        var r = BottomUpModel.Run(Sold("car", Ramp, LifetimeDistribution.Normal(12, 4), 0.3, ("Cu", 0)));
        Assert.All(r.Of("Cu")!.Tonnes, v => Assert.Equal(0, v));
        Assert.Null(r.Of("Nd"));
        Assert.Equal((0, 0, 0), r.DomesticTonnes("Nd", 10));
    }

    [Fact]
    public void Doubling_sales_doubles_every_outflow_and_element_flow()
    {
        var p = Sold("car", Ramp, LifetimeDistribution.Normal(12, 4), 0.3, ("Cu", 22.3));
        var once = BottomUpModel.Run(p);
        var twice = BottomUpModel.Run(p.WithUnits([.. Ramp.Select(v => 2 * v)]));
        for (int t = 0; t < Ramp.Length; t++)
        {
            Assert.Equal(2 * once.Outflow[t], twice.Outflow[t], 9);
            Assert.Equal(2 * once.Of("Cu")!.Tonnes[t], twice.Of("Cu")!.Tonnes[t], 9);
            Assert.Equal(2 * once.Domestic[t], twice.Domestic[t], 9);
        }
    }

    [Fact]
    public void A_product_counted_when_collected_is_its_own_outflow_all_domestic()
    {
        // 2,359,000 air conditioners collected (FY2012) x 4 kg Cu = 9,436 t.
        var r = BottomUpModel.Run(Collected("ac", [2_359_000], ("Cu", 4)));
        Assert.Null(r.Stock);
        Assert.Equal(9436, r.Of("Cu")!.Tonnes[0], 6);
        Assert.Equal(9436, r.DomesticTonnes("Cu", 0).Value, 6);
        Assert.Equal(0, r.Exported[0]);
    }

    [Fact]
    public void A_sold_product_without_lifetime_or_with_negative_units_is_refused()
    {
        var ok = Sold("car", [1], LifetimeDistribution.Fixed(2), 0);
        Assert.Throws<ArgumentException>(() => new ProductSystem(ok.Id, "", "", ProductBasis.Sales, "units", 2000, [1], null, null, [], []));
        Assert.Throws<ArgumentException>(() => ok.WithUnits([-1]));
    }
}
