using Google.OrTools.LinearSolver;
using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>
/// The MILP on an OR-Tools solver. Variables: z (site f opens at size s, binary), x (t/y of a stream from a source to a
/// hub), w (t/y of hub output to a plant by a mode). Constraint groups (named, so that an infeasible case can say which
/// binds): supply, hub capacity, plant capacity, hub mass balance, strong linking, hazard storage, hub count, CO2 cap.
/// With <c>elastic</c> the groups that can make a case infeasible get slack variables and the objective is their sum.
/// Objective coefficients are in JPY, unscaled: with them in million JPY SCIP stopped about 0.1 % above the proven
/// optimum of OR-Library cap72, cap102 and cap103 and called it optimal (its tolerances are partly absolute).
/// </summary>
internal sealed class NetworkModel
{
    internal const double Scale = 1;  // see the class comment: do not scale the objective
    private readonly NetworkCase _c;
    private readonly SolveOptions _o;
    private readonly bool _elastic;
    private readonly string _prefix;
    private readonly double _weight;
    private readonly Dictionary<string, List<(Variable Var, string Item)>> _slacks = [];
    public Solver Solver { get; }
    public List<CollectArc> CollectArcs { get; }
    public List<ShipArc> ShipArcs { get; }
    public Variable[] X { get; private set; } = [];
    public Variable[] W { get; private set; } = [];
    public Dictionary<(Facility Site, SizeOption Size), Variable> Z { get; } = [];

    /// <param name="prefix">Prefix of every variable and constraint name (a period's model shares the solver with the others).</param>
    /// <param name="weight">Multiplier of every objective coefficient (the period's discount weight; 1 for one period).</param>
    /// <param name="collectArcs">The source→hub arcs if already computed, or not those of <see cref="Arcs.Collection"/> (the grouped case of <see cref="SourceGroups"/>).</param>
    public NetworkModel(Solver solver, NetworkCase c, SolveOptions o, bool elastic, string prefix = "", double weight = 1, List<CollectArc>? collectArcs = null)
    {
        (Solver, _c, _o, _elastic, _prefix, _weight) = (solver, c, o, elastic, prefix, weight);
        CollectArcs = collectArcs ?? Arcs.Collection(c);
        ShipArcs = Arcs.Shipments(c);
        Build();
    }

    public IReadOnlyDictionary<string, List<(Variable Var, string Item)>> Slacks => _slacks;

    /// <summary>The sites and sizes open in the solution (z = 1), by site id and size name.</summary>
    public HashSet<(string Site, string Size)> OpenSizes() =>
        Z.Where(kv => kv.Value.SolutionValue() > 0.5).Select(kv => (kv.Key.Site.Id, kv.Key.Size.Name)).ToHashSet();

    /// <summary>
    /// A complete starting plan for the solver (SCIP ignores a partial one): the plan's sites and flows, its source ids
    /// mapped by <paramref name="sourceOf"/> onto this model's sources (a member onto its group), flows summed.
    /// </summary>
    public (List<Variable> Vars, List<double> Values) HintValues(NetworkPlan plan, Func<string, string> sourceOf)
    {
        var open = plan.Opened.Select(s => (s.Site.Id, s.Size.Name)).ToHashSet();
        var collected = plan.Collection.GroupBy(f => (sourceOf(f.From), f.To, f.Stream)).ToDictionary(g => g.Key, g => g.Sum(f => f.Tonnes));
        var shipped = plan.Shipments.ToDictionary(f => (f.From, f.To, f.Stream, f.Mode), f => f.Tonnes);
        var vars = new List<Variable>();
        var values = new List<double>();
        foreach (var ((site, size), v) in Z) { vars.Add(v); values.Add(open.Contains((site.Id, size.Name)) ? 1 : 0); }
        for (int i = 0; i < X.Length; i++)
        {
            vars.Add(X[i]);
            values.Add(Math.Min(CollectArcs[i].Supply, collected.GetValueOrDefault((CollectArcs[i].Source.Id, CollectArcs[i].Hub.Id, CollectArcs[i].Stream.Id))));
        }
        for (int i = 0; i < W.Length; i++)
        {
            vars.Add(W[i]);
            values.Add(shipped.GetValueOrDefault((ShipArcs[i].Hub.Id, ShipArcs[i].Plant.Id, ShipArcs[i].Stream.Id, ShipArcs[i].Mode.Id)));
        }
        return (vars, values);
    }

    /// <summary>Fixes every z: 1 for the given site sizes, 0 for the rest (the flows stay free).</summary>
    public void Fix(HashSet<(string Site, string Size)> open)
    {
        foreach (var ((site, size), v) in Z)
        {
            double b = open.Contains((site.Id, size.Name)) ? 1 : 0;
            v.SetBounds(b, b);
        }
    }

