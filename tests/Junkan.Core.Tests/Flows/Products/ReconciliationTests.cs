using Junkan.Core.Flows;
using Junkan.Core.Flows.Products;
using Junkan.Core.Stocks.Lifetimes;
using static Junkan.Core.Tests.Flows.FlowTestData;
using static Junkan.Core.Tests.Flows.Products.ProductTestData;

namespace Junkan.Core.Tests.Flows.Products;

/// <summary>Bottom-up against top-down: the sums, differences and ratios of the rows and checks, by hand.</summary>
public sealed class ReconciliationTests
{
    // Top-down: 1,000 t/y Cu, use "auto" 40 % with a fixed 2-year life, 25 % exported used, 80 % of the rest collected;
    // "appliance" 60 %, fixed 1-year life, collection 50 %. From 2002 on: EOL auto 400 t, of which 100 exported;
    // appliance EOL 600 t, collected 300 t.
    private static readonly ElementFlowSystem TopDown = ElementFlowBuilder.Build(Constant(1000,
        Use("auto", 0.4, LifetimeDistribution.Fixed(2), p: Rates(0.8, 0.9, export: 0.25)),
        Use("appliance", 0.6, LifetimeDistribution.Fixed(1), p: Rates(0.5, 0.9))), 2030);

    private static readonly ProductUseMap[] Map =
    [
        new("car", "Cu", ["auto"], true, ""),
        new("ac", "Cu", ["appliance"], true, ""),
    ];

    [Fact]
    public void Rows_sum_the_products_of_a_use_group_and_set_them_against_the_top_down_uses()
    {
        // Cars: 10,000 a year, life 2 y, 20 kg Cu: 200 t/y leave use from 2002, 75 % domestic = 150 t.
        // Air conditioners: 25,000 collected a year x 4 kg = 100 t.
        var car = BottomUpModel.Run(Sold("car", [.. Enumerable.Repeat(10_000.0, 31)], LifetimeDistribution.Fixed(2), 0.25, ("Cu", 20)));
        var ac = BottomUpModel.Run(Collected("ac", [.. Enumerable.Repeat(25_000.0, 31)], ("Cu", 4)));
        var r = Reconciliation.Of("Cu", TopDown, [car, ac], Map, [], [2010]);
        var auto = Assert.Single(r.Rows, x => x.Uses.SequenceEqual(["auto"]));
        Assert.Equal("end_of_life", auto.Compared);
        Assert.Equal(200, auto.BottomUpT, 6);
        Assert.Equal(150, auto.BottomUpDomesticT, 6);
        Assert.Equal(400, auto.TopDownT!.Value, 6);
        Assert.Equal(300, auto.TopDownDomesticT!.Value, 6);
        Assert.Equal(-200, auto.DifferenceT!.Value, 6);
        Assert.Equal(0.5, auto.Ratio!.Value, 9);
        var appliance = Assert.Single(r.Rows, x => x.Uses.SequenceEqual(["appliance"]));
        Assert.Equal("collected", appliance.Compared);
        Assert.Equal(100, appliance.BottomUpT, 6);
        Assert.Equal(300, appliance.TopDownT!.Value, 6);
        Assert.Equal(1 / 3.0, appliance.Ratio!.Value, 9);
    }

    [Fact]
    public void A_year_outside_the_top_down_system_has_no_ratio_and_a_year_outside_the_products_no_row()
    {
        var ac = BottomUpModel.Run(Collected("ac", [.. Enumerable.Repeat(25_000.0, 40)], ("Cu", 4)));
        var r = Reconciliation.Of("Cu", TopDown, [ac], Map, [], [1990, 2035, 2050]);
        var row = Assert.Single(r.Rows);
        Assert.Equal(2035, row.Year);
        Assert.Null(row.TopDownT);
        Assert.Null(row.Ratio);
    }

    [Fact]
    public void Checks_compare_published_figures_with_the_products_of_their_year()
    {
        // Published: 80 t Cu recovered from the 100 t contained (ratio 0.8); 15,000 ELVs against 7,500 domestic units (2.0).
        var car = BottomUpModel.Run(Sold("car", [.. Enumerable.Repeat(10_000.0, 31)], LifetimeDistribution.Fixed(2), 0.25, ("Cu", 20)));
        var ac = BottomUpModel.Run(Collected("ac", [.. Enumerable.Repeat(25_000.0, 31)], ("Cu", 4)));
        var figures = new ProductCheckFigure[]
        {
            new("Cu", "recovered_t", ["ac"], 2012, 80, 80, 80, "t Cu", "test", 3, ""),
            new("ALL", "domestic_units", ["car"], 2012, 15_000, 15_000, 15_000, "units", "test", 3, ""),
            new("ALL", "exported_units", ["car"], 2012, 1_250, 1_250, 1_250, "units", "test", 3, ""),
            new("Nd", "recovered_t", ["ac"], 2012, 1, 1, 1, "t Nd", "test", 3, ""),
        };
        var r = Reconciliation.Of("Cu", TopDown, [car, ac], Map, figures, [2012]);
        Assert.Equal(3, r.Checks.Count);
        Assert.Equal(0.8, r.Checks[0].Ratio!.Value, 9);
        Assert.Equal(7_500, r.Checks[1].Model, 6);
        Assert.Equal(2.0, r.Checks[1].Ratio!.Value, 9);
        Assert.Equal(0.5, r.Checks[2].Ratio!.Value, 9);
    }
}
