using Junkan.Core.Recyclability;

namespace Junkan.Core.Tests.Recyclability;

/// <summary>Avoided emissions of recycling: recovered × (primary − secondary), gross where the secondary factor is a gap.</summary>
public class CarbonEffectTests
{
    [Fact]
    public void Avoided_emissions_are_the_recovered_tonnes_times_the_saving()
    {
        // Al after IAI 2022: primary 15.1, recycled 0.52 kg CO2e/kg; 1,000 t recycled save 14,580 t CO2e.
        var effect = new CarbonEffect("Al", new EmissionFactor("Al", 15.1, 0.52, "iai-2022", 2022), 1_000, 2_000);
        Assert.Equal(14_580, effect.AvoidedToday!.Value, 6);
        Assert.Equal(29_160, effect.AvoidedAchievable!.Value, 6);
        Assert.False(effect.Gross);
    }

    [Fact]
    public void Without_a_secondary_factor_the_figure_is_gross_and_says_so()
    {
        var effect = new CarbonEffect("Cu", new EmissionFactor("Cu", 2.8, null, "nuss-eckelman-2014", 2014), 500_000, null);
        Assert.Equal(1_400_000, effect.AvoidedToday!.Value, 6);
        Assert.Null(effect.AvoidedAchievable);
        Assert.True(effect.Gross);
    }

    [Fact]
    public void An_element_without_a_factor_is_a_gap_not_zero()
    {
        var effect = new CarbonEffect("Ga", null, 95, 120);
        Assert.Null(effect.AvoidedToday);
        Assert.False(effect.Gross);
    }

    [Theory]
    [InlineData(0.0, null)]
    [InlineData(-1.0, null)]
    [InlineData(double.NaN, null)]
    [InlineData(2.8, 3.0)]
    [InlineData(2.8, -0.1)]
    public void Invalid_factors_cannot_be_constructed(double primary, double? secondary) =>
        Assert.ThrowsAny<ArgumentException>(() => new EmissionFactor("Cu", primary, secondary, "x", 2014));

    [Fact]
    public void Savings_never_exceed_the_primary_factor_and_are_never_negative()
    {
        var random = new Random(7);
        for (int i = 0; i < 1_000; i++)
        {
            double primary = 0.01 + random.NextDouble() * 500, secondary = random.NextDouble() * primary, tonnes = random.NextDouble() * 1e6;
            var e = new CarbonEffect("X", new EmissionFactor("X", primary, random.Next(2) == 0 ? secondary : null, "x", 2014), tonnes, tonnes);
            Assert.InRange(e.AvoidedToday!.Value, 0, tonnes * primary * (1 + 1e-12));
        }
    }
}
