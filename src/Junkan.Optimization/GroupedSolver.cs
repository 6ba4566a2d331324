using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>
/// Solves a case too large for the full MILP within its time limit by the aggregation bound of <see cref="SourceGroups"/>:
/// (1) the grouped case's MILP gives the sites to open and a lower bound (its solver bound; valid for the full case);
/// (2) the full case with those sites fixed is an LP over the flows, whose optimum is a plan of the full case and an
/// upper bound; the gap is (upper − lower) / |upper|. While the gap is above the target and time is left, the radius is
/// halved and both steps repeat, the grouped MILP starting from the best plan so far; the best plan and the highest
/// bound are kept. The plan is always one of the full case (every municipality's own flows and distances); only the
/// bound comes from the groups. A multi-period plan is the same with one model per period, linked as in
/// <see cref="MultiPeriodSolver"/>; with the sites fixed its periods are independent LPs.
/// </summary>
internal static class GroupedSolver
{
    /// <summary>Share of the time left that a round's grouped MILP may use; the rest is for the fixed-site LPs and later rounds.</summary>
    private const double GroupedShare = 0.8;

    /// <summary>
    /// The grouped MILP stops at a fifth of the target gap: its own gap adds to the aggregation error in the final gap
    /// (national municipal case, measured: stopping at half the target left 1.09 %, at a fifth 0.61 %, in 34 s).
    /// </summary>
    private const double GroupedGapShare = 0.2;

    /// <summary>
    /// The collection arcs of every case if the aggregation bound applies, else null: when a case has more than
    /// <see cref="SolveOptions.GroupSourcesAbove"/> arcs, and not with single sourcing (one hub per group is no relaxation
    /// of one hub per member, so the bound would not hold).
    /// </summary>
    public static List<List<CollectArc>>? LargeCaseArcs(IReadOnlyList<NetworkCase> cases, SolveOptions o)
    {
        if (o.SingleSource) return null;
        var arcs = cases.Select(Arcs.Collection).ToList();
        return arcs.Any(a => a.Count > o.GroupSourcesAbove) ? arcs : null;
    }

    public static NetworkPlan Solve(NetworkCase c, SolveOptions o, Stopwatch watch, List<CollectArc> arcs)
    {
        var (plans, report) = Run([c], [1.0], o, watch, [arcs]);
        return plans is null ? new NetworkPlan(report, [], [], [], new Dictionary<string, double>()) : plans[0] with { Report = report };
    }

    /// <summary>The multi-period plan by the aggregation bound (see the class comment).</summary>
    public static (IReadOnlyList<NetworkPlan>? Plans, SolverReport Report) SolvePeriods(IReadOnlyList<NetworkCase> cases, PlanningPeriods periods,
        SolveOptions o, Stopwatch watch, List<List<CollectArc>> arcs) => Run(cases, [.. Enumerable.Range(0, cases.Count).Select(periods.Weight)], o, watch, arcs);

    private static (IReadOnlyList<NetworkPlan>? Plans, SolverReport Report) Run(IReadOnlyList<NetworkCase> cases, double[] weights, SolveOptions o, Stopwatch watch,
        List<List<CollectArc>> arcs)
    {
        double radius = o.GroupRadiusKm, lower = double.NegativeInfinity;
        (List<NetworkPlan> Plans, double Upper)? best = null;
        var rounds = new List<GroupingRound>();
        NestedStart? start = null;
        while (true)
        {
            var groups = cases.Select((c, t) => SourceGroups.Build(c, arcs[t], radius)).ToList();
            if (cases.Count > 1 && rounds.Count == 0) (best, start) = Nested(cases, weights, o, groups, arcs, watch);
            var (open, bound, size, infeasible) = SolveGrouped(cases, weights, o, groups, arcs, JointPeriods.Left(o, watch) * GroupedShare, best?.Plans);
            if (infeasible) return Infeasible(cases, groups, o, watch);
            if (bound is double b) lower = Math.Max(lower, b);
            best = Better(best, open is null ? null : Fixed(cases, weights, o, arcs, open, watch));
            rounds.Add(new GroupingRound(radius, groups[0].Count, size.Vars, size.Cons, open is not null, bound, best?.Upper));
            double gap = best is null ? double.PositiveInfinity : Gap(best.Value.Upper, lower);
            if (gap <= o.RelativeGap || JointPeriods.Left(o, watch) < o.TimeLimitSeconds * 0.15 || groups[0].Count == cases[0].Sources.Count) break;
            radius /= 2;
        }
        return Report(cases[0], best, lower, rounds, start, watch.Elapsed.TotalSeconds);
    }

