namespace Junkan.Core.Network;

/// <summary>One problem of a case: the item (e.g. "hubs[fukuoka]") and the field, and what is wrong.</summary>
public sealed record CaseProblem(string Item, string Field, string Problem);

/// <summary>Checks a case before it is solved: unknown ids, negative supplies or capacities, shares (payables too) outside 0..1, missing truck mode.</summary>
public static class CaseValidation
{
    public static IReadOnlyList<CaseProblem> Check(NetworkCase c)
    {
        var p = new List<CaseProblem>();
        var streams = c.Streams.Select(s => s.Id).ToHashSet();
        if (!c.Modes.Any(m => m.Id == "truck")) p.Add(new("modes", "truck", "a case needs the truck mode"));
        foreach (var m in c.Modes.Where(m => m.CostJpyPerTonneKm < 0 || m.Co2KgPerTonneKm < 0 || m.Circuity < 1))
            p.Add(new($"modes[{m.Id}]", "cost/co2/circuity", "costs and factors must be >= 0 and circuity >= 1"));
        foreach (var s in c.Streams)
        {
            if (s.HubYield is <= 0 or > 1) p.Add(new($"streams[{s.Id}]", "hub_yield", $"{s.HubYield} is not in (0, 1]"));
            foreach (var e in s.Elements.Where(e => e.Content is < 0 or > 1 || e.HubRetention is < 0 or > 1))
                p.Add(new($"streams[{s.Id}]", e.Element, "content and hub retention must lie in 0..1"));
            foreach (var e in s.Elements.Where(e => c.Element(e.Element) is null))
                p.Add(new($"streams[{s.Id}]", e.Element, $"element '{e.Element}' has no entry under elements"));
        }
        foreach (var src in c.Sources)
            foreach (var (id, q) in src.Supply)
            {
                if (!streams.Contains(id)) p.Add(new($"sources[{src.Id}]", id, $"unknown stream '{id}'"));
                if (q < 0 || !double.IsFinite(q)) p.Add(new($"sources[{src.Id}]", id, $"supply {q} t/y is negative"));
            }
        foreach (var e in c.Elements) CheckPayable(e, p);
        foreach (var f in c.Hubs.Concat(c.Plants)) CheckFacility(f, c, p);
        foreach (var (s, r) in c.CollectionRate.Where(kv => kv.Value is < 0 or > 1 || !streams.Contains(kv.Key)))
            p.Add(new("collection_rate", s, $"{r} for '{s}': the stream must exist and the rate lie in 0..1"));
        if (c.MaxHubs is < 0) p.Add(new("max_hubs", "max_hubs", "must be >= 0"));
        var ids = c.Sources.Select(s => s.Id).Concat(c.Hubs.Select(h => h.Id)).Concat(c.Plants.Select(h => h.Id)).ToList();
        foreach (var dup in ids.GroupBy(i => i).Where(g => g.Count() > 1)) p.Add(new("ids", dup.Key, "site id used twice"));
        return p;
    }

    /// <summary>A payable share lies in 0..1 (finite) and inside its own range, which lies in 0..1 with low ≤ high.</summary>
    private static void CheckPayable(ElementValue e, List<CaseProblem> p)
    {
        string item = $"elements[{e.Element}]";
        if (e.PayableShare is < 0 or > 1 || double.IsNaN(e.PayableShare)) p.Add(new(item, "payable_share", $"{e.PayableShare} is not in 0..1 (share of the metal price paid)"));
        if (e.PayableRange is var (lo, hi) && !(lo >= 0 && hi <= 1 && lo <= hi && e.PayableShare >= lo && e.PayableShare <= hi))
            p.Add(new(item, "payable_range", $"[{lo}, {hi}] must lie in 0..1 with low <= payable_share ({e.PayableShare}) <= high"));
    }

    private static void CheckFacility(Facility f, NetworkCase c, List<CaseProblem> p)
    {
        string item = $"{(f.Kind == FacilityKind.Hub ? "hubs" : "plants")}[{f.Id}]";
        if (!f.Point.IsValid) p.Add(new(item, "lat/lon", "coordinates out of range"));
        if (f.Sizes.Count == 0) p.Add(new(item, "sizes", "at least one size option"));
        foreach (var s in f.Sizes.Where(s => s.CapacityT < 0 || s.InvestmentJpy < 0 || s.FixedJpyPerYear < 0))
            p.Add(new(item, $"sizes[{s.Name}]", "capacity and costs must be >= 0"));
        if (f.VariableJpyPerTonne < 0 || f.EnergyKwhPerTonne < 0) p.Add(new(item, "variable_cost/energy", "must be >= 0"));
        if (f.HazardStorageCapT is < 0) p.Add(new(item, "hazard_storage_cap_t", "must be >= 0"));
        foreach (var (e, r) in f.Recovery.Where(kv => kv.Value is < 0 or > 1)) p.Add(new(item, $"recovery[{e}]", $"{r} is not in 0..1"));
        foreach (var m in f.Modes.Where(m => !c.Modes.Any(x => x.Id == m))) p.Add(new(item, "modes", $"unknown mode '{m}'"));
    }
}
