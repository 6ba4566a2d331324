namespace Junkan.Core.Network;

/// <summary>How the solver stopped.</summary>
public enum SolveStatus { Optimal, Feasible, Infeasible, TimeLimitNoSolution, Error }

/// <summary>What a plan's solve minimised: net cost (JPY/y, with the carbon price) or net CO2e (t/y).</summary>
public enum PlanObjective { Cost, Co2 }

/// <summary>
/// The solver's report: status, objective and best bound (JPY/y, as the model states them; t CO2e/y when
/// <see cref="Minimised"/> is CO2), relative gap, seconds, and for an infeasible case the constraint groups whose relaxation was needed (with the shortfall in t/y or count).
/// </summary>
public sealed record SolverReport(SolveStatus Status, double? Objective, double? Bound, double? Gap, double Seconds, string Solver,
    IReadOnlyList<BindingGroup> Binding)
{
    public bool HasPlan => Status is SolveStatus.Optimal or SolveStatus.Feasible;

    /// <summary>What the solve minimised, and so the unit of <see cref="Objective"/> and <see cref="Bound"/>.</summary>
    public PlanObjective Minimised { get; init; } = PlanObjective.Cost;

    /// <summary>Size of the MILP the solver received: variables and constraints (0 when not reported).</summary>
    public int Variables { get; init; }

    public int Constraints { get; init; }

    /// <summary>Seconds spent building the model before the solve (part of <see cref="Seconds"/>; by the aggregation bound, the full models with fixed sites).</summary>
    public double BuildSeconds { get; init; }

    /// <summary>For a case solved by the aggregation bound: its rounds of source groups (null when the full MILP was solved).</summary>
    public SourceGrouping? Grouping { get; init; }

    /// <summary>For several periods: the nested plan the joint MILP started from (null for one period or when none was found).</summary>
    public NestedStart? Start { get; init; }
}

/// <summary>
/// How a large case was solved by the aggregation bound: the grouped case's MILP gives the sites and a lower bound, the
/// full case with those sites fixed gives the plan. One round per group radius (km), with the grouped MILP's size, its
/// bound (JPY/y) and the best full plan's objective after the round.
/// </summary>
public sealed record SourceGrouping(int Sources, IReadOnlyList<GroupingRound> Rounds);

/// <summary>
/// The starting plan of a multi-period solve: the site sizes that the first and the last period open when each is planned
/// alone (<paramref name="Candidates"/>), the joint plan of all periods over only those candidates (nested: open stays
/// open), the seconds it took and that plan's objective in the full case (JPY, present value).
/// </summary>
public sealed record NestedStart(int Candidates, double Seconds, double Objective);

/// <summary>One round of <see cref="SourceGrouping"/>: radius km, groups, grouped MILP size, whether it found a plan, its bound, the best objective so far.</summary>
public sealed record GroupingRound(double RadiusKm, int Groups, int Variables, int Constraints, bool Found, double? Bound, double? BestObjective);

/// <summary>A constraint group that makes a case infeasible, e.g. "hub capacity" with the tonnes by which it was exceeded and the items.</summary>
public sealed record BindingGroup(string Group, double Excess, IReadOnlyList<string> Items);

/// <summary>An opened site and its size.</summary>
public sealed record OpenedSite(Facility Site, SizeOption Size, double InputT);

/// <summary>A flow on one arc: tonnes per year of a stream by a mode over a route distance (km).</summary>
public sealed record Flow(string From, string To, string Stream, string Mode, double Tonnes, double Km);

/// <summary>A plan: the solver report, opened sites, flows (source→hub and hub→plant) and recovered tonnes per element per plant.</summary>
public sealed record NetworkPlan(SolverReport Report, IReadOnlyList<OpenedSite> Opened, IReadOnlyList<Flow> Collection, IReadOnlyList<Flow> Shipments,
    IReadOnlyDictionary<string, double> Recovered);