    /// <summary>Fixes z = 0 for every site size not among the candidates (the others stay free).</summary>
    public void CloseAllBut(HashSet<(string Site, string Size)> candidates)
    {
        foreach (var ((site, size), v) in Z)
            if (!candidates.Contains((site.Id, size.Name))) v.SetBounds(0, 0);
    }

    private Constraint Ct(double lb, double ub, string name) => Solver.MakeConstraint(lb, ub, _prefix + name);
    private Variable Bool(string name) => Solver.MakeBoolVar(_prefix + name);
    private Variable Num(double ub, string name) => Solver.MakeNumVar(0, ub, _prefix + name);

    private void Build()
    {
        X = CollectArcs.Select((a, i) => Num(a.Supply, $"x{i}")).ToArray();
        W = ShipArcs.Select((_, i) => Num(double.PositiveInfinity, $"w{i}")).ToArray();
        foreach (var f in _c.Hubs.Concat(_c.Plants))
        {
            foreach (var s in f.Sizes) Z[(f, s)] = Bool($"z_{f.Id}_{s.Name}");
            var one = Ct(f.Existing ? 1 : 0, 1, $"size_{f.Id}");
            foreach (var s in f.Sizes) one.SetCoefficient(Z[(f, s)], 1);
        }
        AddSupply();
        if (_o.SingleSource) AddSingleSourcing();
        AddHubs();
        AddPlants();
        AddHubCount();
        if (!_elastic) AddCapacityCover();
        if (_o.Co2Cap is double cap) AddCo2Cap(cap);
        SetObjective();
    }

    private Constraint Group(string group, string item, double lb, double ub)
    {
        var ct = Ct(lb, ub, $"{group}:{item}");
        if (!_elastic) return ct;
        var s = Num(double.PositiveInfinity, $"slack_{group}_{item}");
        ct.SetCoefficient(s, double.IsNegativeInfinity(lb) ? -1 : 1); // ≥ and = rows: shortfall; ≤ rows: excess
        (_slacks.TryGetValue(group, out var l) ? l : _slacks[group] = []).Add((s, item));
        return ct;
    }

    private void AddSupply()
    {
        var bySource = Enumerable.Range(0, X.Length).ToLookup(i => (CollectArcs[i].Source.Id, CollectArcs[i].Stream.Id));
        foreach (var m in _c.Streams)
        {
            double rate = _c.Collection(m.Id);
            var sources = _c.Sources.Where(s => s.Supply.GetValueOrDefault(m.Id) > 0).ToList();
            if (rate >= 1)
            {
                foreach (var s in sources)
                {
                    var ct = Group(SupplyGroup(m), $"{s.Id}/{m.Id}", s.Supply[m.Id], s.Supply[m.Id]);
                    foreach (int i in bySource[(s.Id, m.Id)]) ct.SetCoefficient(X[i], 1);
                }
            }
            else if (sources.Count > 0)
            {
                foreach (var s in sources)
                {
                    var most = Ct(double.NegativeInfinity, s.Supply[m.Id], $"available:{s.Id}/{m.Id}");
                    foreach (int i in bySource[(s.Id, m.Id)]) most.SetCoefficient(X[i], 1);
                }
                var ct = Group(SupplyGroup(m), m.Id, rate * sources.Sum(s => s.Supply[m.Id]), double.PositiveInfinity);
                for (int i = 0; i < X.Length; i++) if (CollectArcs[i].Stream == m) ct.SetCoefficient(X[i], 1);
            }
        }
    }

    /// <summary>Single sourcing: a binary a_ij per source and hub; x_ijm = q_im·a_ij (≤ when the collection rate is below 1), Σ_j a_ij ≤ 1.</summary>
    private void AddSingleSourcing()
    {
        var byPair = Enumerable.Range(0, X.Length).ToLookup(i => (CollectArcs[i].Source.Id, CollectArcs[i].Hub.Id));
        foreach (var s in _c.Sources)
        {
            var one = Ct(double.NegativeInfinity, 1, $"single:{s.Id}");
            foreach (var h in _c.Hubs)
            {
                var arcs = byPair[(s.Id, h.Id)].ToList();
                if (arcs.Count == 0) continue;
                var a = Bool($"a_{s.Id}_{h.Id}");
                one.SetCoefficient(a, 1);
                foreach (int i in arcs)
                {
                    bool all = _c.Collection(CollectArcs[i].Stream.Id) >= 1;
                    var ct = Ct(all ? 0 : double.NegativeInfinity, 0, $"single:{s.Id}/{h.Id}/{CollectArcs[i].Stream.Id}");
                    ct.SetCoefficient(X[i], 1);
                    ct.SetCoefficient(a, -CollectArcs[i].Supply);
                }
            }
        }
    }

