using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Risk;

public class LevelCutoffsTests
{
    [Theory]
    [InlineData(3000, RiskLevel.High)]
    [InlineData(2999.9, RiskLevel.Mid)]
    [InlineData(2500, RiskLevel.Mid)]
    [InlineData(2499.9, RiskLevel.Low)]
    public void Concentration_boundaries_belong_to_the_riskier_level(double hhi, RiskLevel expected) =>
        Assert.Equal(expected, RiskSettings.Default.Concentration.Classify(hhi));

    [Theory]
    [InlineData(0.05, RiskLevel.High)]
    [InlineData(0.10, RiskLevel.Mid)]
    [InlineData(0.29, RiskLevel.Mid)]
    [InlineData(0.30, RiskLevel.Low)]
    public void Secondary_supply_is_riskier_when_lower(double share, RiskLevel expected) =>
        Assert.Equal(expected, RiskSettings.Default.SecondarySupply.Classify(share));

    [Fact]
    public void Unordered_cutoffs_are_rejected_with_the_setting_named()
    {
        var bad = RiskSettings.Default with { PriceVolatility = new LevelCutoffs(0.1, 0.2) };
        var e = Assert.Throws<ArgumentException>(() => bad.Validated());
        Assert.Contains("price_volatility", e.Message);
    }
}
