using Junkan.Core.Citations;
using Junkan.Core.Elements;
using Junkan.Core.Flows;
using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;
using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Core.Tests.Flows;

/// <summary>Small hand-computable flow inputs.</summary>
internal static class FlowTestData
{
    private static readonly Provenance Source = Provenance.Of("test", 3, 2020);

    public static Estimate Fraction(double v, double low, double high) => new(v, low, high, EstimateUnit.Fraction, Source);
    public static Estimate Fraction(double v) => Fraction(v, v, v);
    public static Estimate Tonnes(double v, double low, double high) => new(v, low, high, EstimateUnit.Tonnes, Source);

    public static UseProfile Use(string name, double share, LifetimeDistribution lifetime, bool dissipative = false, UseParameters? p = null, double meanLow = double.NaN, double meanHigh = double.NaN)
    {
        double mean = lifetime.MeanLifetime;
        var meanEstimate = new Estimate(mean, double.IsNaN(meanLow) ? mean : meanLow, double.IsNaN(meanHigh) ? mean : meanHigh, EstimateUnit.Years, Source);
        return new UseProfile(name, Fraction(share), lifetime, meanEstimate, CollectionRoute.IndustrialWaste, dissipative, p ?? new UseParameters());
    }

    public static UseParameters Rates(double collection, double yield, double export = 0, double? growth = null) => new()
    {
        CollectionRate = Fraction(collection),
        RecoveryYield = Fraction(yield),
        ExportShare = Fraction(export),
        GrowthRate = growth is { } g ? new Estimate(g, g, g, EstimateUnit.PerYear, Source) : null,
    };

    /// <summary>Constant demand of <paramref name="tonnes"/> t/y published for 2000 and 2020.</summary>
    public static ElementFlowInputs Constant(double tonnes, params UseProfile[] uses) =>
        new(new ElementSymbol("Cu"), [new DemandPoint(2000, Tonnes(tonnes, tonnes, tonnes)), new DemandPoint(2020, Tonnes(tonnes, tonnes * 0.8, tonnes * 1.2))], uses);
}
