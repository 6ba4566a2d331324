using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Risk;

public class PriceVolatilityTests
{
    [Fact]
    public void Coefficient_of_variation_uses_the_sample_standard_deviation() =>
        // mean 3, s = sqrt(10/4) = 1.58114: CV = 0.527046.
        Assert.Equal(0.527046, PriceVolatilityCalculator.Compute([1, 2, 3, 4, 5], PriceVolatilityMethod.CoefficientOfVariation), 6);

    [Fact]
    public void Log_returns_of_a_constant_growth_have_no_spread() =>
        Assert.Equal(0, PriceVolatilityCalculator.Compute([1, 2, 4, 8, 16], PriceVolatilityMethod.LogReturnStdDev), 12);

    [Fact]
    public void Log_returns_hand_computed() =>
        // ln 2, ln 0.5, ln 2: mean ln2/3, s = sqrt(((2/3)²+(4/3)²+(2/3)²)/2)·ln2 = 0.800377.
        Assert.Equal(0.800377, PriceVolatilityCalculator.Compute([1, 2, 1, 2], PriceVolatilityMethod.LogReturnStdDev), 6);

    [Fact]
    public void Max_min_range() =>
        Assert.Equal(1.5, PriceVolatilityCalculator.Compute([2, 5, 3], PriceVolatilityMethod.MaxMinRange), 12);

    [Fact]
    public void Nickel_prices_of_MCS_2024_are_mid_volatility()
    {
        // USGS MCS 2024 nickel salient, LME cash USD/t 2019-2023: 13903, 13772, 18476, 25815, 22000.
        double cv = PriceVolatilityCalculator.CoefficientOfVariation([13903, 13772, 18476, 25815, 22000]);
        Assert.Equal(0.27753, cv, 5); // Python statistics.stdev/mean gives 0.2775341
        Assert.Equal(RiskLevel.Mid, RiskSettings.Default.PriceVolatility.Classify(cv));
    }

    [Fact]
    public void Too_short_a_window_gives_NaN()
    {
        Assert.True(double.IsNaN(PriceVolatilityCalculator.CoefficientOfVariation([1.0])));
        Assert.True(double.IsNaN(PriceVolatilityCalculator.LogReturnStdDev([1.0, 2.0])));
    }
}

public class PriceResolutionTests
{
    [Theory]
    [InlineData(new[] { 2.0, 2, 2, 1, 1 }, 1.0)]
    [InlineData(new[] { 1490.0, 1380, 1440, 1940, 2100 }, 10.0)]
    [InlineData(new[] { 104.24, 102, 103, 138 }, 0.01)]
    [InlineData(new[] { 6200.0, 1500 }, 100.0)]
    public void Step_is_the_largest_power_of_ten_dividing_every_price(double[] prices, double step) =>
        Assert.Equal(step, PriceResolution.Step(prices), 12);

    [Fact]
    public void Whole_dollar_prices_around_two_are_coarse_and_zircon_prices_are_not()
    {
        Assert.True(PriceResolution.IsCoarse([2.0, 2, 2, 1, 1], out _, out _));
        Assert.False(PriceResolution.IsCoarse([1490.0, 1380, 1440, 1940, 2100], out _, out _));
    }

    [Fact]
    public void The_assessor_flags_a_coarse_series()
    {
        var inputs = new ElementRiskInputs("Ce", 2023, null, null, null,
            ImportPartners.NoData(Junkan.Core.Elements.SupplyStage.Mine, "-"), ImportPartners.NoData(Junkan.Core.Elements.SupplyStage.Refined, "-"),
            new PriceSeries("Price_CeO2_dkg", "USD/kg", [new(2019, 2), new(2020, 2), new(2021, 2), new(2022, 1), new(2023, 1)], ["usgs-mcs-2024"]), null);
        var r = new RiskAssessor(RiskSettings.Default, CountryStability.Empty).Assess(inputs).Get(RiskIndicator.PriceVolatility);
        Assert.Contains(r.Notes, n => n.StartsWith("Low precision: prices are published to the nearest 1 USD/kg", StringComparison.Ordinal));
    }
}
