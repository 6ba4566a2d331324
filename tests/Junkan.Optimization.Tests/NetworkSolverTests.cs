using Junkan.Core.Network;

namespace Junkan.Optimization.Tests;

public sealed class NetworkSolverTests
{
    private static readonly SolveOptions Fast = new(TimeLimitSeconds: 20);

    [Fact]
    public void TinyCaseReachesTheHandComputedOptimum()
    {
        var plan = NetworkSolver.Solve(TinyCase.Build(), Fast);
        Assert.Equal(SolveStatus.Optimal, plan.Report.Status);
        Assert.Equal(130_000, plan.Report.Objective!.Value, 3);
        Assert.Equal(["H1", "H2", "P"], plan.Opened.Select(o => o.Site.Id).Order());
        Assert.Equal(100, plan.Collection.Single(f => f.From == "A").Tonnes, 6);
        Assert.Equal("H1", plan.Collection.Single(f => f.From == "A").To);
    }

    [Fact]
    public void OneHubAllowedGivesTheHandComputedSecondOption()
    {
        var plan = NetworkSolver.Solve(TinyCase.Build(maxHubs: 1), Fast);
        Assert.Equal(SolveStatus.Optimal, plan.Report.Status);
        Assert.Equal(215_000, plan.Report.Objective!.Value, 3);
        Assert.Single(plan.Opened, o => o.Site.Kind == FacilityKind.Hub);
    }

    [Fact]
    public void MoreHubsAllowedNeverRaisesTheOptimalCost()
    {
        double previous = double.PositiveInfinity;
        foreach (int n in new[] { 1, 2, 3 })
        {
            var plan = NetworkSolver.Solve(TinyCase.Build(maxHubs: n), Fast);
            Assert.True(plan.Report.Objective <= previous + 1e-6, $"{n} hubs: {plan.Report.Objective} > {previous}");
            previous = plan.Report.Objective!.Value;
        }
    }

    [Fact]
    public void ObjectiveEqualsTheAccountingOfThePlan()
    {
        var c = TinyCase.Build(price: 1_000_000, carbonPrice: 10_000);
        var plan = NetworkSolver.Solve(c, Fast);
        Assert.Equal(plan.Report.Objective!.Value, PlanAccounting.Cost(c, plan).Total, 3);
    }

    [Fact]
    public void MassBalanceHoldsAtEveryHub()
    {
        var c = TinyCase.Build(maxHubs: 1);
        var plan = NetworkSolver.Solve(c, Fast);
        foreach (var hub in plan.Opened.Where(o => o.Site.Kind == FacilityKind.Hub))
        {
            double input = plan.Collection.Where(f => f.To == hub.Site.Id).Sum(f => f.Tonnes);
            double output = plan.Shipments.Where(f => f.From == hub.Site.Id).Sum(f => f.Tonnes);
            Assert.Equal(c.Streams[0].HubYield * input, output, 6);
        }
        // Element balance: 200 t × 0.1 Co × 0.9 recovery = 18 t recovered.
        Assert.Equal(18, plan.Recovered["Co"], 6);
    }

    [Fact]
    public void HubCapacityBelowSupplyIsInfeasibleAndNamesTheGroup()
    {
        var plan = NetworkSolver.Solve(TinyCase.Build(hubCapacity: 50), Fast);
        Assert.Equal(SolveStatus.Infeasible, plan.Report.Status);
        var group = Assert.Single(plan.Report.Binding);
        Assert.Equal("hub capacity", group.Group);
        Assert.Equal(100, group.Excess, 4); // 200 t supply, 2 × 50 t capacity
        Assert.Empty(plan.Opened);
    }

    [Fact]
    public void HazardousStreamBeyondItsDistanceIsInfeasibleAndSaysSo()
    {
        var plan = NetworkSolver.Solve(TinyCase.Build(hazardous: true, maxHazardKm: 5), Fast);
        Assert.Equal(SolveStatus.Infeasible, plan.Report.Status);
        Assert.Equal("supply (hazardous stream)", plan.Report.Binding[0].Group);
        Assert.Equal(200, plan.Report.Binding[0].Excess, 4);
    }

