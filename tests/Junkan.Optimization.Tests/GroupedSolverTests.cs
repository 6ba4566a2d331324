using Junkan.Core.Network;
using Xunit.Abstractions;

namespace Junkan.Optimization.Tests;

/// <summary>
/// The aggregation bound (<see cref="SourceGroups"/>, <see cref="GroupedSolver"/>) on Kyushu and Okinawa by municipality,
/// which the full MILP solves to optimality: the bound must not exceed the full optimum, the plan must be one of the
/// full case (its objective the full case's cost of its own flows) and cannot beat the optimum.
/// </summary>
public sealed class GroupedSolverTests(ITestOutputHelper output)
{
    private static NetworkCase Kyushu() => SourceArcTests.Kyushu() with { MaxSourceArcs = 6 };

    [Fact]
    public void GroupsCoverEverySourceOnceShareTheirHubsAndKeepTheSupply()
    {
        var c = Kyushu();
        var arcs = Arcs.Collection(c);
        var groups = SourceGroups.Build(c, arcs, 50);
        Assert.Equal(c.Sources.Select(s => s.Id).Order(), groups.SelectMany(g => g.Members).Select(m => m.Id).Order());
        Assert.InRange(groups.Count, 10, c.Sources.Count - 1);
        var hubsOf = arcs.ToLookup(a => a.Source.Id, a => a.Stream.Id + ">" + a.Hub.Id);
        foreach (var g in groups)
        {
            var seed = g.Members.MaxBy(m => m.Supply.Values.Sum())!;
            foreach (var m in g.Members)
            {
                Assert.Equal(hubsOf[seed.Id].Order(), hubsOf[m.Id].Order());
                Assert.True(m.Point.DistanceKm(g.Site.Point) <= 50 + 1e-9, $"{m.Id} lies {m.Point.DistanceKm(g.Site.Point):N1} km from its group's seed");
            }
            foreach (var stream in c.Streams)
                Assert.Equal(g.Members.Sum(m => m.Supply.GetValueOrDefault(stream.Id)), g.Site.Supply.GetValueOrDefault(stream.Id), 1e-9);
        }
        var grouped = SourceGroups.Arcs(groups, arcs);
        Assert.Equal(arcs.Sum(a => a.Supply), grouped.Sum(a => a.Supply), 1e-6);
        Assert.True(grouped.All(a => a.Km <= groups.First(g => g.Site.Id == a.Source.Id).Members.Max(m => c.TruckKm(m, a.Hub)) + 1e-9));
    }

    [Fact]
    public void TheBoundLiesBelowTheFullOptimumAndThePlanAboveIt()
    {
        var c = Kyushu();
        var full = NetworkSolver.Solve(c, new SolveOptions(TimeLimitSeconds: 120, RelativeGap: 1e-6)).Report;
        Assert.Equal(SolveStatus.Optimal, full.Status);
        var plan = NetworkSolver.Solve(c, new SolveOptions(TimeLimitSeconds: 60, RelativeGap: 1e-6, GroupSourcesAbove: 0, GroupRadiusKm: 50));
        var r = plan.Report;
        output.WriteLine($"full optimum {full.Objective:N0}; grouped plan {r.Objective:N0}, bound {r.Bound:N0}, gap {r.Gap:P3}; rounds: "
            + string.Join("; ", r.Grouping!.Rounds.Select(x => $"{x.RadiusKm} km {x.Groups} groups bound {x.Bound:N0}")));
        Assert.True(r.HasPlan);
        Assert.True(r.Bound <= full.Objective + 1e-6 * Math.Abs(full.Objective!.Value), $"bound {r.Bound:N0} above the optimum {full.Objective:N0}");
        Assert.True(r.Objective >= full.Objective - 1e-6 * Math.Abs(full.Objective.Value), $"plan {r.Objective:N0} below the optimum {full.Objective:N0}");
        Assert.Equal(r.Gap!.Value, (r.Objective!.Value - r.Bound!.Value) / Math.Abs(r.Objective.Value), 1e-9);
        // The plan is the full case's: municipalities, not groups, and its cost recomputed from its own flows is the objective.
        Assert.All(plan.Collection, f => Assert.Contains(c.Sources, s => s.Id == f.From));
        Assert.Equal(r.Objective.Value, PlanAccounting.Cost(c, plan).Total, 1e-6 * Math.Abs(r.Objective.Value));
        foreach (var s in c.Sources)
            foreach (var (stream, q) in s.Supply)
                Assert.True(plan.Collection.Where(f => f.From == s.Id && f.Stream == stream).Sum(f => f.Tonnes) <= q + 1e-6);
        foreach (var m in c.Streams)
            Assert.True(plan.Collection.Where(f => f.Stream == m.Id).Sum(f => f.Tonnes) >= c.Collection(m.Id) * c.Sources.Sum(s => s.Supply.GetValueOrDefault(m.Id)) - 1e-6);
    }

