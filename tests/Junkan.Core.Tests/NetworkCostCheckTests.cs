using Junkan.Core.Citations;
using Junkan.Core.Network;

namespace Junkan.Core.Tests;

/// <summary>Costs per tonne beside published figures: treatment = (investment × CRF + fixed + variable × input) ÷ input per kind of site.</summary>
public sealed class NetworkCostCheckTests
{
    private static readonly Provenance Src = Provenance.Of("user-input-example", 1);
    private static readonly Provenance Moe = Provenance.Of("moe-pv-recycling-cost", 3);

    private static Facility Site(string id, FacilityKind kind, double variable) =>
        new(id, id, id, kind, new GeoPoint(35, 139), false, false, null, [], variable, 0, new Dictionary<string, double>(), new HashSet<string>(), Src);

    /// <summary>A plant of 20,000 t/y (4 bn JPY, no fixed cost, 124,000 JPY/t) taking 10,000 t; a hub of 1,000 t at 3,000 JPY/t, fixed 3 MJPY.</summary>
    private static (NetworkCase, NetworkPlan) Plan()
    {
        IReadOnlyDictionary<string, double> none = new Dictionary<string, double>();
        var truck = new TransportMode("truck", 29.3, 2113, 0.216, 1.3, Src, Src);
        var c = new NetworkCase("checks", [], [], [], [], [truck], [], new Economics(0.05, 15, 0, 0.45, 30, Src), none, null, none);
        var plant = new OpenedSite(Site("p", FacilityKind.Plant, 124_000), new SizeOption("S", 20_000, 4e9, 0), 10_000);
        var hub = new OpenedSite(Site("h", FacilityKind.Hub, 3_000), new SizeOption("S", 20_000, 0, 3e6), 1_000);
        var collected = new Flow("a", "h", "pv", "truck", 1_000, 100);
        return (c, new NetworkPlan(new SolverReport(SolveStatus.Optimal, 0, 0, 0, 0, "test", []), [plant, hub], [collected], [], new Dictionary<string, double>()));
    }

    [Fact]
    public void PlantTreatmentIsAnnualisedInvestmentPlusOperatingCostPerTonneTreated()
    {
        var (c, plan) = Plan();
        // CRF(5 %, 15 y) = 0.0963423; 4e9 × 0.0963423 / 10,000 t = 38,537 JPY/t of capital at half load, + 124,000.
        Assert.Equal(124_000 + 4e9 * 0.0963423 / 10_000, CostChecks.PerTonne(c, plan, CostMeasure.PlantTreatment)!.Value, 0);
        Assert.Equal(3_000 + 3e6 / 1_000, CostChecks.PerTonne(c, plan, CostMeasure.HubTreatment)!.Value, 6);
        // 1,000 t × (100 km × 29.3 + 2,113) / 1,000 t collected = 5,043 JPY/t.
        Assert.Equal(5_043, CostChecks.PerTonne(c, plan, CostMeasure.Transport)!.Value, 6);
        Assert.Equal(0, CostChecks.PerTonne(c, plan, CostMeasure.Revenue)!.Value, 6);
    }

    [Fact]
    public void ACheckGivesTheRatioAndWhetherTheModelLiesInTheRange()
    {
        var (c, plan) = Plan();
        var published = PublishedCost.Of(CostMeasure.PlantTreatment, 143_000, (89_000, 218_000), Moe, "8,000-12,000 JPY/kW");
        var k = Assert.Single(CostChecks.Of(c, plan, [published]));
        Assert.Equal(k.ModelJpyPerTonne!.Value / 143_000, k.Ratio!.Value, 12);
        Assert.True(k.InRange);
        var narrow = CostChecks.Of(c, plan, [PublishedCost.Of(CostMeasure.PlantTreatment, 143_000, (140_000, 150_000), Moe, "")])[0];
        Assert.False(narrow.InRange);
        Assert.Null(CostChecks.Of(c, plan, [PublishedCost.Of(CostMeasure.PlantTreatment, 143_000, null, Moe, "")])[0].InRange);
    }

    [Fact]
    public void NoTonnesGiveNoFigureRatherThanADivisionByZero()
    {
        var (c, plan) = Plan();
        var empty = plan with { Opened = [], Collection = [] };
        var k = CostChecks.Of(c, empty, [PublishedCost.Of(CostMeasure.Revenue, 28_600, null, Moe, "")])[0];
        Assert.Null(k.ModelJpyPerTonne);
        Assert.Null(k.Ratio);
        Assert.Null(k.InRange);
    }

    [Theory]
    [InlineData(0, null, null)]
    [InlineData(-5, null, null)]
    [InlineData(double.NaN, null, null)]
    [InlineData(100, 120.0, 200.0)]  // value below its range
    [InlineData(100, 0.0, 200.0)]    // range from zero
    public void ImpossiblePublishedFiguresAreRefused(double value, double? low, double? high) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedCost.Of(CostMeasure.Revenue, value, low is double l ? (l, high!.Value) : null, Moe, ""));
}