    private static string SupplyGroup(WasteFlow m) => m.Hazardous ? "supply (hazardous stream)" : "supply";

    /// <summary>
    /// Above <see cref="SolveOptions.AggregateLinksAbove"/> collection arcs (default 20,000) the strong links are aggregated: one row per hub, stream and group of sources
    /// (the sources whose nearest hub is the same), Σ_(i in G) x_ijm ≤ (Σ_(i in G) q_im) · Σ_s z_js, instead of one per
    /// arc. Both are valid for the MILP (capacity already closes a hub's arcs), so the optimum is the same; the
    /// aggregated LP is weaker but a tenth of the size (the national municipal case's root LP did not solve in 240 s with
    /// one row per arc).
    /// </summary>
    private void AddHubs()
    {
        bool aggregate = X.Length > _o.AggregateLinksAbove;
        foreach (var h in _c.Hubs)
        {
            var cap = Group("hub capacity", h.Id, double.NegativeInfinity, 0);
            foreach (var s in h.Sizes) cap.SetCoefficient(Z[(h, s)], -s.CapacityT);
            // Storage only where the hub is open: Σ hazardous x·days/365 ≤ cap·Σ_s z (valid, and a far tighter LP than ≤ cap).
            var haz = h.HazardStorageCapT is double hc ? Group("hazard storage", h.Id, double.NegativeInfinity, 0) : null;
            if (haz is not null) foreach (var s in h.Sizes) haz.SetCoefficient(Z[(h, s)], -h.HazardStorageCapT!.Value);
            for (int i = 0; i < X.Length; i++)
            {
                var a = CollectArcs[i];
                if (a.Hub != h) continue;
                cap.SetCoefficient(X[i], 1);
                if (a.Stream.Hazardous) haz?.SetCoefficient(X[i], _c.Economics.HazardDwellDays / 365.0);
                if (aggregate) continue;
                var link = Ct(double.NegativeInfinity, 0, $"link:{a.Source.Id}/{h.Id}/{a.Stream.Id}");
                link.SetCoefficient(X[i], 1);
                foreach (var s in h.Sizes) link.SetCoefficient(Z[(h, s)], -a.Supply);
            }
            foreach (var m in _c.Streams) AddBalance(h, m);
        }
        if (aggregate) AddGroupLinks();
    }

    /// <summary>The aggregated strong links (see <see cref="AddHubs"/>): groups are the sources sharing a nearest hub.</summary>
    private void AddGroupLinks()
    {
        var nearest = CollectArcs.GroupBy(a => a.Source.Id).ToDictionary(g => g.Key, g => g.MinBy(a => a.Km)!.Hub.Id);
        var groups = Enumerable.Range(0, X.Length).GroupBy(i => (Group: nearest[CollectArcs[i].Source.Id], Hub: CollectArcs[i].Hub, Stream: CollectArcs[i].Stream.Id));
        foreach (var g in groups)
        {
            var link = Ct(double.NegativeInfinity, 0, $"link:{g.Key.Group}/{g.Key.Hub.Id}/{g.Key.Stream}");
            foreach (int i in g) link.SetCoefficient(X[i], 1);
            double q = g.Sum(i => CollectArcs[i].Supply);
            foreach (var s in g.Key.Hub.Sizes) link.SetCoefficient(Z[(g.Key.Hub, s)], -q);
        }
    }

    /// <summary>Mass balance at a hub per stream: output shipped = yield × input (elements follow by their retention).</summary>
    private void AddBalance(Facility h, WasteFlow m)
    {
        var bal = Ct(0, 0, $"balance:{h.Id}/{m.Id}");
        for (int i = 0; i < X.Length; i++) if (CollectArcs[i].Hub == h && CollectArcs[i].Stream == m) bal.SetCoefficient(X[i], m.HubYield);
        for (int i = 0; i < W.Length; i++) if (ShipArcs[i].Hub == h && ShipArcs[i].Stream == m) bal.SetCoefficient(W[i], -1);
    }