    [Fact]
    public void AMultiPeriodPlanByGroupsKeepsItsSitesOpenAndItsBoundBelowTheJointOptimum()
    {
        var c = Kyushu();
        NetworkCase[] cases = [Scaled(c, 0.5), c, Scaled(c, 1.5)];
        var periods = PlanningPeriods.Of([2030, 2035, 2040], 0.05);
        var joint = MultiPeriodSolver.Solve(cases, periods, new SolveOptions(TimeLimitSeconds: 120, RelativeGap: 1e-4));
        var grouped = MultiPeriodSolver.Solve(cases, periods, new SolveOptions(TimeLimitSeconds: 60, RelativeGap: 1e-4, GroupSourcesAbove: 0, GroupRadiusKm: 50));
        output.WriteLine($"joint {joint.Report.Status} {joint.Report.Objective:N0} (bound {joint.Report.Bound:N0}); grouped {grouped.Report.Objective:N0}, bound {grouped.Report.Bound:N0}");
        Assert.True(joint.Report.HasPlan && grouped.Report.HasPlan);
        Assert.True(grouped.Report.Bound <= joint.Report.Objective + 1e-6 * Math.Abs(joint.Report.Objective!.Value));
        Assert.True(grouped.Report.Objective >= joint.Report.Bound - 1e-6 * Math.Abs(joint.Report.Objective.Value));
        for (int t = 1; t < 3; t++)
            foreach (var site in grouped.Periods[t - 1].Plan.Opened)
                Assert.Contains(grouped.Periods[t].Plan.Opened, s => s.Site.Id == site.Site.Id && s.Size.Name == site.Size.Name);
        Assert.Equal(grouped.Report.Objective!.Value, grouped.Periods.Sum(p => p.Weight * PlanAccounting.Cost(p.Case, p.Plan).Total), 1e-6 * Math.Abs(grouped.Report.Objective.Value));
        var start = grouped.Report.Start;
        Assert.NotNull(start);
        Assert.InRange(start.Candidates, 1, c.Hubs.Concat(c.Plants).Sum(f => f.Sizes.Count));
        Assert.True(start.Objective >= grouped.Report.Objective.Value - 1e-6 * Math.Abs(start.Objective), "the plan is the nested start or better");
        Assert.True(start.Objective >= joint.Report.Bound - 1e-6 * Math.Abs(start.Objective), "the start is a plan of the case, above its bound");
    }

    [Fact]
    public void WhenTheFirstAndLastPeriodsSitesCannotServeTheMiddleOneThePlanIsStillFoundWithoutANestedStart()
    {
        var c = Kyushu();
        // Okinawa's damaged packs may not travel to Kyushu (hazard distance): only the middle period has them, so the
        // sites the first and last periods open alone cannot serve it and the joint plan over them is infeasible.
        var mainland = c with { Sources = c.Sources.Select(s => s.Id.StartsWith("muni-47", StringComparison.Ordinal) ? s with { Supply = s.Supply.ToDictionary(kv => kv.Key, _ => 0.0) } : s).ToList() };
        NetworkCase[] cases = [mainland, c, mainland];
        var periods = PlanningPeriods.Of([2030, 2035, 2040], 0.05);
        var grouped = MultiPeriodSolver.Solve(cases, periods, new SolveOptions(TimeLimitSeconds: 30, RelativeGap: 1e-3, GroupSourcesAbove: 0, GroupRadiusKm: 50));
        output.WriteLine($"grouped {grouped.Report.Status} {grouped.Report.Objective:N0}, bound {grouped.Report.Bound:N0}, start {grouped.Report.Start}");
        Assert.True(grouped.Report.HasPlan);
        Assert.Null(grouped.Report.Start);
        foreach (var p in grouped.Periods)
            foreach (var m in p.Case.Streams)
                Assert.True(p.Plan.Collection.Where(f => f.Stream == m.Id).Sum(f => f.Tonnes) >= p.Case.Sources.Sum(s => s.Supply.GetValueOrDefault(m.Id)) * p.Case.Collection(m.Id) - 1e-3);
        Assert.Contains(grouped.Periods[1].Plan.Collection, f => f.From.StartsWith("muni-47", StringComparison.Ordinal) && f.Tonnes > 0);
    }

    [Fact]
    public void AnInfeasibleLargeCaseSaysSoAndNamesTheBindingGroup()
    {
        // Hubs of 1 t cannot take half the intact packs: the grouped relaxation is infeasible, so the full case is.
        var c = Kyushu();
        c = c with { Hubs = c.Hubs.Select(h => h with { Sizes = h.Sizes.Select(s => s with { CapacityT = 1 }).ToList() }).ToList() };
        var r = NetworkSolver.Solve(c, new SolveOptions(TimeLimitSeconds: 30, GroupSourcesAbove: 0)).Report;
        Assert.Equal(SolveStatus.Infeasible, r.Status);
        Assert.Contains(r.Binding, b => b.Group == "hub capacity");
    }

    private static NetworkCase Scaled(NetworkCase c, double k) =>
        c with { Sources = c.Sources.Select(s => s with { Supply = s.Supply.ToDictionary(kv => kv.Key, kv => kv.Value * k) }).ToList() };
}
