using Junkan.Core.Inputs;
using Junkan.Core.Network;
using Junkan.Data.Network;
using Junkan.Optimization;

namespace Junkan.Application.Network;

/// <summary>What a network request asks for: the cheapest plan, the lowest-CO2 plan, or the cheapest plan with the cost–CO2 front.</summary>
public enum NetworkObjective { Cost, Co2, Pareto }

/// <summary>
/// A network request: the case file, an optional hub limit and carbon price (JPY/t CO2e) that override the case's,
/// the number of Pareto points (0 = none; otherwise at least 2; <see cref="NetworkObjective.Pareto"/> without a number
/// takes <see cref="NetworkPlanning.DefaultParetoPoints"/>), the solver's time limit in seconds (> 0), single sourcing
/// (each source to one hub), the supply year (default: the case's national-supply year), whether to solve the case's
/// periods jointly (multi-period plan) and the objective.
/// </summary>
public sealed record NetworkRequest(string CaseFile, int? Hubs = null, double? CarbonPrice = null, int Pareto = 0, double TimeLimitSeconds = 60,
    bool SingleSource = false, int? Year = null, bool Periods = false, NetworkObjective Objective = NetworkObjective.Cost)
{
    /// <summary>The number of Pareto points to compute (0 = no front).</summary>
    public int ParetoPoints => Pareto == 0 && Objective == NetworkObjective.Pareto ? NetworkPlanning.DefaultParetoPoints : Pareto;

    public void Check()
    {
        if (Objective == NetworkObjective.Co2 && Periods) throw new UsageException("--objective", "--objective co2 --periods: the multi-period plan minimises cost (with the carbon price); set --carbon-price to weigh CO2");
        if (!(TimeLimitSeconds > 0) || !double.IsFinite(TimeLimitSeconds)) throw new UsageException("--time-limit", $"--time-limit {TimeLimitSeconds}: must be > 0 seconds");
        if (Hubs is < 0) throw new UsageException("--hubs", $"--hubs {Hubs}: must be >= 0");
        if (CarbonPrice is < 0 || CarbonPrice is double p && !double.IsFinite(p)) throw new UsageException("--carbon-price", $"--carbon-price {CarbonPrice}: must be >= 0 JPY/t");
        if (Pareto is 1 or < 0) throw new UsageException("--pareto", $"--pareto {Pareto}: a front needs at least 2 points (cost and CO2), or 0 for none");
        if (Pareto > 50) throw new UsageException("--pareto", $"--pareto {Pareto}: at most 50 points");
        if (Year is < 2000 or > 2100) throw new UsageException("--year", $"--year {Year}: write a year in 2000..2100");
    }
}

/// <summary>
/// The solved plan with its cost, CO2 and financial accounting, the Pareto front if asked for, what each stream's
/// national supply rests on (with the published figures it is compared with), the multi-period plan if asked for, and
/// the plan's costs per tonne beside the case's published cost figures.
/// </summary>
public sealed record NetworkResult(NetworkCase Case, NetworkPlan Plan, CostBreakdown? Cost, Co2Breakdown? Co2, Financials? Financials,
    IReadOnlyList<ParetoPoint> Pareto, IReadOnlyList<SupplyBasis>? Supply = null, MultiPeriodResult? Periods = null)
{
    public IReadOnlyList<CostCheck> CostChecks { get; init; } = [];
}

/// <summary>A multi-period plan with its appraisal and the supply basis of every period.</summary>
public sealed record MultiPeriodResult(MultiPeriodPlan Plan, MultiPeriodAppraisal? Appraisal, IReadOnlyList<SupplyBasis> Supply);

/// <summary>Use case: load a network case, take its supply from the flow systems where the case says so, solve it and account for cost and CO2.</summary>
public static class NetworkPlanning
{
    /// <summary>The objectives as a request names them (cost, co2, pareto).</summary>
    public static readonly IReadOnlyList<string> ObjectiveNames = [.. Enum.GetNames<NetworkObjective>().Select(n => n.ToLowerInvariant())];

    /// <summary>Points of the front for <see cref="NetworkObjective.Pareto"/> when the request names no number.</summary>
    public const int DefaultParetoPoints = 5;

    /// <summary>Relative MIP gap at which the multi-period solve stops.</summary>
    public const double MultiPeriodGap = 0.01;

    /// <param name="workspace">The data the flow systems come from (read only when the case takes its supply from them).</param>
    public static NetworkResult Run(NetworkRequest request, Workspace workspace)
    {
        request.Check();
        var file = NetworkCaseLoader.LoadFile(request.CaseFile);
        var ws = file.FlowSupply.Count > 0 ? workspace : null;
        if (request.Periods && file.Periods.Count == 0) throw new UsageException("--periods", $"--periods: {Path.GetFileName(request.CaseFile)} lists no 'periods' (years)");
        var (c, supply) = NetworkSupply.For(file, request.Year, ws);
        c = WithCarbon(c, request.CarbonPrice);
        var options = new SolveOptions(TimeLimitSeconds: request.TimeLimitSeconds, MaxHubs: request.Hubs, SingleSource: request.SingleSource);
        var lowest = request.Objective == NetworkObjective.Co2 ? ParetoFront.Lowest(c, options) : null;
        var plan = lowest?.Plan ?? NetworkSolver.Solve(c, options);
        // The front reuses what is solved: the lowest-CO2 plan, and the cost plan, which at a carbon price of 0 is the cheapest plan without it.
        var cheapest = lowest is null && c.Economics.CarbonPriceJpyPerTonne == 0 ? plan : null;
        var pareto = request.ParetoPoints >= 2 && plan.Report.HasPlan ? ParetoFront.Compute(c, request.ParetoPoints, options, cheapest, lowest) : [];
        // The joint multi-period model stops at a 1 % gap (the target; the report prints the gap reached).
        var periods = request.Periods ? Periods(file, ws, request, options with { RelativeGap = Math.Max(options.RelativeGap, MultiPeriodGap) }) : null;
        return plan.Report.HasPlan
            ? new NetworkResult(c, plan, PlanAccounting.Cost(c, plan), PlanAccounting.Co2(c, plan), PlanAccounting.Appraise(c, plan), pareto, supply, periods)
            {
                CostChecks = CostChecks.Of(c, plan, file.PublishedCosts),
            }
            : new NetworkResult(c, plan, null, null, null, pareto, supply, periods);
    }

    private static NetworkCase WithCarbon(NetworkCase c, double? price) =>
        price is double cp ? c with { Economics = c.Economics with { CarbonPriceJpyPerTonne = cp } } : c;

    private static MultiPeriodResult Periods(NetworkCaseFile file, Workspace? ws, NetworkRequest request, SolveOptions options)
    {
        var cases = file.Periods.Select(y => NetworkSupply.For(file, y, ws)).ToList();
        var periods = PlanningPeriods.Of(file.Periods, file.Case.Economics.DiscountRate);
        var plan = MultiPeriodSolver.Solve([.. cases.Select(x => WithCarbon(x.Case, request.CarbonPrice))], periods, options);
        var appraisal = plan.Report.HasPlan ? MultiPeriodAccounting.Appraise(plan, periods.DiscountRate) : null;
        return new MultiPeriodResult(plan, appraisal, [.. cases.SelectMany(x => x.Basis)]);
    }
}
