using Junkan.Core.Citations;
using Junkan.Core.Elements;
using Junkan.Core.Flows;
using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;
using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Risk;

public class ImportDependenceTests
{
    private static DemandPoint Demand(int year, double t, string source = "kozan-2020-base-metals") =>
        new(year, new Estimate(t, t, t, EstimateUnit.Tonnes, Provenance.Of(source, 4)));

    private static ImportPartners Imports(double total, string source = "un-comtrade", string? proxy = null) =>
        new(SupplyStage.Refined, ImportDataKind.Shares, 2020, [new PartnerShare("CHL", 0.56), new PartnerShare("COD", 0.36)], total, [source], null, proxy);

    private static IndicatorResult Unweighted(double v) =>
        new(RiskIndicator.ImportStabilityRefined, SupplyStage.Refined, IndicatorStatus.Value, v, RiskSettings.Default.CutoffsFor(RiskIndicator.ImportStabilityRefined).Classify(v), 2020, ["un-comtrade"], null, []);

    /// <summary>Known answer: Japan's refined copper, Comtrade 2020 HS 7403 9,587.294 t, demand FY2019 1,001,537 t (日本鉱業協会『鉱山』2020).</summary>
    [Fact]
    public void Copper_refined_weight_is_imports_over_demand_and_turns_high_into_low()
    {
        var dep = ImportDependenceBuilder.Build(Imports(9_587.294), [Demand(2015, 919_504), Demand(2019, 1_001_537)], out string? reason);
        Assert.Null(reason);
        Assert.NotNull(dep);
        Assert.Equal(2019, dep.DemandYear);
        Assert.Equal(9_587.294 / 1_001_537, dep.Weight, 12);
        var r = dep.Apply(Unweighted(0.215), RiskSettings.Default);
        Assert.Equal(0.215 * 9_587.294 / 1_001_537, r.Value!.Value, 12);
        Assert.Equal(RiskLevel.Low, r.Level);
        Assert.Contains("kozan-2020-base-metals", r.Sources);
        Assert.Contains(r.Notes, n => n.StartsWith("Import-dependence weighted: w = min(1, imports / demand)", StringComparison.Ordinal) && n.Contains("unweighted 0.215"));
    }

    [Fact]
    public void Imports_above_demand_cap_the_weight_at_one()
    {
        var dep = ImportDependenceBuilder.Build(Imports(5_000), [Demand(2021, 1_000)], out _)!;
        Assert.True(dep.Capped);
        Assert.Equal(1.0, dep.Weight);
        Assert.Equal(2021, dep.DemandYear);   // no demand at or before 2020: the earliest after
        Assert.Equal(0.3, dep.Apply(Unweighted(0.3), RiskSettings.Default).Value);
    }

    [Theory]
    [InlineData("un-comtrade-japan-2020", null, "derived from the same imports")]
    [InlineData("kozan-2020-base-metals", "Rare earths as a group", "group imports")]
    public void No_weight_where_demand_is_circular_or_the_imports_are_a_group(string demandSource, string? proxy, string expected)
    {
        var dep = ImportDependenceBuilder.Build(Imports(100, proxy: proxy), [Demand(2020, 1_000, demandSource)], out string? reason);
        Assert.Null(dep);
        Assert.Contains(expected, reason);
    }

    [Fact]
    public void A_result_without_value_is_not_weighted()
    {
        var none = IndicatorResult.NoData(RiskIndicator.ImportStabilityRefined, SupplyStage.Refined, "none");
        var dep = new ImportDependence(SupplyStage.Refined, 10, 2020, 100, 2020, ["x"]);
        Assert.Same(none, dep.Apply(none, RiskSettings.Default));
    }
}
