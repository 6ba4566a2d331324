using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>
/// Solves a network case with OR-Tools (SCIP; CBC if SCIP is missing) and says honestly how it stopped: optimal,
/// feasible with a gap (objective, bound, gap), infeasible (with the constraint groups a relaxation with slack needed)
/// or time limit without a solution.
/// </summary>
public static class NetworkSolver
{
    private static readonly string[] Backends = ["SCIP", "CBC"];

    public static NetworkPlan Solve(NetworkCase c, SolveOptions o)
    {
        o.Check();
        var problems = CaseValidation.Check(c);
        if (problems.Count > 0) throw new ArgumentException($"{problems[0].Item}:{problems[0].Field}: {problems[0].Problem}", nameof(c));
        var watch = Stopwatch.StartNew();
        if (GroupedSolver.LargeCaseArcs([c], o) is { } arcs) return GroupedSolver.Solve(c, o, watch, arcs[0]);
        using var solver = CreateSolver(out string name);
        var model = new NetworkModel(solver, c, o, elastic: false);
        var size = Size(solver, watch.Elapsed.TotalSeconds);
        var status = Run(solver, o.TimeLimitSeconds, o.RelativeGap);
        double seconds = watch.Elapsed.TotalSeconds;
        return status switch
        {
            Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE => PlanReader.Read(c, model, size(Report(solver, status, seconds, name))),
            Solver.ResultStatus.INFEASIBLE => Empty(size(new SolverReport(SolveStatus.Infeasible, null, null, null, seconds, name, Diagnose(c, o)))),
            Solver.ResultStatus.NOT_SOLVED when seconds >= o.TimeLimitSeconds * 0.95 =>
                Empty(size(new SolverReport(SolveStatus.TimeLimitNoSolution, null, Bound(solver), null, seconds, name, []))),
            _ => Empty(new SolverReport(SolveStatus.Error, null, null, null, seconds, $"{name}: {status}", [])),
        };
    }

    /// <summary>Solves with a time limit (s) and a relative MIP gap at which the solver may stop.</summary>
    internal static Solver.ResultStatus Run(Solver solver, double seconds, double gap)
    {
        solver.SetTimeLimit((long)Math.Ceiling(seconds * 1000));
        using var p = new MPSolverParameters();
        p.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, gap);
        return solver.Solve(p);
    }

    internal static Solver CreateSolver(out string name)
    {
        var forced = Environment.GetEnvironmentVariable("JUNKAN_SOLVER");
        foreach (var b in forced is { Length: > 0 } ? [forced] : Backends)
        {
            var s = Solver.CreateSolver(b);
            if (s is null) continue;
            if (Environment.GetEnvironmentVariable("JUNKAN_SOLVER_LOG") == "1") s.EnableOutput();
            name = b;
            return s;
        }
        throw new InvalidOperationException("no MILP backend (SCIP or CBC) in this OR-Tools build");
    }

    /// <summary>Stamps a report with the model's size and build time.</summary>
    internal static Func<SolverReport, SolverReport> Size(Solver s, double buildSeconds)
    {
        (int vars, int cons) = (s.NumVariables(), s.NumConstraints());
        return r => r with { Variables = vars, Constraints = cons, BuildSeconds = buildSeconds };
    }

    /// <summary>The largest relative gap reported as optimal: SCIP's default stopping gap of 1e-4 (the solve options' default).</summary>
    internal const double ProvenGap = 1.0001e-4;

    internal static SolverReport Report(Solver s, Solver.ResultStatus status, double seconds, string name)
    {
        double obj = s.Objective().Value() * NetworkModel.Scale;
        double bound = s.Objective().BestBound() * NetworkModel.Scale;
        double gap = Math.Abs(obj - bound) / Math.Max(1e-9, Math.Abs(obj));
        // SCIP says OPTIMAL when it stops at the requested gap; a plan 0.9 % from its bound is reported as feasible with that gap.
        bool optimal = status == Solver.ResultStatus.OPTIMAL && gap <= ProvenGap;
        return new SolverReport(optimal ? SolveStatus.Optimal : SolveStatus.Feasible, obj, bound, gap, seconds, name, []);
    }

    private static double? Bound(Solver s)
    {
        double b = s.Objective().BestBound();
        return double.IsFinite(b) ? b * NetworkModel.Scale : null;
    }

    private static NetworkPlan Empty(SolverReport r) => new(r, [], [], [], new Dictionary<string, double>());

    /// <summary>Solves the relaxation with slack on the groups that can bind and names those whose slack is used.</summary>
    internal static IReadOnlyList<BindingGroup> Diagnose(NetworkCase c, SolveOptions o)
    {
        using var solver = CreateSolver(out _);
        var model = new NetworkModel(solver, c, o, elastic: true);
        solver.SetTimeLimit((long)Math.Ceiling(o.TimeLimitSeconds * 1000));
        var status = solver.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE)) return [new BindingGroup("unknown (the relaxation did not solve)", double.NaN, [])];
        var groups = new List<BindingGroup>();
        foreach (var (group, slacks) in model.Slacks)
        {
            var used = slacks.Where(s => s.Var.SolutionValue() > 1e-6).ToList();
            if (used.Count > 0) groups.Add(new BindingGroup(group, used.Sum(s => s.Var.SolutionValue()), used.Select(s => s.Item).ToList()));
        }
        return groups.OrderByDescending(g => g.Excess).ToList();
    }
}