    [Fact]
    public void HazardDistanceWithinReachForcesTheNearHub()
    {
        // 50 km allows only A→H1 and B→H2, so both hubs must open: with one hub allowed the hub limit binds.
        var plan = NetworkSolver.Solve(TinyCase.Build(hazardous: true, maxHazardKm: 50, maxHubs: 1), Fast);
        Assert.Equal(SolveStatus.Infeasible, plan.Report.Status);
        Assert.Equal("number of hubs", plan.Report.Binding[0].Group);
    }

    [Fact]
    public void CollectionTargetBelowOneCollectsOnlyTheTarget()
    {
        var plan = NetworkSolver.Solve(TinyCase.Build(collectionRate: 0.5), Fast);
        Assert.Equal(SolveStatus.Optimal, plan.Report.Status);
        Assert.Equal(100, plan.Collection.Sum(f => f.Tonnes), 6);
        // One hub beside its source: 5,000 + 100×10×10 + 100×50×10 = 65,000.
        Assert.Equal(65_000, plan.Report.Objective!.Value, 3);
    }

    [Fact]
    public void SingleSourcingForbidsTheSplitThatCapacityForces()
    {
        // A = 140 t, B = 60 t, hubs of 120 t: split, A sends 120 t to H1 and 20 t to H2 (20 × 100 km × 10 more):
        // 10,000 + (120×10 + 20×100 + 60×10) × 10 + 200×50×10 = 148,000. Single-sourced, A fits nowhere.
        var split = NetworkSolver.Solve(TinyCase.Build(hubCapacity: 120, supplyA: 140, supplyB: 60), Fast);
        Assert.Equal(148_000, split.Report.Objective!.Value, 3);
        var single = NetworkSolver.Solve(TinyCase.Build(hubCapacity: 120, supplyA: 140, supplyB: 60), Fast with { SingleSource = true });
        Assert.Equal(SolveStatus.Infeasible, single.Report.Status);
        Assert.Equal("hub capacity", single.Report.Binding[0].Group);
        Assert.Equal(20, single.Report.Binding[0].Excess, 4);
    }

    [Fact]
    public void SingleSourcingKeepsTheOptimumWhenNoSplitIsNeeded() =>
        Assert.Equal(130_000, NetworkSolver.Solve(TinyCase.Build(), Fast with { SingleSource = true }).Report.Objective!.Value, 3);

