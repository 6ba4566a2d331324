using Junkan.Core.Citations;
using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;

namespace Junkan.Core.Tests.Recyclability;

/// <summary>Hand-checkable profiles for the recyclability and selection tests.</summary>
internal static class RecyclabilityFixture
{
    public static Estimate E(double v, string unit = "t", int quality = 3) => Estimate.Point(v, EstimateUnit.Parse(unit), Provenance.Of("test", quality, 2022));
    public static Estimate F(double v, int quality = 3) => Estimate.Point(v, EstimateUnit.Fraction, Provenance.Of("test", quality, 2022));

    /// <summary>
    /// Element "Xa": scrap source 1,000 t/y at 2 % content (20 t contained), collection 0.5, yields 0.9 × 0.8
    /// → 7.2 t recoverable; residue source (a plant liquor, kind waste_water) publishing 10 t contained, no collection route, collection 0.1, yields 1 × 0.5
    /// → 0.5 t; EV source from the stock model (product "car"), collection 0.9, yields 0.9 × 0.9.
    /// Demand 100 t/y, dissipative 0.2, ore grade 0.001.
    /// </summary>
    public static ElementProfile Xa() => new("Xa", E(100), F(0.2), F(0.001), null, null, null, [],
    [
        new("Xa", "scrap", SourceKind.ProcessScrap, null, CollectionRoute.IndustrialWaste, "scrap", "スクラップ",
            E(1000), null, F(0.02), F(0.5), F(0.7), F(0.9), F(0.8), E(9, "TRL")),
        new("Xa", "residue", SourceKind.WasteWater, null, CollectionRoute.None, "residue", "残渣",
            null, E(10), F(0.05), F(0.1), null, F(1), F(0.5), E(6, "TRL")),
        new("Xa", "ev", SourceKind.EndOfLifeProduct, "car", CollectionRoute.ElvLaw, "EV battery", "EV電池",
            null, null, null, F(0.9), null, F(0.9), F(0.9), E(8, "TRL")),
    ]);

    /// <summary>The EV source of Xa: 2 t in 2024, 8 t in 2040.</summary>
    public static ProductElementFlows CarFlows()
    {
        var tonnes = new double[17];
        tonnes[0] = 2;
        tonnes[16] = 8;
        return new ProductElementFlows().Add("car", "Xa", 2024, tonnes);
    }
}
