using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>One point of the cost–CO2 front: cost without the carbon price (JPY/y), net CO2e (t/y), the cap used and the plan.</summary>
public sealed record ParetoPoint(double CostJpy, double Co2Tonnes, double? Co2Cap, NetworkPlan Plan);

/// <summary>
/// The cost–CO2 Pareto front by the ε-constraint method: the cheapest plan (E_max), the lowest-CO2 plan (E_min), and
/// K−2 plans in between, each the cheapest with net CO2e ≤ ε_k = E_max − k(E_max − E_min)/(K−1).
/// </summary>
public static class ParetoFront
{
    public static IReadOnlyList<ParetoPoint> Compute(NetworkCase c, int points, SolveOptions o)
    {
        if (points < 2) throw new ArgumentOutOfRangeException(nameof(points), points, "a Pareto front needs at least 2 points (cost and CO2)");
        var cheapest = NetworkSolver.Solve(c, o with { Objective = Objective.CostWithoutCarbon, Co2Cap = null });
        if (!cheapest.Report.HasPlan) return [new ParetoPoint(double.NaN, double.NaN, null, cheapest)];
        var greenest = NetworkSolver.Solve(c, o with { Objective = Objective.Co2, Co2Cap = null });
        double eMax = PlanAccounting.Co2(c, cheapest).Net, eMin = PlanAccounting.Co2(c, greenest).Net;
        var result = new List<ParetoPoint> { Point(c, cheapest, null) };
        for (int k = 1; k < points; k++)
        {
            // The last point re-solves at ε = E_min for the cheapest of the lowest-CO2 plans (a tiny tolerance keeps it feasible).
            double eps = k == points - 1 ? eMin + 1e-6 * Math.Max(1, Math.Abs(eMin)) : eMax - k * (eMax - eMin) / (points - 1);
            result.Add(Point(c, NetworkSolver.Solve(c, o with { Objective = Objective.CostWithoutCarbon, Co2Cap = eps }), eps));
        }
        return result;
    }

    private static ParetoPoint Point(NetworkCase c, NetworkPlan plan, double? cap) =>
        plan.Report.HasPlan ? new ParetoPoint(PlanAccounting.Cost(c, plan, withCarbon: false).Total, PlanAccounting.Co2(c, plan).Net, cap, plan)
            : new ParetoPoint(double.NaN, double.NaN, cap, plan);
}
