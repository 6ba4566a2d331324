using Junkan.Core.Elements;
using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Risk;

/// <summary>
/// Seed 002 (METI 2021 重要鉱種戦略) states in words which indicators are high for REE and W; with the shares the
/// same slides print (USGS 2018, pairings of label and number read from the slides), the default settings must
/// say the same. The import statements for Ni, Cu and W are checked on the bundled 2019 shares in Junkan.Data.Tests.
/// </summary>
public class SeedStatementsTests
{
    private static readonly RiskAssessor Assessor = new(RiskSettings.Default, CountryStability.Empty);

    /// <summary>A distribution from percentage shares of a world total; the unattributed rest is "Other countries".</summary>
    private static CountryDistribution Shares(double worldTonnes, params (string Country, double Percent)[] shares)
    {
        var named = shares.Select(s => new CountryAmount(s.Country, worldTonnes * s.Percent / 100)).ToArray();
        return new CountryDistribution("seed 002", 2018, named, worldTonnes - named.Sum(n => n.Tonnes), worldTonnes, ["meti-2021-critical-minerals"]);
    }

    private static RiskProfile Assess(CountryDistribution reserves, CountryDistribution production) =>
        Assessor.Assess(new ElementRiskInputs("X", 2018, reserves, production, null,
            ImportPartners.NoData(SupplyStage.Mine, "-"), ImportPartners.NoData(SupplyStage.Refined, "-"), null, null));

    [Fact]
    public void Rare_earths_reserves_low_and_production_high()
    {
        // Reserves 120,000 kt REO: China 38 %, Brazil 19 %, Viet Nam 19 %, Russia 10 %, India 6 % (other 8 %): HHI 2,302.
        // Production 168 kt: China 71 % (the slide's "7割"), then Australia 12 % and the US 9 %: HHI ≥ 71² = 5,041.
        var p = Assess(Shares(120_000_000, ("CHN", 38), ("BRA", 19), ("VNM", 19), ("RUS", 10), ("IND", 6)),
                       Shares(168_000, ("CHN", 71), ("AUS", 12), ("USA", 9)));
        Assert.Equal(2302, p.Get(RiskIndicator.ReserveConcentration).Value!.Value, 6);
        Assert.Equal(RiskLevel.Low, p.Get(RiskIndicator.ReserveConcentration).Level);
        Assert.Equal(RiskLevel.High, p.Get(RiskIndicator.ProductionConcentration).Level);
    }

    [Fact]
    public void Tungsten_reserves_and_production_high()
    {
        // Reserves 3,300 kt W: China 58 %, Russia 7 %, Viet Nam 4 %, Spain 2 %, UK 1 % (other 29 %): HHI 3,434.
        // Production 95.9 kt: China 79 %: HHI ≥ 6,241.
        var p = Assess(Shares(3_300_000, ("CHN", 58), ("RUS", 7), ("VNM", 4), ("ESP", 2), ("GBR", 1)),
                       Shares(95_900, ("CHN", 79)));
        Assert.Equal(3434, p.Get(RiskIndicator.ReserveConcentration).Value!.Value, 6);
        Assert.Equal(RiskLevel.High, p.Get(RiskIndicator.ReserveConcentration).Level);
        Assert.Equal(RiskLevel.High, p.Get(RiskIndicator.ProductionConcentration).Level);
    }
}

public class RiskProfileTests
{
    private static CountryDistribution D(params (string C, double T)[] x) =>
        new("s", 2023, x.Select(c => new CountryAmount(c.C, c.T)).ToArray(), null, null, ["src"]);

    private static RiskProfile Assess(CountryDistribution? mine, CountryDistribution? refinery) =>
        new RiskAssessor(RiskSettings.Default, CountryStability.Empty).Assess(new ElementRiskInputs("X", 2023, null, mine, refinery,
            ImportPartners.NoData(SupplyStage.Mine, "-"), ImportPartners.NoData(SupplyStage.Refined, "-"), null, null));

    [Fact]
    public void Refinery_stands_in_on_the_radar_where_no_mine_data_exist_and_is_labelled()
    {
        var p = Assess(null, D(("CHN", 98), ("JPN", 2)));
        var radar = p.Get(RiskIndicator.ProductionConcentration);
        Assert.Equal((SupplyStage.Refined, RiskLevel.High), (radar.Stage!.Value, radar.Level!.Value));
        Assert.Equal(RiskProfile.RefineryStandsIn, radar.ProxyLabel);
        Assert.Empty(p.Supplementary);
    }

    [Fact]
    public void Mine_stays_on_the_radar_and_refinery_is_supplementary_when_both_exist()
    {
        var p = Assess(D(("AUS", 50), ("CHL", 50)), D(("CHN", 100)));
        Assert.Equal(SupplyStage.Mine, p.Get(RiskIndicator.ProductionConcentration).Stage);
        Assert.Null(p.Get(RiskIndicator.ProductionConcentration).ProxyLabel);
        Assert.Single(p.Supplementary);
    }
}
