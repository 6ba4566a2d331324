using Junkan.Core.Citations;
using Junkan.Core.Elements;
using Junkan.Core.Flows;
using Junkan.Core.Recyclability;
using Junkan.Core.Quantities;
using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Reports.Tests.Flows;

/// <summary>
/// A small hand-built copper-like system (not bundled data): 10,000 t/y published for 2000 and 12,000 t/y for 2020,
/// wire 60 % (10 y, 20 % exported in products, 10 % of end of life exported, half of the rest collected, yield 0.8),
/// alloy 39.7 % (Normal 20 ± 5 y, 70 % collected, yield 0.9), plating 0.3 % dissipative (below 0.5 % of the
/// throughput: a tiny flow), new scrap 10 % recovered at 0.9.
/// </summary>
internal static class SankeyFixture
{
    private static readonly Provenance Source = Provenance.Of("test-sankey", 3, 2020);

    public static ElementFlowSystem Create(string wire = "wire", int lastYear = 2030) =>
        ElementFlowBuilder.Build(Inputs(wire), lastYear);

    public static ElementFlowInputs Inputs(string wire = "wire") => new(new ElementSymbol("Cu"),
        [new DemandPoint(2000, Tonnes(10_000)), new DemandPoint(2020, Tonnes(12_000))],
        [Use(wire, 0.6, LifetimeDistribution.Fixed(10), Rates(0.5, 0.8, 0.1) with { ProductExportShare = Fraction(0.2) }) with { NameJa = "電線" },
         Use("alloy", 0.397, LifetimeDistribution.Normal(20, 5), Rates(0.7, 0.9, 0)) with { NameJa = "合金" },
         Use("plating", 0.003, LifetimeDistribution.Fixed(1), new UseParameters(), dissipative: true)],
        newScrapShare: Fraction(0.1), newScrapRecovery: Fraction(0.9));

    private static Estimate Fraction(double v) => new(v, v, v, EstimateUnit.Fraction, Source);
    private static Estimate Tonnes(double v) => new(v, v * 0.9, v * 1.1, EstimateUnit.Tonnes, Source);

    private static UseParameters Rates(double collection, double yield, double export) =>
        new() { CollectionRate = Fraction(collection), RecoveryYield = Fraction(yield), ExportShare = Fraction(export) };

    private static UseProfile Use(string name, double share, LifetimeDistribution lifetime, UseParameters p, bool dissipative = false) =>
        new(name, Fraction(share), lifetime, new Estimate(lifetime.MeanLifetime, lifetime.MeanLifetime, lifetime.MeanLifetime, EstimateUnit.Years, Source),
            CollectionRoute.IndustrialWaste, dissipative, p);
}
