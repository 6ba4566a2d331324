using Junkan.Core.Citations;
using Junkan.Core.Elements;
using Junkan.Core.Flows;
using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;
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

    /// <summary>Shapes that stress the layout: mostly dissipative; declining demand with secondary export; five uses.</summary>
    public static IEnumerable<(string Name, ElementFlowSystem System)> Extremes()
    {
        yield return ("dissipative", ElementFlowBuilder.Build(new ElementFlowInputs(new ElementSymbol("P"),
            [new DemandPoint(2010, Tonnes(300_000)), new DemandPoint(2020, Tonnes(250_000))],
            [Use("fertiliser", 0.8, LifetimeDistribution.Fixed(1), new UseParameters(), dissipative: true),
             Use("chemicals", 0.2, LifetimeDistribution.Weibull(2, 15), Rates(0.1, 0.5, 0.05))]), 2030));
        yield return ("secondary-export", ElementFlowBuilder.Build(new ElementFlowInputs(new ElementSymbol("Pb"),
            [new DemandPoint(1990, Tonnes(400_000)), new DemandPoint(2020, Tonnes(150_000))],
            [Use("battery", 0.9, LifetimeDistribution.Weibull(3, 5), Rates(0.95, 0.98, 0.3) with { ProductExportShare = Fraction(0.4) }),
             Use("cable", 0.1, LifetimeDistribution.Fixed(30), Rates(0.6, 0.9, 0.1))],
            newScrapShare: Fraction(0.3), newScrapRecovery: Fraction(1)), 2030));
        yield return ("five-uses", ElementFlowBuilder.Build(new ElementFlowInputs(new ElementSymbol("Co"),
            [new DemandPoint(2005, Tonnes(5_000)), new DemandPoint(2020, Tonnes(16_400))],
            [Use("li_ion_battery", 0.5, LifetimeDistribution.Weibull(2, 8), Rates(0.2, 0.9, 0.4) with { ProductExportShare = Fraction(0.6) }) with { NameEn = "Li-ion batteries", NameJa = "リチウムイオン電池" },
             Use("superalloy", 0.2, LifetimeDistribution.Normal(20, 5), Rates(0.8, 0.95, 0.1)),
             Use("cemented_carbide", 0.1, LifetimeDistribution.Fixed(3), Rates(0.6, 0.9, 0.2)),
             Use("catalyst", 0.1, LifetimeDistribution.Fixed(5), Rates(0.9, 0.95, 0)),
             Use("pigment", 0.1, LifetimeDistribution.Fixed(1), new UseParameters(), dissipative: true)],
            newScrapShare: Fraction(0.05), newScrapRecovery: Fraction(0.9)), 2050));
    }

    private static Estimate Fraction(double v) => new(v, v, v, EstimateUnit.Fraction, Source);
    private static Estimate Tonnes(double v) => new(v, v * 0.9, v * 1.1, EstimateUnit.Tonnes, Source);

    private static UseParameters Rates(double collection, double yield, double export) =>
        new() { CollectionRate = Fraction(collection), RecoveryYield = Fraction(yield), ExportShare = Fraction(export) };

    private static UseProfile Use(string name, double share, LifetimeDistribution lifetime, UseParameters p, bool dissipative = false) =>
        new(name, Fraction(share), lifetime, new Estimate(lifetime.MeanLifetime, lifetime.MeanLifetime, lifetime.MeanLifetime, EstimateUnit.Years, Source),
            CollectionRoute.IndustrialWaste, dissipative, p);
}
