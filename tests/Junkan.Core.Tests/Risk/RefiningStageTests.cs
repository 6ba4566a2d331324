using Junkan.Core.Elements;
using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Risk;

public class RefiningStageTests
{
    private static IndicatorResult Hhi(SupplyStage stage, double v) =>
        new(RiskIndicator.ProductionConcentration, stage, IndicatorStatus.Value, v, RiskSettings.Default.Concentration.Classify(v), 2023, ["usgs-mcs-2024"], null, []);

    [Fact]
    public void The_refining_radar_replaces_axis_2_by_the_refinery_hhi_and_keeps_the_rest()
    {
        var others = RiskIndicators.All.Where(i => i != RiskIndicator.ProductionConcentration)
            .Select(i => IndicatorResult.NoData(i, null, "none")).ToList();
        var profile = new RiskProfile("Cu", 2023, [Hhi(SupplyStage.Mine, 954), Hhi(SupplyStage.Refined, 2165), .. others]);
        var radar = RefiningStage.Radar(profile);
        Assert.Equal(6, radar.Count);
        Assert.Equal(2165, radar[1].Value);
        Assert.Equal(SupplyStage.Refined, radar[1].Stage);
        Assert.Equal(954, profile.Radar[1].Value);   // the default radar is unchanged
    }

    [Fact]
    public void Without_refinery_rows_axis_2_is_no_data_with_the_reason()
    {
        var profile = new RiskProfile("Co", 2023, [Hhi(SupplyStage.Mine, 5550)]);
        var r = RefiningStage.Result(profile);
        Assert.Equal(IndicatorStatus.NoData, r.Status);
        Assert.Equal(RefiningStage.NoDataReason, r.Notes[0]);
    }

    /// <summary>Known answer: refined copper 2023e (USGS MCS 2024): China 12,000 of a world total of 27,000 kt.</summary>
    [Fact]
    public void The_leader_is_the_largest_share_of_the_denominator()
    {
        var d = new CountryDistribution("Refinery production, copper", 2023,
            [new CountryAmount("CHN", 12_000_000), new CountryAmount("CHL", 2_150_000)], 12_850_000, 27_000_000, ["usgs-mcs-2024"]);
        Assert.Equal("CHN 44.4 %", RefiningStage.LeaderText(RefiningStage.Leader(d, HhiDenominator.ReportedWorldTotal)));
        Assert.Null(RefiningStage.Leader(null, HhiDenominator.ReportedWorldTotal));
    }
}
