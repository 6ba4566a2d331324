using Junkan.Core.Elements;
using Junkan.Core.Flows;
using Junkan.Core.Risk;
using Junkan.Core.Stocks.Lifetimes;
using static Junkan.Core.Tests.Flows.FlowTestData;

namespace Junkan.Core.Tests.Flows;

public sealed class FlowSecondarySupplyTests
{
    private static ElementFlowModel TwoUse(double newScrapShare = 0)
    {
        var constant = Constant(1000,
            Use("a", 0.6, LifetimeDistribution.Fixed(10), p: Rates(0.5, 0.8, export: 0.1)),
            Use("b", 0.4, LifetimeDistribution.Fixed(1), dissipative: true));
        return new(new ElementFlowInputs(constant.Element, constant.Demand, constant.Uses, newScrapShare: Fraction(newScrapShare), newScrapRecovery: Fraction(0.9)));
    }

    [Fact]
    public void The_share_is_end_of_life_recovery_over_demand_hand_computed()
    {
        // Steady state (see ElementFlowBuilderTests): recovered from end of life 216 t of 1,000 t demand.
        var s = FlowSecondarySupply.Of(TwoUse(), 2015, reference: null)!;
        Assert.Equal(0.216, s.Share, 9);
        Assert.Equal(2015, s.Year);
        Assert.Null(s.ProxyLabel);
        Assert.Contains(s.Notes, n => n.Contains("216 t", StringComparison.Ordinal) && n.Contains("1,000 t", StringComparison.Ordinal));
    }

    [Fact]
    public void New_scrap_is_stated_but_not_counted()
    {
        // 10 % new scrap: EOL_A = 0.6 · 0.9 · 1,000 = 540; recovered 540 · 0.9 · 0.5 · 0.8 = 194.4; new scrap 100 · 0.9 = 90.
        var s = FlowSecondarySupply.Of(TwoUse(0.1), 2015, null)!;
        Assert.Equal(0.1944, s.Share, 9);
        Assert.Contains(s.Notes, n => n.Contains("28 %", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reference_is_kept_beside_the_share_and_not_used_for_the_level()
    {
        var eu = new SecondarySupply(0.42, 2023, ["ec-crm-2023"], "eu-eol-rir-2023");
        var s = FlowSecondarySupply.Of(TwoUse(), 2015, eu)!;
        Assert.Same(eu, s.Reference);
        var result = new RiskAssessor(RiskSettings.Default, new CountryStability(new Dictionary<string, IReadOnlyList<WgiEstimates>>()))
            .Assess(new ElementRiskInputs("Cu", 2015, null, null, null, ImportPartners.NoData(SupplyStage.Mine, "test"),
                ImportPartners.NoData(SupplyStage.Refined, "test"), null, s));
        var six = result.Get(RiskIndicator.SecondarySupply);
        Assert.Equal(0.216, six.Value!.Value, 9);
        Assert.Contains(six.Notes, n => n.Contains("42 %", StringComparison.Ordinal) && n.Contains("not used for the level", StringComparison.Ordinal));
    }

    [Fact]
    public void Before_the_system_starts_there_is_no_share()
    {
        Assert.Null(FlowSecondarySupply.Of(TwoUse(), 1800, null));
    }
}