    [Fact]
    public void ZeroTimeLimitIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkSolver.Solve(TinyCase.Build(), new SolveOptions(TimeLimitSeconds: 0)));

    [Fact]
    public void FrontFromPlansAlreadySolvedEqualsTheFrontSolvedWhole()
    {
        // At a carbon price of 0 the cost plan is the cheapest plan without it; the caller's lowest-CO2 plan is reused.
        var c = TinyCase.Build(price: 0, collectionRate: 0.5);
        var whole = ParetoFront.Compute(c, 3, Fast);
        var reused = ParetoFront.Compute(c, 3, Fast, NetworkSolver.Solve(c, Fast), ParetoFront.Lowest(c, Fast));
        Assert.Equal(whole.Select(p => (Math.Round(p.CostJpy, 3), Math.Round(p.Co2Tonnes, 6), p.Co2Cap)), reused.Select(p => (Math.Round(p.CostJpy, 3), Math.Round(p.Co2Tonnes, 6), p.Co2Cap)));
    }

    [Fact]
    public void FrontIsOnePointWhenTheCheapestPlanIsAlsoTheLowestCo2Plan()
    {
        // All supply collected: both hubs are the cheapest plan (130,000 JPY/y) and the shortest routes (−148.2 t).
        var front = ParetoFront.Compute(TinyCase.Build(price: 0), 5, Fast);
        var only = Assert.Single(front);
        Assert.Equal(130_000, only.CostJpy, 3);
        Assert.Equal(-148.2, only.Co2Tonnes, 6);
        Assert.False(ParetoFront.Conflict(-148.2, -148.2));
        Assert.True(ParetoFront.Conflict(-74.1, -148.2));
    }

    [Fact]
    public void GreenestPlanCollectsAllThenIsTheCheapestSuchPlan()
    {
        // Half of the supply must be collected; each tonne collected avoids primary Co, so the lowest-CO2 plan takes all
        // 200 t through both hubs: transport (2 × 100 × 10 + 200 × 50) × 0.1 / 1000 = 1.2 t, avoided 20 t Co × 0.9 × 8.3 =
        // 149.4 t, net −148.2 t CO2e/y, at the cost of both hubs, 130,000 JPY/y. The cheapest plan takes A's 100 t through
        // H1: 5,000 + 100 × 10 × 10 + 100 × 50 × 10 = 65,000 JPY/y, net (0.6 − 74.7) = −74.1 t.
        var c = TinyCase.Build(collectionRate: 0.5);
        var greenest = ParetoFront.Greenest(c, Fast);
        Assert.Equal(PlanObjective.Co2, greenest.Report.Minimised);
        Assert.Equal(-148.2, greenest.Report.Objective!.Value, 6);
        // Stage 2 may use the cap's tolerance of 1e-6 × |E_min| (0.00015 t) to save a few JPY, no more.
        Assert.InRange(PlanAccounting.Co2(c, greenest).Net, -148.2, -148.2 + 1.5e-4);
        Assert.InRange(PlanAccounting.Cost(c, greenest).Total, 129_990, 130_000.001);
        var cheapest = NetworkSolver.Solve(c, Fast);
        Assert.Equal(PlanObjective.Cost, cheapest.Report.Minimised);
        Assert.Equal(65_000, cheapest.Report.Objective!.Value, 3);
        Assert.Equal(-74.1, PlanAccounting.Co2(c, cheapest).Net, 6);
    }

    [Fact]
    public void ParetoFrontNeedsTwoPointsAndRunsFromCheapToClean()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ParetoFront.Compute(TinyCase.Build(), 1, Fast));
        // Half of the supply to collect: the cheapest plan (65,000 JPY/y, −74.1 t) against the lowest-CO2 one (130,000, −148.2 t).
        var front = ParetoFront.Compute(TinyCase.Build(price: 0, collectionRate: 0.5), 3, Fast);
        Assert.Equal(3, front.Count);
        Assert.Equal(65_000, front[0].CostJpy, 3);
        Assert.InRange(front[^1].Co2Tonnes, -148.2, -148.2 + 1.5e-4);
        for (int i = 1; i < front.Count; i++)
        {
            Assert.True(front[i].Co2Tonnes <= front[i - 1].Co2Tonnes + 1e-6);
            Assert.True(front[i].CostJpy >= front[i - 1].CostJpy - 1e-6);
        }
    }
}

public sealed class PlanCo2Tests
{
    [Fact]
    public void Co2OfTheTinyPlanMatchesTheHandCalculation()
    {
        var c = TinyCase.Build();
        var plan = NetworkSolver.Solve(c, new SolveOptions(TimeLimitSeconds: 20));
        var co2 = PlanAccounting.Co2(c, plan);
        // Truck 0.1 kg/t·km: (2 × 100 t × 10 km + 200 t × 50 km) × 0.1 / 1000 = 1.2 t.
        Assert.Equal(1.2, co2.Transport, 9);
        Assert.Equal(0, co2.ProcessEnergy, 9);
        // 200 t × 0.1 Co × 0.9 = 18 t Co × 8.3 t CO2e/t (Nuss & Eckelman 2014), secondary factor a gap (0).
        Assert.Equal(149.4, co2.AvoidedPrimary, 9);
        Assert.Equal(1.2 - 149.4, co2.Net, 9);
        Assert.Equal(["Co"], co2.SecondaryGaps);
    }
}
