using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>A group of sources solved as one: the group's site (the seed's id and point, the members' summed supply) and its members.</summary>
internal sealed record SourceGroup(SourceSite Site, IReadOnlyList<SourceSite> Members);

/// <summary>
/// Groups the sources of a large case for the aggregation bound (Zipkin 1980; Francis, Lowe, Rayco &amp; Tamir 2009,
/// "Aggregation error for location models"). Members of a group have the same permitted hubs for every stream, so any flow
/// of the group splits back onto them in proportion to supply; and they lie within <c>radiusKm</c> (great circle) of
/// the group's seed, which bounds the error. A group's arc to a hub carries the members' summed supply at the
/// shortest member's km: since cost and CO2 per tonne rise with km, every plan of the full case maps onto a plan of the
/// grouped case that costs no more, and the grouped optimum (or its solver bound) is a lower bound of the full optimum.
/// </summary>
internal static class SourceGroups
{
    public static List<SourceGroup> Build(NetworkCase c, IReadOnlyList<CollectArc> arcs, double radiusKm)
    {
        var hubsOf = arcs.GroupBy(a => a.Source.Id).ToDictionary(g => g.Key,
            g => string.Join(";", g.Select(a => a.Stream.Id + ">" + a.Hub.Id).Order(StringComparer.Ordinal)));
        var groups = new List<SourceGroup>();
        var bySignature = c.Sources.Where(s => hubsOf.ContainsKey(s.Id)).GroupBy(s => hubsOf[s.Id], StringComparer.Ordinal);
        foreach (var same in bySignature.OrderBy(g => g.Key, StringComparer.Ordinal))
            groups.AddRange(Seeded(same, radiusKm));
        return groups;
    }

    /// <summary>Greedy covering: the largest remaining source seeds a group of every remaining source within the radius.</summary>
    private static IEnumerable<SourceGroup> Seeded(IEnumerable<SourceSite> sources, double radiusKm)
    {
        var left = sources.OrderByDescending(s => s.Supply.Values.Sum()).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        while (left.Count > 0)
        {
            var seed = left[0];
            var members = left.Where(s => s.Point.DistanceKm(seed.Point) <= radiusKm).ToList();
            left.RemoveAll(members.Contains);
            yield return new SourceGroup(Merged(seed, members), members);
        }
    }

    private static SourceSite Merged(SourceSite seed, List<SourceSite> members)
    {
        if (members.Count == 1) return seed;
        var supply = members.SelectMany(m => m.Supply).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
        return seed with { NameEn = $"{seed.NameEn} +{members.Count - 1}", NameJa = $"{seed.NameJa} 他{members.Count - 1}", Supply = supply };
    }

    /// <summary>The grouped case's arcs: per group, stream and hub, the summed supply at the shortest member km (a lower bound of every member's cost).</summary>
    public static List<CollectArc> Arcs(IReadOnlyList<SourceGroup> groups, IReadOnlyList<CollectArc> arcs)
    {
        var bySource = arcs.ToLookup(a => a.Source.Id);
        var result = new List<CollectArc>();
        foreach (var g in groups)
        {
            var memberArcs = g.Members.SelectMany(m => bySource[m.Id]);
            foreach (var same in memberArcs.GroupBy(a => (a.Stream, a.Hub)).OrderBy(x => x.Key.Hub.Id, StringComparer.Ordinal).ThenBy(x => x.Key.Stream.Id, StringComparer.Ordinal))
                result.Add(new CollectArc(g.Site, same.Key.Hub, same.Key.Stream, same.Sum(a => a.Supply), same.Min(a => a.Km)));
        }
        return result;
    }
}
