using Junkan.Core.Citations;
using Junkan.Core.Network;

namespace Junkan.Core.Tests;

/// <summary>Payable shares: revenue = t × price × share; no share = the full price (an upper bound); shares outside 0..1 refused.</summary>
public sealed class NetworkPayableTests
{
    private static readonly Provenance Src = Provenance.Of("user-input-example", 1);
    private static readonly Provenance Fastmarkets = Provenance.Of("fastmarkets-2023-08-16", 3);

    private static NetworkCase Case(params ElementValue[] elements)
    {
        IReadOnlyDictionary<string, double> none = new Dictionary<string, double>();
        var truck = new TransportMode("truck", 25, 0, 0.216, 1.3, Src, Src);
        return new NetworkCase("payables", [], [], [], [], [truck], elements, new Economics(0.05, 15, 0, 0.45, 30, Src), none, null, none);
    }

    private static NetworkPlan Recovering(IReadOnlyDictionary<string, double> recovered) =>
        new(new SolverReport(SolveStatus.Optimal, 0, 0, 0, 0, "test", []), [], [], [], recovered);

    [Fact]
    public void RevenueIsTonnesTimesPriceTimesPayableShare()
    {
        // Co: 10 t × 8,950,800 JPY/t × 0.74 = 66,235,920 JPY; Li without a payable: 2 t × 34,272,000 × 1 = 68,544,000 JPY.
        var co = new ElementValue("Co", 8_950_800, 8.3, null, Src, Src, null) { PayableShare = 0.74, PayableSource = Fastmarkets, PayableRange = (0.73, 0.75) };
        var li = new ElementValue("Li", 34_272_000, 7.1, null, Src, Src, null);
        var c = Case(co, li);
        var plan = Recovering(new Dictionary<string, double> { ["Co"] = 10, ["Li"] = 2 });
        Assert.Equal(66_235_920 + 68_544_000, PlanAccounting.Cost(c, plan).Revenue, 6);
        var rows = PlanAccounting.Revenue(c, plan);
        Assert.Equal(["Co", "Li"], rows.Select(r => r.Value.Element));
        Assert.Equal(66_235_920, rows[0].Jpy, 6);
        Assert.Equal(89_508_000, rows[0].UpperBoundJpy, 6);
        Assert.Equal(PayableBasis.Cited, co.PayableBasis);
        Assert.Equal(PayableBasis.UpperBound, li.PayableBasis);
        Assert.Equal(PayableBasis.Estimate, (li with { PayableShare = 0.05, PayableSource = Provenance.Of("junkan-estimate", 1) }).PayableBasis);
    }

    [Theory]
    [InlineData(1.2, null, null, "payable_share")]
    [InlineData(-0.1, null, null, "payable_share")]
    [InlineData(0.5, 0.6, 0.9, "payable_range")]   // share outside its own range
    [InlineData(0.5, 0.4, 1.1, "payable_range")]   // range beyond 1
    public void SharesOutside0To1AreRefusedNamingTheKey(double share, double? low, double? high, string field)
    {
        var co = new ElementValue("Co", 1, 1, null, Src, Src, null) { PayableShare = share, PayableSource = Src, PayableRange = low is double l ? (l, high!.Value) : null };
        var p = Assert.Single(CaseValidation.Check(Case(co)));
        Assert.Equal("elements[Co]", p.Item);
        Assert.Equal(field, p.Field);
    }

    [Fact]
    public void AShareOf0And1AreAccepted()
    {
        Assert.Empty(CaseValidation.Check(Case(new ElementValue("Li", 1, 1, null, Src, Src, null) { PayableShare = 0, PayableSource = Src, PayableRange = (0, 0.6) },
            new ElementValue("Cu", 1, 1, null, Src, Src, null) { PayableShare = 1, PayableSource = Src })));
    }
}
