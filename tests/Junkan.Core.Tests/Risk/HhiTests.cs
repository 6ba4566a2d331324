using CsCheck;
using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Risk;

public class HhiTests
{
    /// <summary>USGS MCS 2024, cobalt, mine production 2023 (t), mcs2024-cobal_world.csv.</summary>
    internal static CountryDistribution Cobalt2023() => new(
        "Mine production, metric tons of contained cobalt", 2023,
        [new("USA", 500), new("AUS", 4600), new("CAN", 2100), new("COD", 170000), new("CUB", 3200), new("IDN", 17000),
         new("MDG", 4000), new("NCL", 3000), new("PNG", 2900), new("PHL", 3800), new("RUS", 8800), new("TUR", 2800)],
        OtherCountries: 6600, ReportedWorldTotal: 230000, Sources: ["usgs-mcs-2024"]);

    [Theory]
    // Known answers quoted in shared/design/risk-indicators.md ("Co 2023: about 5,920 / 5,550 / 5,592").
    [InlineData(HhiDenominator.NamedCountries, 5920)]
    [InlineData(HhiDenominator.ReportedWorldTotal, 5550)]
    [InlineData(HhiDenominator.OtherAsOneCountry, 5592)]
    public void Cobalt_mine_production_2023_matches_the_published_figures(HhiDenominator denominator, double expected) =>
        Assert.Equal(expected, ConcentrationCalculator.Compute(Cobalt2023(), denominator), 0);

    [Fact]
    public void Hand_computed_shares() =>
        // 50 %, 30 %, 20 %: 2500 + 900 + 400.
        Assert.Equal(3800, Hhi.FromShares([0.5, 0.3, 0.2]), 9);

    [Fact]
    public void Monopoly_gives_10000() => Assert.Equal(10_000, Hhi.Compute([42.0], 42.0), 9);

    [Fact]
    public void Empty_gives_zero() => Assert.Equal(0, Hhi.Compute([], 1.0));

    private static readonly Gen<double[]> Amounts = Gen.Double[0.0, 1e6].Array[1, 300];

    [Fact]
    public void Lies_between_0_and_10000_for_named_countries() =>
        Amounts.Where(a => a.Sum() > 0).Sample(a =>
        {
            double h = Hhi.Compute(a, a.Sum());
            return h >= 0 && h <= 10_000 * (1 + 1e-12);
        });

    [Fact]
    public void Does_not_depend_on_order() =>
        Amounts.Where(a => a.Sum() > 0).Select(a => (a, Gen.Shuffle(a.ToArray()).Single())).Sample(t =>
            Math.Abs(Hhi.Compute(t.a, t.a.Sum()) - Hhi.Compute(t.Item2, t.a.Sum())) < 1e-9 * 10_000);

    [Fact]
    public void Splitting_a_country_lowers_it() =>
        Gen.Select(Amounts.Where(a => a.Max() > 0), Gen.Double[0.01, 0.99]).Sample((a, f) =>
        {
            int i = Array.IndexOf(a, a.Max());
            var split = a.Append(a[i] * (1 - f)).ToArray();
            split[i] *= f;
            return Hhi.Compute(split, a.Sum()) < Hhi.Compute(a, a.Sum());
        });

    [Fact]
    public void Vectorised_kernel_matches_the_scalar_formula_for_every_length()
    {
        for (int n = 0; n <= 256; n++)
        {
            var a = Enumerable.Range(1, n).Select(i => (double)(i * 37 % 101)).ToArray();
            double d = Math.Max(1, a.Sum()), scalar = a.Sum(x => (x / d) * (x / d)) * 10_000;
            Assert.Equal(scalar, Hhi.Compute(a, d), 1e-9);
        }
    }
}
