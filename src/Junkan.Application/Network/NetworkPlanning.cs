using Junkan.Core.Inputs;
using Junkan.Core.Network;
using Junkan.Data.Network;
using Junkan.Optimization;

namespace Junkan.Application.Network;

/// <summary>
/// A network request: the case file, an optional hub limit and carbon price (JPY/t CO2e) that override the case's,
/// the number of Pareto points (0 = none; otherwise at least 2), the solver's time limit in seconds (> 0) and single
/// sourcing (each source to one hub).
/// </summary>
public sealed record NetworkRequest(string CaseFile, int? Hubs = null, double? CarbonPrice = null, int Pareto = 0, double TimeLimitSeconds = 60,
    bool SingleSource = false)
{
    public void Check()
    {
        if (!(TimeLimitSeconds > 0) || !double.IsFinite(TimeLimitSeconds)) throw new UsageException("--time-limit", $"--time-limit {TimeLimitSeconds}: must be > 0 seconds");
        if (Hubs is < 0) throw new UsageException("--hubs", $"--hubs {Hubs}: must be >= 0");
        if (CarbonPrice is < 0 || CarbonPrice is double p && !double.IsFinite(p)) throw new UsageException("--carbon-price", $"--carbon-price {CarbonPrice}: must be >= 0 JPY/t");
        if (Pareto is 1 or < 0) throw new UsageException("--pareto", $"--pareto {Pareto}: a front needs at least 2 points (cost and CO2), or 0 for none");
        if (Pareto > 50) throw new UsageException("--pareto", $"--pareto {Pareto}: at most 50 points");
    }
}

/// <summary>The solved plan with its cost, CO2 and financial accounting, and the Pareto front if asked for.</summary>
public sealed record NetworkResult(NetworkCase Case, NetworkPlan Plan, CostBreakdown? Cost, Co2Breakdown? Co2, Financials? Financials,
    IReadOnlyList<ParetoPoint> Pareto);

/// <summary>Use case: load a network case, solve it and account for cost and CO2.</summary>
public static class NetworkPlanning
{
    public static NetworkResult Run(NetworkRequest request)
    {
        request.Check();
        var c = NetworkCaseLoader.Load(request.CaseFile);
        if (request.CarbonPrice is double cp) c = c with { Economics = c.Economics with { CarbonPriceJpyPerTonne = cp } };
        var options = new SolveOptions(TimeLimitSeconds: request.TimeLimitSeconds, MaxHubs: request.Hubs, SingleSource: request.SingleSource);
        var plan = NetworkSolver.Solve(c, options);
        var pareto = request.Pareto >= 2 && plan.Report.HasPlan ? ParetoFront.Compute(c, request.Pareto, options) : [];
        return plan.Report.HasPlan
            ? new NetworkResult(c, plan, PlanAccounting.Cost(c, plan), PlanAccounting.Co2(c, plan), PlanAccounting.Appraise(c, plan), pareto)
            : new NetworkResult(c, plan, null, null, null, pareto);
    }
}
