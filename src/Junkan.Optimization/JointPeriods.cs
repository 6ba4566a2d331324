using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>
/// The joint model of several periods, and a nested starting plan for it. The joint MILP alone found poor plans within
/// its time: 127,806 MJPY at a 9.27 % gap in 60 s on the national municipal case, 21.7 % in 20 s on Fukuoka. The start
/// relaxes the link between periods, then restores it on a few sites: the first and the last period are planned alone
/// (side by side, one core each), and the joint MILP of all periods is solved over only the site sizes that either
/// opened. That small MILP's plan is nested by "open stays open" (119,540 MJPY at the grouped level in 30 s; 600 s of
/// the joint MILP found 118,820). The joint MILP then starts from it. The restricted MILP's bound is not one of the
/// case and is never reported as one.
/// </summary>
internal static class JointPeriods
{
    /// <summary>Share of the time limit for the two periods planned alone, and for the joint MILP over their sites.</summary>
    public const double AloneShare = 0.2, CandidatesShare = 0.3;

    /// <summary>One model per period on one solver (prefix p{t}_ when several), linked by open stays open.</summary>
    /// <param name="arcs">Each period's collection arcs, or null to compute them.</param>
    public static List<NetworkModel> Joint(Solver solver, IReadOnlyList<NetworkCase> cases, IReadOnlyList<double> weights, SolveOptions o,
        IReadOnlyList<List<CollectArc>>? arcs)
    {
        var models = cases.Select((c, t) => new NetworkModel(solver, c, o, elastic: false, cases.Count > 1 ? $"p{t}_" : "", weights[t], arcs?[t])).ToList();
        for (int t = 1; t < models.Count; t++) StaysOpen(solver, models[t - 1], models[t], t);
        return models;
    }

    /// <summary>The site sizes that the first and the last period open when each is planned alone; null if either has no plan.</summary>
    public static HashSet<(string, string)>? Candidates(IReadOnlyList<NetworkCase> cases, IReadOnlyList<double> weights, SolveOptions o,
        IReadOnlyList<List<CollectArc>>? arcs, double seconds, double gap)
    {
        var alone = new[] { 0, cases.Count - 1 }.AsParallel().AsOrdered().WithDegreeOfParallelism(2)
            .Select(t => Open([cases[t]], [weights[t]], o, arcs is null ? null : [arcs[t]], seconds, gap, null)?.Open[0]).ToList();
        return alone.Any(a => a is null) ? null : alone.SelectMany(a => a!).ToHashSet();
    }

    /// <summary>
    /// The joint MILP (over only <paramref name="candidates"/> if given): every variable's value in model order (z, x, w
    /// of each period, for a hint), the open site sizes per period and the objective (JPY); null without a plan.
    /// </summary>
    public static (double[] Values, List<HashSet<(string, string)>> Open, double Objective)? Open(IReadOnlyList<NetworkCase> cases, IReadOnlyList<double> weights,
        SolveOptions o, IReadOnlyList<List<CollectArc>>? arcs, double seconds, double gap, HashSet<(string, string)>? candidates)
    {
        using var solver = NetworkSolver.CreateSolver(out _);
        var models = Joint(solver, cases, weights, o, arcs);
        if (candidates is not null) foreach (var m in models) m.CloseAllBut(candidates);
        var status = NetworkSolver.Run(solver, seconds, gap);
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE)) return null;
        return (Variables(models).Select(v => v.SolutionValue()).ToArray(), models.Select(m => m.OpenSizes()).ToList(), solver.Objective().Value());
    }

    /// <summary>The nested start of the full joint MILP (a case small enough for it): every variable's value, and what it was; or null.</summary>
    public static (double[] Values, NestedStart Start)? ForJoint(IReadOnlyList<NetworkCase> cases, IReadOnlyList<double> weights, SolveOptions o, Stopwatch watch)
    {
        var clock = Stopwatch.StartNew();
        if (Candidates(cases, weights, o, null, Seconds(o, watch, AloneShare), o.RelativeGap) is not { } candidates) return null;
        if (Open(cases, weights, o, null, Seconds(o, watch, CandidatesShare), o.RelativeGap, candidates) is not { } joint) return null;
        return (joint.Values, new NestedStart(candidates.Count, clock.Elapsed.TotalSeconds, joint.Objective));
    }

    /// <summary>A share of the time limit, at most the time left (at least 0.5 s).</summary>
    public static double Seconds(SolveOptions o, Stopwatch watch, double share) => Math.Min(Left(o, watch), Math.Max(0.5, o.TimeLimitSeconds * share));

    /// <summary>Seconds left of the time limit (at least 0.5 s, so that a late step still gets a solve).</summary>
    public static double Left(SolveOptions o, Stopwatch watch) => Math.Max(0.5, o.TimeLimitSeconds - watch.Elapsed.TotalSeconds);

    /// <summary>z(f,s,t) − z(f,s,t−1) ≥ 0: open stays open at the same size.</summary>
    internal static void StaysOpen(Solver solver, NetworkModel before, NetworkModel after, int t)
    {
        foreach (var ((site, size), v) in after.Z)
        {
            var prev = before.Z.First(kv => kv.Key.Site.Id == site.Id && kv.Key.Size.Name == size.Name).Value;
            var ct = solver.MakeConstraint(0, double.PositiveInfinity, $"stays_open:{site.Id}/{size.Name}/{t}");
            ct.SetCoefficient(v, 1);
            ct.SetCoefficient(prev, -1);
        }
    }

    /// <summary>z, x and w of every period in model order (the order of <see cref="Open"/>'s values).</summary>
    public static IEnumerable<Variable> Variables(IEnumerable<NetworkModel> models) => models.SelectMany(m => m.Z.Values.Concat(m.X).Concat(m.W));
}
