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