    private static (List<NetworkPlan> Plans, double Upper)? Better((List<NetworkPlan> Plans, double Upper)? a, (List<NetworkPlan> Plans, double Upper)? b) =>
        b is { } y && (a is not { } x || y.Upper < x.Upper) ? b : a;

    private static double Gap(double upper, double lower) => double.IsFinite(lower) ? Math.Max(0, upper - lower) / Math.Max(1e-9, Math.Abs(upper)) : double.PositiveInfinity;

    /// <summary>
    /// The nested start (<see cref="JointPeriods"/>) on the grouped case: its plan's sites fixed in the full case give the
    /// first plan, and the first round's grouped MILP starts from it. Null when a step finds no plan.
    /// </summary>
    private static ((List<NetworkPlan> Plans, double Upper)? Best, NestedStart? Start) Nested(IReadOnlyList<NetworkCase> cases, double[] weights,
        SolveOptions o, List<List<SourceGroup>> groups, List<List<CollectArc>> arcs, Stopwatch watch)
    {
        var clock = Stopwatch.StartNew();
        var (grouped, groupArcs) = Grouped(cases, groups, arcs);
        double gap = o.RelativeGap * GroupedGapShare;
        var candidates = JointPeriods.Candidates(grouped, weights, o, groupArcs, JointPeriods.Seconds(o, watch, JointPeriods.AloneShare), gap);
        if (candidates is null) return (null, null);
        var joint = JointPeriods.Open(grouped, weights, o, groupArcs, JointPeriods.Seconds(o, watch, JointPeriods.CandidatesShare), gap, candidates);
        if (joint is null || Fixed(cases, weights, o, arcs, joint.Value.Open, watch) is not { } plan) return (null, null);
        return (plan, new NestedStart(candidates.Count, clock.Elapsed.TotalSeconds, plan.Upper));
    }

    /// <summary>The grouped cases (one source per group) and their collection arcs.</summary>
    private static (List<NetworkCase> Cases, List<List<CollectArc>> Arcs) Grouped(IReadOnlyList<NetworkCase> cases, List<List<SourceGroup>> groups, List<List<CollectArc>> arcs) =>
        (cases.Select((c, t) => c with { Sources = groups[t].Select(g => g.Site).ToList() }).ToList(), groups.Select((g, t) => SourceGroups.Arcs(g, arcs[t])).ToList());

    /// <summary>The grouped MILP: the open sites of its best plan per period (null if none) and its bound (null if none).</summary>
    private static (List<HashSet<(string, string)>>? Open, double? Bound, (int Vars, int Cons) Size, bool Infeasible) SolveGrouped(IReadOnlyList<NetworkCase> cases,
        double[] weights, SolveOptions o, List<List<SourceGroup>> groups, List<List<CollectArc>> arcs, double seconds, List<NetworkPlan>? start)
    {
        using var solver = NetworkSolver.CreateSolver(out _);
        var (grouped, groupArcs) = Grouped(cases, groups, arcs);
        var models = JointPeriods.Joint(solver, grouped, weights, o, groupArcs);
        var size = (solver.NumVariables(), solver.NumConstraints());
        if (start is not null) Hint(models, groups, start);
        var status = NetworkSolver.Run(solver, seconds, o.RelativeGap * GroupedGapShare);
        bool plan = status is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE;
        double bound = solver.Objective().BestBound();
        return (plan ? models.Select(m => m.OpenSizes()).ToList() : null, plan && Math.Abs(bound) < 1e19 ? bound : null, size, status == Solver.ResultStatus.INFEASIBLE);
    }

