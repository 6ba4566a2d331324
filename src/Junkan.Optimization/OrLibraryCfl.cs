using System.Globalization;
using Junkan.Core.Citations;
using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>
/// An OR-Library capacitated facility location instance (Beasley) as a network case: customers are sources with their
/// demand, facilities are hubs with their capacity and fixed cost, the allocation cost of customer j at facility i
/// divided by the demand is the route km at 1 JPY/t·km, and one free sink plant takes everything. The optimum of the
/// case is the instance's optimum.
/// </summary>
public static class OrLibraryCfl
{
    private static readonly Provenance Beasley = Provenance.Of("orlib-cfl", 4);

    /// <summary>Parses the instance text; throws <see cref="FormatException"/> on a malformed file.</summary>
    public static NetworkCase Parse(string name, string text)
    {
        var t = text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
        int k = 0;
        double Next() => k < t.Length ? double.Parse(t[k++], NumberStyles.Float, CultureInfo.InvariantCulture) : throw new FormatException($"{name}: the file ends early");
        int m = (int)Next(), n = (int)Next();
        var sink = new GeoPoint(0, 0);
        var none = new HashSet<string>();
        var hubs = Enumerable.Range(0, m).Select(i =>
        {
            double cap = Next(), fixedCost = Next();
            return new Facility($"f{i + 1}", $"f{i + 1}", $"f{i + 1}", FacilityKind.Hub, sink, false, false, null, [new SizeOption("1", cap, 0, fixedCost)],
                0, 0, new Dictionary<string, double>(), none, Beasley);
        }).ToList();
        var km = new Dictionary<string, double>();
        var sources = new List<SourceSite>();
        for (int j = 0; j < n; j++)
        {
            double d = Next();
            sources.Add(new SourceSite($"c{j + 1}", $"c{j + 1}", $"c{j + 1}", sink, new Dictionary<string, double> { ["demand"] = d }));
            for (int i = 0; i < m; i++)
            {
                double cost = Next();
                km[$"c{j + 1}|f{i + 1}"] = d > 0 ? cost / d : 0;
            }
        }
        foreach (var h in hubs) km[$"{h.Id}|sink"] = 0;
        var plant = new Facility("sink", "sink", "sink", FacilityKind.Plant, sink, true, false, null,
            [new SizeOption("1", sources.Sum(s => s.Supply["demand"]), 0, 0)], 0, 0, new Dictionary<string, double> { ["X"] = 1 }, none, Beasley);
        var stream = new WasteFlow("demand", "demand", "需要", 1, false, null, [new ElementContent("X", 1, 1, Beasley)], Beasley);
        return new NetworkCase(name, [stream], sources, hubs, [plant], [new TransportMode("truck", 1, 0, 0, 1, Beasley, Beasley)],
            [new ElementValue("X", 0, 0, 0, Beasley, Beasley, Beasley)], new Economics(0, 1, 0, 0, 0, Beasley),
            new Dictionary<string, double>(), null, km);
    }
}
