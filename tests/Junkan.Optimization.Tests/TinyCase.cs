using Junkan.Core.Citations;
using Junkan.Core.Network;

namespace Junkan.Optimization.Tests;

/// <summary>
/// A hand-solvable case: sources A and B (100 t/y each), candidate hubs H1 (10 km from A, 100 km from B) and H2 (the
/// mirror image), one existing plant P 50 km from either hub. Truck 10 JPY/t·km, hub fixed cost 5,000 JPY/y, no yield loss.
/// Both hubs: 2×5,000 + 2×100×10×10 + 200×50×10 = 130,000 JPY/y; H1 alone: 5,000 + 100×10×10 + 100×100×10 + 100,000 = 215,000.
/// </summary>
internal static class TinyCase
{
    public static readonly Provenance Src = Provenance.Of("user-input", 1);

    public static NetworkCase Build(double hubCapacity = 300, bool hazardous = false, double? maxHazardKm = null, int? maxHubs = null,
        double price = 0, double carbonPrice = 0, double collectionRate = 1, double supplyA = 100, double supplyB = 100)
    {
        var stream = new WasteFlow("lib", "used batteries", "使用済電池", 1.0, hazardous, maxHazardKm, [new ElementContent("Co", 0.1, 1.0, Src)], Src);
        var truck = new TransportMode("truck", 10, 0, 0.1, 1.0, Src, Src);
        IReadOnlyDictionary<string, double> none = new Dictionary<string, double>();
        Facility Hub(string id, double lon) => new(id, id, id, FacilityKind.Hub, new GeoPoint(35, lon), false, true, null,
            [new SizeOption("s", hubCapacity, 0, 5000)], 0, 0, none, new HashSet<string>(), Src);
        var plant = new Facility("P", "P", "P", FacilityKind.Plant, new GeoPoint(35, 135), true, true, null, [new SizeOption("x", 1000, 0, 0)], 0, 0,
            new Dictionary<string, double> { ["Co"] = 0.9 }, new HashSet<string>(), Src);
        var km = new Dictionary<string, double>
        {
            ["A|H1"] = 10, ["A|H2"] = 100, ["B|H1"] = 100, ["B|H2"] = 10, ["H1|P"] = 50, ["H2|P"] = 50,
        };
        return new NetworkCase("tiny", [stream],
            [new SourceSite("A", "A", "A", new GeoPoint(35, 134), new Dictionary<string, double> { ["lib"] = supplyA }),
             new SourceSite("B", "B", "B", new GeoPoint(35, 136), new Dictionary<string, double> { ["lib"] = supplyB })],
            [Hub("H1", 134.1), Hub("H2", 135.9)], [plant], [truck],
            [new ElementValue("Co", price, 8.3, null, Src, Provenance.Of("nuss-eckelman-2014", 4), null)],
            new Economics(0.05, 10, carbonPrice, 0.45, 30, Src), new Dictionary<string, double> { ["lib"] = collectionRate }, maxHubs, km);
    }
}
