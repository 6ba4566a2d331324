using Junkan.Core.Network;

namespace Junkan.Optimization.Tests;

/// <summary>
/// Two periods of the tiny case (one year each, rate 0, so both weights are 1). Period 1: only A supplies 100 t, so H1
/// opens: 5,000 + 100×10×10 + 100×50×10 = 65,000 JPY. Period 2: only B supplies 100 t. Alone it would close H1 and open
/// H2 (65,000); H1 stays open, so period 2 costs 5,000 (H1) + 5,000 (H2) + 10,000 + 50,000 = 70,000 (serving B from H1
/// instead: 5,000 + 100,000 + 50,000 = 155,000). Joint optimum 135,000 JPY.
/// </summary>
public sealed class MultiPeriodTests
{
    private static readonly SolveOptions Fast = new(TimeLimitSeconds: 20);

    private static MultiPeriodPlan Solve() => MultiPeriodSolver.Solve(
        [TinyCase.Build(supplyA: 100, supplyB: 0), TinyCase.Build(supplyA: 0, supplyB: 100)], PlanningPeriods.Of([2030, 2031], 0), Fast);

    [Fact]
    public void TwoPeriodsReachTheHandComputedOptimum()
    {
        var plan = Solve();
        Assert.Equal(SolveStatus.Optimal, plan.Report.Status);
        Assert.Equal(135_000, plan.Report.Objective!.Value, 3);
        Assert.Equal(65_000, PlanAccounting.Cost(plan.Periods[0].Case, plan.Periods[0].Plan).Total, 3);
        Assert.Equal(70_000, PlanAccounting.Cost(plan.Periods[1].Case, plan.Periods[1].Plan).Total, 3);
    }

    [Fact]
    public void ASiteOpenedInPeriodOneStaysOpen()
    {
        var plan = Solve();
        Assert.Equal(["H1", "P"], plan.Periods[0].Plan.Opened.Select(o => o.Site.Id).Order());
        Assert.Equal(["H1", "H2", "P"], plan.Periods[1].Plan.Opened.Select(o => o.Site.Id).Order());
        Assert.Equal(2030, plan.OpeningYear()["H1"]);
        Assert.Equal(2031, plan.OpeningYear()["H2"]);
    }

    [Fact]
    public void EachPeriodSolvedAloneWouldCloseTheFirstHub()
    {
        var alone = NetworkSolver.Solve(TinyCase.Build(supplyA: 0, supplyB: 100), Fast);
        Assert.Equal(65_000, alone.Report.Objective!.Value, 3);
        Assert.DoesNotContain(alone.Opened, o => o.Site.Id == "H1");
    }

    [Fact]
    public void AnInfeasiblePeriodIsNamedByItsYear()
    {
        var plan = MultiPeriodSolver.Solve([TinyCase.Build(), TinyCase.Build(hubCapacity: 50)], PlanningPeriods.Of([2030, 2035], 0.05), Fast);
        Assert.Equal(SolveStatus.Infeasible, plan.Report.Status);
        Assert.Contains(plan.Report.Binding, b => b.Group == "2035: hub capacity");
    }
}

/// <summary>
/// A site grows: hubs of size s (100 t, 10,000 JPY, fixed 1,000 JPY/y) or l (300 t, 30,000 JPY, fixed 4,000 JPY/y); A
/// supplies 100 t in 2030 and 250 t in 2031, B nothing. Best: H1 at s in 2030, grown to l in 2031 (collection 10 JPY/t
/// over 10 km, shipment over 50 km). Kept at one size, H1 would have to be l from 2030 (or s beside a far H2 in 2031).
/// </summary>
public sealed class MultiPeriodGrowthTests
{
    private static readonly SizeOption S = new("s", 100, 10_000, 1_000), L = new("l", 300, 30_000, 4_000);

    private static MultiPeriodPlan Solve() => MultiPeriodSolver.Solve(
        [TinyCase.Build(supplyA: 100, supplyB: 0, hubSizes: [S, L]), TinyCase.Build(supplyA: 250, supplyB: 0, hubSizes: [S, L])],
        PlanningPeriods.Of([2030, 2031], 0), new SolveOptions(TimeLimitSeconds: 20));

    [Fact]
    public void AHubOpensSmallAndExpandsWhenSupplyGrows()
    {
        var plan = Solve();
        double crf = plan.Periods[0].Case.Economics.CapitalRecoveryFactor;
        // 2030: 1,000 + 10,000·crf + 100×10×10 + 100×50×10; 2031: 4,000 + 30,000·crf + 250×10×10 + 250×50×10.
        Assert.Equal(1_000 + 10_000 * crf + 60_000 + 4_000 + 30_000 * crf + 150_000, plan.Report.Objective!.Value, 3);
        var h1 = plan.Periods.Select(p => p.Plan.Opened.Single(o => o.Site.Id == "H1")).ToList();
        Assert.Equal(["s", "l"], h1.Select(o => o.Size.Name));
        Assert.Equal(SiteStep.Opens, plan.Step(0, h1[0]));
        Assert.Equal(SiteStep.Expands, plan.Step(1, h1[1]));
    }

    [Fact]
    public void AnExpansionPaysTheDifferenceOfTheTwoInvestments()
    {
        var plan = Solve();
        Assert.Equal(10_000, plan.Capex(0), 6);
        Assert.Equal(30_000 - 10_000, plan.Capex(1), 6);
        Assert.Equal(30_000, MultiPeriodAccounting.Appraise(plan, 0.05).Investment, 6);
    }
}

public sealed class MultiPeriodAppraisalTests
{
    [Fact]
    public void NpvDiscountsEachPeriodsCashFlowToTheFirstYear()
    {
        var plan = MultiPeriodSolver.Solve([TinyCase.Build(supplyA: 100, supplyB: 0), TinyCase.Build(supplyA: 0, supplyB: 100)],
            PlanningPeriods.Of([2030, 2031], 0), new SolveOptions(TimeLimitSeconds: 20));
        // No investment, no revenue: cash flows −65,000 (2030) and −70,000 (2031); at 10 %: −65,000 − 70,000/1.1.
        var a = MultiPeriodAccounting.Appraise(plan, 0.10);
        Assert.Equal(-65_000 - 70_000 / 1.1, a.Npv, 3);
        Assert.Equal(0, a.Investment);
        Assert.Null(a.PaybackYear);
    }
}
