using Junkan.Core.Citations;
using Junkan.Core.Network;

namespace Junkan.Core.Tests;

public sealed class NetworkAccountingTests
{
    [Fact]
    public void GreatCircleTokyoToOsakaIsAbout400Km()
    {
        // Tokyo Metropolitan Government (35.6894, 139.6917) to Osaka City Hall (34.6937, 135.5023): ≈ 397 km great-circle.
        double km = new GeoPoint(35.6894, 139.6917).DistanceKm(new GeoPoint(34.6937, 135.5023));
        Assert.InRange(km, 395, 400);
    }

    [Fact]
    public void CapitalRecoveryFactorAtFivePercentOverTenYears()
    {
        var e = new Economics(0.05, 10, 0, 0, 0, Provenance.Of("user-input", 1));
        Assert.Equal(0.12950, e.CapitalRecoveryFactor, 5); // annuity tables: 0.12950
        Assert.Equal(0.1, (e with { DiscountRate = 0 }).CapitalRecoveryFactor, 12);
    }

    [Fact]
    public void SupplyScalesWithTheWeights()
    {
        var q = SupplyScaling.Scale(1000, new Dictionary<string, double> { ["a"] = 1, ["b"] = 3 });
        Assert.Equal(250, q["a"], 12);
        Assert.Equal(750, q["b"], 12);
        Assert.Throws<ArgumentException>(() => SupplyScaling.Scale(1, new Dictionary<string, double> { ["a"] = 0 }));
    }

    [Fact]
    public void ElementCreditUsesPrimaryMinusSecondary()
    {
        var src = Provenance.Of("iai-2022", 3);
        var al = new ElementValue("Al", 0, 15.1, 0.52, src, src, src);
        Assert.Equal(14.58, al.AvoidedCo2PerTonne, 12);
    }
}
