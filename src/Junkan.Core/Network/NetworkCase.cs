namespace Junkan.Core.Network;

/// <summary>
/// A recycling-network case: streams, sources, candidate and existing hubs and plants, transport modes, element values
/// and economics. <see cref="CollectionRate"/> per stream: 1 = every source's supply is collected; below 1 = at least that
/// share of the national supply. <see cref="MaxHubs"/>: optional limit on open hubs. <see cref="RouteKm"/>: user distances
/// (km, by "from|to") that replace great-circle × circuity.
/// </summary>
public sealed record NetworkCase(string Name, IReadOnlyList<WasteFlow> Streams, IReadOnlyList<SourceSite> Sources,
    IReadOnlyList<Facility> Hubs, IReadOnlyList<Facility> Plants, IReadOnlyList<TransportMode> Modes, IReadOnlyList<ElementValue> Elements,
    Economics Economics, IReadOnlyDictionary<string, double> CollectionRate, int? MaxHubs, IReadOnlyDictionary<string, double> RouteKm)
{
    /// <summary>
    /// Arc reduction: when set (≥ 1), each source sends a stream only to its N nearest permitted hubs by truck km (the
    /// case key <c>max_source_arcs</c>); null = every permitted hub. It shrinks a municipal model by hubs/N and can raise
    /// the optimum only where the best plan would route a source past its N nearest hubs.
    /// </summary>
    public int? MaxSourceArcs { get; init; }

    /// <summary>The case's name in Japanese (case key <c>name_ja</c>); null if the file gives none.</summary>
    public string? NameJa { get; init; }

    /// <summary>The name in a language ("ja" or "en"), English where no Japanese name is given.</summary>
    public string NameIn(string language) => language == "ja" && NameJa is { Length: > 0 } ja ? ja : Name;

    public double Collection(string stream) => CollectionRate.TryGetValue(stream, out var r) ? r : 1.0;

    public TransportMode Mode(string id) => Modes.First(m => m.Id == id);

    /// <summary>Route distance (km) from one site to another by a mode: the user matrix if it has the pair, else great-circle × circuity.</summary>
    public double Km(string fromId, GeoPoint from, string toId, GeoPoint to, TransportMode mode) =>
        RouteKm.TryGetValue(fromId + "|" + toId, out var km) || RouteKm.TryGetValue(toId + "|" + fromId, out km) ? km : from.DistanceKm(to) * mode.Circuity;

    /// <summary>Road (truck) distance from a source to a hub, km.</summary>
    public double TruckKm(SourceSite s, Facility hub) => Km(s.Id, s.Point, hub.Id, hub.Point, Mode("truck"));

    public ElementValue? Element(string symbol) => Elements.FirstOrDefault(e => e.Element == symbol);
}
