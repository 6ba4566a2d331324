using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>The lowest-CO2 plan (<see cref="ParetoFront.Lowest"/>) and the CO2 cap (t CO2e/y) of its second stage, null without a plan.</summary>
public sealed record LowestCo2(NetworkPlan Plan, double? Cap);

/// <summary>One point of the cost–CO2 front: cost without the carbon price (JPY/y), net CO2e (t/y), the cap used and the plan.</summary>
public sealed record ParetoPoint(double CostJpy, double Co2Tonnes, double? Co2Cap, NetworkPlan Plan);

/// <summary>
/// The cost–CO2 Pareto front by the ε-constraint method: the cheapest plan (E_max), the lowest-CO2 plan (E_min), and
/// K−2 plans in between, each the cheapest with net CO2e ≤ ε_k = E_max − k(E_max − E_min)/(K−1); the last point is
/// <see cref="Greenest"/>, the cheapest of the lowest-CO2 plans. When the cheapest plan is already a lowest-CO2 one
/// (<see cref="Conflict"/> false), cost and CO2 do not conflict and the front is that one point.
/// </summary>
public static class ParetoFront
{
    /// <param name="cheapest">The cheapest plan without the carbon price if the caller has solved it already (the cost plan at a carbon price of 0); else solved here.</param>
    /// <param name="lowest">The lowest-CO2 plan (<see cref="Lowest"/>) if the caller has solved it already; else solved here.</param>
    public static IReadOnlyList<ParetoPoint> Compute(NetworkCase c, int points, SolveOptions o, NetworkPlan? cheapest = null, LowestCo2? lowest = null)
    {
        if (points < 2) throw new ArgumentOutOfRangeException(nameof(points), points, "a Pareto front needs at least 2 points (cost and CO2)");
        cheapest ??= NetworkSolver.Solve(c, o with { Objective = Objective.CostWithoutCarbon, Co2Cap = null });
        if (!cheapest.Report.HasPlan) return [new ParetoPoint(double.NaN, double.NaN, null, cheapest)];
        var (greenest, cap) = lowest ?? Lowest(c, o);
        // Without a lowest-CO2 plan (its time ran out) there is no E_min to space the caps by: the front is its two ends.
        if (!greenest.Report.HasPlan) return [Point(c, cheapest, null), Point(c, greenest, null)];
        double eMax = PlanAccounting.Co2(c, cheapest).Net, eMin = PlanAccounting.Co2(c, greenest).Net;
        var result = new List<ParetoPoint> { Point(c, cheapest, null) };
        if (!Conflict(eMax, eMin)) return result;
        for (int k = 1; k < points - 1; k++)
        {
            double eps = eMax - k * (eMax - eMin) / (points - 1);
            result.Add(Point(c, NetworkSolver.Solve(c, o with { Objective = Objective.CostWithoutCarbon, Co2Cap = eps }), eps));
        }
        result.Add(Point(c, greenest, cap));
        return result;
    }

    /// <summary>Whether cost and CO2 conflict: the cheapest plan emits more than the lowest-CO2 plan by more than 1e-9 relative (else the front is one point).</summary>
    public static bool Conflict(double eMax, double eMin) => eMax - eMin > 1e-9 * Math.Max(1, Math.Abs(eMax));

    /// <summary>
    /// The lowest-CO2 plan, lexicographically: (1) minimise net CO2e (t/y), which leaves cost free (a site that adds no
    /// CO2 would open at random); (2) the cheapest plan (without the carbon price) with net CO2e ≤ stage 1's, a tiny
    /// tolerance keeping it feasible. The report is stage 1's (objective, bound and gap in t CO2e/y; seconds of both
    /// stages); the flows are stage 2's, or stage 1's if stage 2 finds no plan within its time.
    /// </summary>
    public static NetworkPlan Greenest(NetworkCase c, SolveOptions o) => Lowest(c, o).Plan;

    /// <summary>The lowest-CO2 plan of <see cref="Greenest"/> with the cap (t CO2e/y) of its second stage (null without a plan).</summary>
    public static LowestCo2 Lowest(NetworkCase c, SolveOptions o)
    {
        var first = NetworkSolver.Solve(c, o with { Objective = Objective.Co2, Co2Cap = null });
        var report = first.Report with { Minimised = PlanObjective.Co2 };
        if (!first.Report.HasPlan) return new(first with { Report = report }, null);
        double eMin = PlanAccounting.Co2(c, first).Net, cap = eMin + 1e-6 * Math.Max(1, Math.Abs(eMin));
        var second = NetworkSolver.Solve(c, o with { Objective = Objective.CostWithoutCarbon, Co2Cap = cap });
        var plan = second.Report.HasPlan ? second : first;
        return new(plan with { Report = report with { Seconds = first.Report.Seconds + second.Report.Seconds } }, cap);
    }

    private static ParetoPoint Point(NetworkCase c, NetworkPlan plan, double? cap) =>
        plan.Report.HasPlan ? new ParetoPoint(PlanAccounting.Cost(c, plan, withCarbon: false).Total, PlanAccounting.Co2(c, plan).Net, cap, plan)
            : new ParetoPoint(double.NaN, double.NaN, cap, plan);
}
