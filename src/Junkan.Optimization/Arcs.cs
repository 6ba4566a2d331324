using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>A source→hub arc of one stream (by truck) with its route km.</summary>
internal sealed record CollectArc(SourceSite Source, Facility Hub, WasteFlow Stream, double Supply, double Km);

/// <summary>A hub→plant arc of one stream by one mode with its route km.</summary>
internal sealed record ShipArc(Facility Hub, Facility Plant, WasteFlow Stream, TransportMode Mode, double Km);

/// <summary>
/// The arcs the model may use: hazard rules (permitted hubs, maximum distance) cut source→hub arcs, and with
/// <see cref="NetworkCase.MaxSourceArcs"/> a source keeps only its N nearest permitted hubs per stream (ties by hub id);
/// modes must be usable at both ends of a shipment.
/// </summary>
internal static class Arcs
{
    public static List<CollectArc> Collection(NetworkCase c)
    {
        var arcs = new List<CollectArc>();
        foreach (var s in c.Sources)
            foreach (var m in c.Streams)
            {
                double q = s.Supply.GetValueOrDefault(m.Id);
                if (q <= 0) continue;
                var permitted = c.Hubs.Select(h => (Hub: h, Km: c.TruckKm(s, h))).Where(a => Permitted(m, a.Hub, a.Km));
                if (c.MaxSourceArcs is int n) permitted = permitted.OrderBy(a => a.Km).ThenBy(a => a.Hub.Id, StringComparer.Ordinal).Take(n);
                foreach (var (h, km) in permitted) arcs.Add(new CollectArc(s, h, m, q, km));
            }
        return arcs;
    }

    /// <summary>A hazardous stream goes only to a hub that accepts it, within its maximum distance.</summary>
    public static bool Permitted(WasteFlow m, Facility hub, double km) =>
        !m.Hazardous || (hub.AcceptsHazardous && (m.MaxHazardKm is null || km <= m.MaxHazardKm));

    public static List<ShipArc> Shipments(NetworkCase c)
    {
        var arcs = new List<ShipArc>();
        foreach (var h in c.Hubs)
            foreach (var p in c.Plants)
                foreach (var mode in c.Modes.Where(md => h.CanUse(md.Id) && p.CanUse(md.Id)))
                {
                    double km = c.Km(h.Id, h.Point, p.Id, p.Point, mode);
                    foreach (var m in c.Streams.Where(s => PlantTakes(p, s))) arcs.Add(new ShipArc(h, p, m, mode, km));
                }
        return arcs;
    }

    /// <summary>A plant takes a stream if it recovers at least one of the stream's elements.</summary>
    public static bool PlantTakes(Facility plant, WasteFlow s) => s.Elements.Any(e => plant.Recovery.GetValueOrDefault(e.Element) > 0);
}
