using Junkan.Application.Network;
using Junkan.Core.Network;
using Junkan.Data.Network;
using Junkan.Optimization;
using Junkan.Reports.Network;

namespace Junkan.Application.Reports;

/// <summary>
/// The network plans of the bundled national cases for the report (data/network/*-japan.yaml that exist), each solved
/// to a 1 % relative gap (the target) under a time limit. The stop is then decided by the gap, not the clock,
/// so that reruns give the same plans and the same bytes; the report prints the status, bound and gap reached.
/// </summary>
public static class NetworkReportBuilder
{
    /// <summary>The bundled national cases, in report order: Li-ion packs, PV panels, small electronics, aluminium scrap.</summary>
    public static readonly IReadOnlyList<string> NationalCases = ["lib-japan.yaml", "pv-japan.yaml", "escrap-japan.yaml", "aluminium-japan.yaml"];

    /// <summary>Relative MIP gap at which a report solve stops.</summary>
    public const double RelativeGap = 0.01;

    /// <summary>Solver time limit per case, seconds: a safety stop (a case stopped by it says "feasible (gap)").</summary>
    public const double TimeLimitSeconds = 60;

    /// <summary>Reads every bundled national case, so that a bad case file fails (file, line, key) before any solving.</summary>
    public static void Check(Workspace workspace)
    {
        foreach (var file in Files(workspace)) _ = NetworkCaseLoader.LoadFile(file);
    }

    public static IReadOnlyList<NetworkReport> Build(Workspace workspace, double timeLimitSeconds = TimeLimitSeconds, CancellationToken cancel = default)
    {
        var reports = new List<NetworkReport>();
        foreach (var file in Files(workspace))
        {
            cancel.ThrowIfCancellationRequested();
            reports.Add(Solve(NetworkCaseLoader.LoadFile(file), workspace, timeLimitSeconds));
        }
        return reports;
    }

    private static NetworkReport Solve(NetworkCaseFile file, Workspace workspace, double timeLimitSeconds)
    {
        var (c, supply) = NetworkSupply.For(file, null, file.FlowSupply.Count > 0 ? workspace : null);
        var plan = NetworkSolver.Solve(c, new SolveOptions(TimeLimitSeconds: timeLimitSeconds, RelativeGap: RelativeGap));
        return plan.Report.HasPlan
            ? new NetworkReport(c, plan, PlanAccounting.Cost(c, plan), PlanAccounting.Co2(c, plan), PlanAccounting.Appraise(c, plan), supply)
            {
                CostChecks = CostChecks.Of(c, plan, file.PublishedCosts),
            }
            : new NetworkReport(c, plan, null, null, null, supply);
    }

    private static IEnumerable<string> Files(Workspace workspace) =>
        NationalCases.Select(f => Path.Combine(workspace.Catalogue.DataFolder, "network", f)).Where(File.Exists);
}
