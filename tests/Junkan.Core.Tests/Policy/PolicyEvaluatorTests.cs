using Junkan.Core.Elements;
using Junkan.Core.Policy;
using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Policy;

public class PolicyEvaluatorTests
{
    private static readonly CountryStability Stability = new(new Dictionary<string, IReadOnlyList<WgiEstimates>>
    {
        ["CHN"] = [new(2019, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5, "wb-wgi-2024")], // g = 0.6
        ["AUS"] = [new(2019, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, "wb-wgi-2024")],       // g = 0.2
        ["JPN"] = [new(2019, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, "wb-wgi-2024")],
    });

    private static ElementRiskInputs Inputs() => new(
        "W", 2019,
        Reserves: new("reserves", 2019, [new("CHN", 1900), new("RUS", 240)], 950, 3300, ["t"]),
        MineProduction: new("mine", 2019, [new("CHN", 79), new("VNM", 4)], 13, 96, ["t"]),
        RefineryProduction: null,
        ConcentrateImports: ImportPartners.NotApplicable(SupplyStage.Mine, "no concentrate imports", ["t"]),
        RefinedImports: new(SupplyStage.Refined, ImportDataKind.Shares, 2019, [new("CHN", 0.7), new(CountryCode.Other, 0.3)], 7000, ["t"]),
        Price: new("WO3", "USD/t", [new(2015, 100), new(2016, 150), new(2017, 100), new(2018, 150), new(2019, 100)], ["t"]),
        Secondary: new(0.05, 2019, ["t"]));

    private static PolicyEvaluator Evaluator() => new(new RiskAssessor(RiskSettings.Default, Stability));

    private static ElementPolicyOutcome Run(params PolicyMeasure[] measures) =>
        Evaluator().Evaluate(new PolicyScenario("s", null, measures), new Dictionary<string, ElementRiskInputs> { ["W"] = Inputs() }).Elements.Single();

    [Fact]
    public void Upstream_development_elsewhere_lowers_reserve_and_production_concentration()
    {
        var o = Run(new UpstreamDevelopment("W", "Australia", "AUS", AddedMineTonnes: 20, AddedReserveTonnes: 1000, AddedConcentrateImportTonnes: 0));
        Assert.True(o.After.Get(RiskIndicator.ReserveConcentration).Value < o.Before.Get(RiskIndicator.ReserveConcentration).Value);
        Assert.True(o.After.Get(RiskIndicator.ProductionConcentration).Value < o.Before.Get(RiskIndicator.ProductionConcentration).Value);
        Assert.Equal([RiskIndicator.ReserveConcentration, RiskIndicator.ProductionConcentration], o.Effects.Select(e => e.Indicator));
        Assert.Equal(IndicatorStatus.NotApplicable, o.After.Get(RiskIndicator.ImportStabilityConcentrate).Status);
    }

    [Fact]
    public void Domestic_smelter_dilutes_refined_imports_by_volume()
    {
        // 7000 t: CHN 4900 t. +3000 t from JPN -> CHN 0.49, JPN 0.3: 0.49²·0.6 + 0.3²·0.2 = 0.14406 + 0.018.
        var o = Run(new SmelterSupport("W", "domestic APT", CountryCode.Japan, AddedRefinedTonnes: 3000, StockpileDays: 60));
        Assert.Equal(0.7 * 0.7 * 0.6, o.Before.Get(RiskIndicator.ImportStabilityRefined).Value!.Value, 12);
        Assert.Equal(0.16206, o.After.Get(RiskIndicator.ImportStabilityRefined).Value!.Value, 12);
        Assert.Equal(60, o.StockpileDays);
    }

    [Fact]
    public void Recycling_support_raises_secondary_supply_and_can_change_its_level()
    {
        var o = Run(new RecyclingSupport("W", "carbide scrap", AddedShare: 0.10, Factor: 1.0));
        var after = o.After.Get(RiskIndicator.SecondarySupply);
        Assert.Equal(0.15, after.Value!.Value, 12);
        Assert.Equal(RiskLevel.Mid, after.Level);
        Assert.True(o.Effects.Single().LevelChanged);
    }

    [Fact]
    public void Substitution_lowers_price_exposure_and_raises_the_secondary_share()
    {
        var o = Run(new Substitution("W", "thrifting", "cemented-carbide", ApplicationShare: 0.5, Reduction: 0.5));
        double before = o.Before.Get(RiskIndicator.PriceVolatility).Value!.Value;
        Assert.Equal(before * 0.75, o.After.Get(RiskIndicator.PriceVolatility).Value!.Value, 12);
        Assert.Equal(0.05 / 0.75, o.After.Get(RiskIndicator.SecondarySupply).Value!.Value, 12);
    }

    [Fact]
    public void Each_measure_is_attributed_alone_and_all_act_together()
    {
        var o = Run(new RecyclingSupport("W", "r", 0.10, 1.0), new Substitution("W", "s", "x", 0.5, 0.5));
        Assert.Equal(0.15 / 0.75, o.After.Get(RiskIndicator.SecondarySupply).Value!.Value, 12);
        Assert.Contains(o.Effects, e => e.Measure.Kind == "recycling" && e.Indicator == RiskIndicator.SecondarySupply);
        Assert.Contains(o.Effects, e => e.Measure.Kind == "substitution" && e.Indicator == RiskIndicator.PriceVolatility);
        Assert.DoesNotContain(o.Effects, e => e.Measure.Kind == "recycling" && e.Indicator == RiskIndicator.PriceVolatility);
    }

    [Fact]
    public void Adding_imports_where_only_shares_are_known_is_an_error()
    {
        var inputs = Inputs() with { RefinedImports = Inputs().RefinedImports with { TotalTonnes = null } };
        var e = Assert.Throws<PolicyException>(() => Evaluator().Evaluate(
            new PolicyScenario("s", null, [new SmelterSupport("W", "x", "JPN", 100, 0)]),
            new Dictionary<string, ElementRiskInputs> { ["W"] = inputs }));
        Assert.Contains("without a total", e.Message);
    }

    [Fact]
    public void A_scenario_naming_an_element_without_data_is_an_error() =>
        Assert.Throws<PolicyException>(() => Evaluator().Evaluate(
            new PolicyScenario("s", null, [new RecyclingSupport("Xx", "x", 0.1, 1)]), new Dictionary<string, ElementRiskInputs>()));
}