    /// <summary>
    /// The grouped case is a relaxation of the full one, so if it has no plan neither has the full case. The binding
    /// groups come from the grouped case's elastic relaxation (each period's for several), named by hub, plant or group seed.
    /// </summary>
    private static (IReadOnlyList<NetworkPlan>? Plans, SolverReport Report) Infeasible(IReadOnlyList<NetworkCase> cases, List<List<SourceGroup>> groups,
        SolveOptions o, Stopwatch watch)
    {
        var binding = new List<BindingGroup>();
        for (int t = 0; t < cases.Count; t++)
        {
            var found = NetworkSolver.Diagnose(cases[t] with { Sources = groups[t].Select(g => g.Site).ToList() }, o);
            binding.AddRange(cases.Count == 1 ? found : found.Select(g => g with { Group = $"period {t + 1}: {g.Group}" }));
        }
        return (null, new SolverReport(SolveStatus.Infeasible, null, null, null, watch.Elapsed.TotalSeconds, "SCIP (grouped)", binding));
    }

    /// <summary>Starts the grouped MILP from the best plan so far: each member's flows onto its group.</summary>
    private static void Hint(List<NetworkModel> models, List<List<SourceGroup>> groups, List<NetworkPlan> start)
    {
        var vars = new List<Variable>();
        var values = new List<double>();
        for (int t = 0; t < models.Count; t++)
        {
            var groupOf = groups[t].SelectMany(g => g.Members.Select(m => (m.Id, Group: g.Site.Id))).ToDictionary(x => x.Id, x => x.Group);
            var (v, x) = models[t].HintValues(start[t], id => groupOf[id]);
            vars.AddRange(v);
            values.AddRange(x);
        }
        models[0].Solver.SetHint([.. vars], [.. values]);
    }

    /// <summary>The full case with the given sites open, period by period: LPs over the flows. Null if one has no plan.</summary>
    private static (List<NetworkPlan> Plans, double Upper)? Fixed(IReadOnlyList<NetworkCase> cases, double[] weights, SolveOptions o,
        List<List<CollectArc>> arcs, List<HashSet<(string, string)>> open, Stopwatch watch)
    {
        var plans = new List<NetworkPlan>();
        double upper = 0;
        for (int t = 0; t < cases.Count; t++)
        {
            var build = Stopwatch.StartNew();
            using var solver = NetworkSolver.CreateSolver(out string name);
            var model = new NetworkModel(solver, cases[t], o, elastic: false, weight: weights[t], collectArcs: arcs[t]);
            model.Fix(open[t]);
            var size = NetworkSolver.Size(solver, build.Elapsed.TotalSeconds);
            var status = NetworkSolver.Run(solver, JointPeriods.Left(o, watch), 1e-9);
            if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE)) return null;
            upper += solver.Objective().Value();
            plans.Add(PlanReader.Read(cases[t], model, size(new SolverReport(SolveStatus.Feasible, solver.Objective().Value(), null, null, 0, name, []))));
        }
        return (plans, upper);
    }

    private static (IReadOnlyList<NetworkPlan>? Plans, SolverReport Report) Report(NetworkCase c, (List<NetworkPlan> Plans, double Upper)? best,
        double lower, List<GroupingRound> rounds, NestedStart? start, double seconds)
    {
        var grouping = new SourceGrouping(c.Sources.Count, rounds);
        double? bound = double.IsFinite(lower) ? lower : null;
        if (best is not { } b)
            return (null, new SolverReport(SolveStatus.TimeLimitNoSolution, null, bound, null, seconds, "SCIP (grouped)", []) { Grouping = grouping });
        double gap = Gap(b.Upper, lower);
        var first = b.Plans[0].Report;
        var report = new SolverReport(gap < 1e-6 ? SolveStatus.Optimal : SolveStatus.Feasible, b.Upper, bound, double.IsFinite(gap) ? gap : null, seconds, first.Solver, [])
        {
            Variables = b.Plans.Sum(p => p.Report.Variables),
            Constraints = b.Plans.Sum(p => p.Report.Constraints),
            BuildSeconds = b.Plans.Sum(p => p.Report.BuildSeconds),
            Grouping = grouping,
            Start = start,
        };
        return (b.Plans, report);
    }
}
