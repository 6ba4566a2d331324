using Junkan.Core.Elements;
using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Risk;

public class ImportStabilityTests
{
    private static CountryStability Stability(params (string Country, double Mean)[] countries) =>
        new(countries.ToDictionary(c => c.Country,
            c => (IReadOnlyList<WgiEstimates>)[new WgiEstimates(2019, c.Mean, c.Mean, c.Mean, c.Mean, c.Mean, c.Mean, "wb-wgi-2024")]));

    private static ImportPartners Shares(params (string Country, double Share)[] p) =>
        new(SupplyStage.Refined, ImportDataKind.Shares, 2019, p.Select(x => new PartnerShare(x.Country, x.Share)).ToArray(), 1000, ["test"]);

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(2.5, 0.0)]
    [InlineData(-2.5, 1.0)]
    [InlineData(-3.0, 1.0)]
    public void Eu_scaling_maps_wgi_to_0_1(double mean, double g) =>
        Assert.Equal(g, CountryStability.Instability(new WgiEstimates(2019, mean, mean, mean, mean, mean, mean, "wb-wgi-2024"), CountryStabilityMethod.EuWgiMean)!.Value, 12);

    [Fact]
    public void A_monopoly_supplier_gives_its_instability()
    {
        var r = ImportStabilityCalculator.Compute(Shares(("AAA", 1.0)), Stability(("AAA", 0.0)), RiskSettings.Default);
        Assert.Equal(0.5, r.Value, 12);
    }

    [Fact]
    public void Hand_computed_two_partners_and_other_left_out()
    {
        // 0.6² · 0.5 + 0.3² · 0.1 = 0.18 + 0.009; OTHER (0.1) left out by default.
        var r = ImportStabilityCalculator.Compute(Shares(("AAA", 0.6), ("BBB", 0.3), (CountryCode.Other, 0.1)),
            Stability(("AAA", 0.0), ("BBB", 2.0)), RiskSettings.Default);
        Assert.Equal(0.189, r.Value, 12);
        Assert.Empty(r.AssumedCountries);
    }

    [Fact]
    public void Missing_wgi_uses_the_configured_value_and_says_so()
    {
        var r = ImportStabilityCalculator.Compute(Shares(("NCL", 1.0)), CountryStability.Empty, RiskSettings.Default with { MissingStability = 0.4 });
        Assert.Equal(0.4, r.Value, 12);
        Assert.Equal(["NCL"], r.AssumedCountries);
    }

    [Fact]
    public void Latest_wgi_year_not_after_the_data_year_is_used()
    {
        var s = new CountryStability(new Dictionary<string, IReadOnlyList<WgiEstimates>>
        {
            ["AAA"] = [new(2021, 0, 0, 0, 0, 0, 0, "wb-wgi-2024"), new(2018, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5, "wb-wgi-2024"), new(2010, -2.5, -2.5, -2.5, -2.5, -2.5, -2.5, "wb-wgi-2024")],
        });
        Assert.Equal((0.0, 2018, "wb-wgi-2024"), s.Lookup("AAA", 2019, CountryStabilityMethod.EuWgiMean));
        Assert.Equal((1.0, 2010, "wb-wgi-2024"), s.Lookup("AAA", 2012, CountryStabilityMethod.EuWgiMean));
        Assert.Equal((1.0, 2010, "wb-wgi-2024"), s.Lookup("AAA", 2000, CountryStabilityMethod.EuWgiMean));
    }
}
