namespace Junkan.Optimization;

/// <summary>What the model minimises: cost with the carbon price, cost without it (for the Pareto front), or net CO2e.</summary>
public enum Objective { Cost, CostWithoutCarbon, Co2 }

/// <summary>
/// Solve settings: objective, time limit (seconds, > 0), relative MIP gap at which the solver may stop (default 1e-4),
/// an optional cap on net CO2e (t/y; the ε of the ε-constraint method), an optional hub limit that overrides the case's,
/// single sourcing (each source sends all its streams to one hub), and the number of collection arcs above which the
/// strong links are aggregated by groups of sources (the MILP optimum is the same; the LP is smaller and weaker); above
/// <c>GroupSourcesAbove</c> collection arcs the case is solved by the aggregation bound (<see cref="GroupedSolver"/>) with
/// source groups of <c>GroupRadiusKm</c> at first.
/// </summary>
public sealed record SolveOptions(Objective Objective = Objective.Cost, double TimeLimitSeconds = 60, double RelativeGap = 1e-4,
    double? Co2Cap = null, int? MaxHubs = null, bool SingleSource = false, int AggregateLinksAbove = 20_000,
    int GroupSourcesAbove = 10_000, double GroupRadiusKm = 100)
{
    public void Check()
    {
        if (!(TimeLimitSeconds > 0) || !double.IsFinite(TimeLimitSeconds)) throw new ArgumentOutOfRangeException(nameof(TimeLimitSeconds), TimeLimitSeconds, "the time limit must be > 0 seconds");
        if (RelativeGap is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(RelativeGap), RelativeGap, "the gap must lie in [0, 1)");
        if (!(GroupRadiusKm > 0) || !double.IsFinite(GroupRadiusKm)) throw new ArgumentOutOfRangeException(nameof(GroupRadiusKm), GroupRadiusKm, "the group radius must be > 0 km");
        if (MaxHubs is < 0) throw new ArgumentOutOfRangeException(nameof(MaxHubs), MaxHubs, "the hub limit must be >= 0");
    }
}