    private void AddPlants()
    {
        var upper = _c.Streams.ToDictionary(m => m, m => m.HubYield * _c.Sources.Sum(s => s.Supply.GetValueOrDefault(m.Id)));
        foreach (var p in _c.Plants)
        {
            var cap = Group("plant capacity", p.Id, double.NegativeInfinity, 0);
            foreach (var s in p.Sizes) cap.SetCoefficient(Z[(p, s)], -s.CapacityT);
            for (int i = 0; i < W.Length; i++)
            {
                if (ShipArcs[i].Plant != p) continue;
                cap.SetCoefficient(W[i], 1);
                var link = Ct(double.NegativeInfinity, 0, $"link:{ShipArcs[i].Hub.Id}/{p.Id}/{ShipArcs[i].Stream.Id}/{ShipArcs[i].Mode.Id}");
                link.SetCoefficient(W[i], 1);
                foreach (var s in p.Sizes) link.SetCoefficient(Z[(p, s)], -upper[ShipArcs[i].Stream]);
            }
        }
    }

    /// <summary>
    /// Capacity cover (Cornuéjols, Sridharan and Thizy 1991, the aggregate capacity row of the CFLP): Σ_j Σ_s cap_js z_js ≥
    /// the tonnes the hubs must take in (Σ_m rate_m · Σ_i q_im), and the same for the plants with the hubs' output
    /// (Σ_m rate_m · yield_m · Σ_i q_im). Implied by the flows, so the optimum is the same; as a knapsack row over the
    /// binaries it gives the solver cover cuts, which the flows alone do not.
    /// </summary>
    private void AddCapacityCover()
    {
        double hubs = 0, plants = 0;
        foreach (var m in _c.Streams)
        {
            double q = Math.Min(1, _c.Collection(m.Id)) * _c.Sources.Sum(s => s.Supply.GetValueOrDefault(m.Id));
            hubs += q;
            plants += q * m.HubYield;
        }
        Cover(_c.Hubs, hubs, "hub");
        Cover(_c.Plants, plants, "plant");
    }

    private void Cover(IEnumerable<Facility> sites, double tonnes, string kind)
    {
        if (!(tonnes > 0)) return;
        var ct = Ct(tonnes * (1 - 1e-9), double.PositiveInfinity, $"cover:{kind}");
        foreach (var f in sites) foreach (var s in f.Sizes) ct.SetCoefficient(Z[(f, s)], s.CapacityT);
    }

    private void AddHubCount()
    {
        int? n = _o.MaxHubs ?? _c.MaxHubs;
        if (n is null) return;
        var ct = Group("number of hubs", "max", double.NegativeInfinity, n.Value);
        foreach (var h in _c.Hubs) foreach (var s in h.Sizes) ct.SetCoefficient(Z[(h, s)], 1);
    }

    private void AddCo2Cap(double cap)
    {
        var ct = Group("CO2 cap", "net", double.NegativeInfinity, cap);
        for (int i = 0; i < X.Length; i++) ct.SetCoefficient(X[i], Coefficients.CollectCo2(_c, CollectArcs[i]));
        for (int i = 0; i < W.Length; i++) ct.SetCoefficient(W[i], Coefficients.ShipCo2(_c, ShipArcs[i]));
    }

    private void SetObjective()
    {
        var obj = Solver.Objective();
        obj.SetMinimization();
        if (_elastic)
        {
            // Supply is the requirement, the rest is what falls short of it: a supply slack costs more, so the
            // relaxation names capacity, storage or the hub limit when relaxing one of them suffices.
            foreach (var (group, slacks) in _slacks)
                foreach (var (v, _) in slacks) obj.SetCoefficient(v, group.StartsWith("supply", StringComparison.Ordinal) ? 10 : 1);
            return;
        }
        double carbon = _o.Objective == Objective.Cost ? _c.Economics.CarbonPriceJpyPerTonne : 0;
        bool co2 = _o.Objective == Objective.Co2;
        for (int i = 0; i < X.Length; i++)
            obj.SetCoefficient(X[i], _weight * (co2 ? Coefficients.CollectCo2(_c, CollectArcs[i]) : (Coefficients.CollectCost(_c, CollectArcs[i]) + carbon * Coefficients.CollectCo2(_c, CollectArcs[i])) / Scale));
        for (int i = 0; i < W.Length; i++)
            obj.SetCoefficient(W[i], _weight * (co2 ? Coefficients.ShipCo2(_c, ShipArcs[i]) : (Coefficients.ShipCost(_c, ShipArcs[i]) + carbon * Coefficients.ShipCo2(_c, ShipArcs[i])) / Scale));
        double crf = _c.Economics.CapitalRecoveryFactor;
        foreach (var ((_, s), v) in Z) obj.SetCoefficient(v, _weight * (co2 ? 0 : (s.InvestmentJpy * crf + s.FixedJpyPerYear) / Scale));
    }
}
