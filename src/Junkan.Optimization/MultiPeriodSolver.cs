using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>
/// Solves a multi-period plan in one MILP: one copy of the network model per period (that period's supply, its
/// objective times the period's discount weight, <see cref="PlanningPeriods.Weight"/>), and z(f,s,t) ≥ z(f,s,t−1) for
/// every site and size, so that a site open in one period stays open at the same size afterwards. The objective is the
/// present value (JPY of the first year) of the annual costs: annualised investment (CRF) and fixed cost while a site is
/// open, transport, processing, minus revenue, plus the carbon price. An infeasible plan is diagnosed period by period.
/// </summary>
public static class MultiPeriodSolver
{
    public static MultiPeriodPlan Solve(IReadOnlyList<NetworkCase> cases, PlanningPeriods periods, SolveOptions o)
    {
        o.Check();
        if (cases.Count != periods.Count) throw new ArgumentException($"{cases.Count} cases for {periods.Count} periods", nameof(cases));
        if (o.Co2Cap is not null || o.Objective != Objective.Cost) throw new ArgumentException("a multi-period plan minimises cost (with the carbon price); no CO2 cap", nameof(o));
        foreach (var c in cases)
        {
            var problems = CaseValidation.Check(c);
            if (problems.Count > 0) throw new ArgumentException($"{problems[0].Item}:{problems[0].Field}: {problems[0].Problem}", nameof(cases));
        }
        var watch = Stopwatch.StartNew();
        if (GroupedSolver.LargeCaseArcs(cases, o) is { } arcs) return Grouped(cases, periods, o, watch, arcs);
        double[] weights = [.. Enumerable.Range(0, cases.Count).Select(periods.Weight)];
        var start = cases.Count > 1 ? JointPeriods.ForJoint(cases, weights, o, watch) : null;
        using var solver = NetworkSolver.CreateSolver(out string name);
        var build = Stopwatch.StartNew();
        var models = JointPeriods.Joint(solver, cases, weights, o, null);
        var size = NetworkSolver.Size(solver, build.Elapsed.TotalSeconds);
        if (start is { } s0) solver.SetHint([.. JointPeriods.Variables(models)], s0.Values);
        var status = NetworkSolver.Run(solver, JointPeriods.Left(o, watch), o.RelativeGap);
        double seconds = watch.Elapsed.TotalSeconds;
        if (status is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE)
        {
            var report = size(NetworkSolver.Report(solver, status, seconds, name)) with { Start = start?.Start };
            return new MultiPeriodPlan(report, models.Select((m, t) => new PeriodPlan(periods.Years[t], periods.Length(t), periods.Weight(t), cases[t],
                PlanReader.Read(cases[t], m, report))).ToList());
        }
        var failed = status == Solver.ResultStatus.INFEASIBLE ? Diagnose(cases, periods, o) : [];
        var st = status switch
        {
            Solver.ResultStatus.INFEASIBLE => SolveStatus.Infeasible,
            Solver.ResultStatus.NOT_SOLVED when seconds >= o.TimeLimitSeconds * 0.95 => SolveStatus.TimeLimitNoSolution,
            _ => SolveStatus.Error,
        };
        return new MultiPeriodPlan(size(new SolverReport(st, null, null, null, seconds, name, failed)), []);
    }

    private static MultiPeriodPlan Grouped(IReadOnlyList<NetworkCase> cases, PlanningPeriods periods, SolveOptions o, Stopwatch watch, List<List<CollectArc>> arcs)
    {
        var (plans, report) = GroupedSolver.SolvePeriods(cases, periods, o, watch, arcs);
        if (plans is null) return new MultiPeriodPlan(report, []);
        return new MultiPeriodPlan(report, plans.Select((p, t) => new PeriodPlan(periods.Years[t], periods.Length(t), periods.Weight(t), cases[t], p with { Report = report })).ToList());
    }

    /// <summary>The binding groups of the first period that is infeasible alone, named with its year; else the link between periods.</summary>
    private static List<BindingGroup> Diagnose(IReadOnlyList<NetworkCase> cases, PlanningPeriods periods, SolveOptions o)
    {
        for (int t = 0; t < cases.Count; t++)
        {
            var alone = NetworkSolver.Solve(cases[t], o);
            if (alone.Report.Status == SolveStatus.Infeasible)
                return alone.Report.Binding.Select(b => b with { Group = $"{periods.Years[t]}: {b.Group}" }).ToList();
        }
        return [new BindingGroup("open stays open (each period is feasible alone)", double.NaN, [])];
    }
}
