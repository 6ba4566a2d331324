using Junkan.Core.Inputs;
using Junkan.Core.Network;
using Junkan.Data;
using Junkan.Optimization;

namespace Junkan.Application.Network;

/// <summary>An OR-Library capacitated-warehouse instance to solve: the file, single sourcing and the time limit (seconds, &gt; 0).</summary>
public sealed record CflRequest(string File, bool SingleSource = false, double TimeLimitSeconds = 60)
{
    public void Check()
    {
        if (!(TimeLimitSeconds > 0) || !double.IsFinite(TimeLimitSeconds)) throw new UsageException("--time-limit", $"--time-limit {TimeLimitSeconds}: must be > 0 seconds");
    }
}

/// <summary>
/// A solved instance: its name, size (m facilities, n customers), the plan (status, objective, bound, gap, time), the
/// opened facilities and, when a <c>capopt.txt</c> lies beside the file, its published optimum (split demand).
/// </summary>
public sealed record CflResult(string Instance, int Facilities, int Customers, bool SingleSource, NetworkPlan Plan, IReadOnlyList<string> Open, double? Published)
{
    /// <summary>Objective − published optimum (JPY; the instance's cost units), when both exist.</summary>
    public double? Difference => Plan.Report.Objective is double o && Published is double p ? o - p : null;
}

/// <summary>Use case of <c>junkan network cfl</c>: the validation harness and a tool for researchers.</summary>
public static class CflSolving
{
    public static CflResult Run(CflRequest request)
    {
        request.Check();
        string text;
        try { text = File.ReadAllText(request.File); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new DataFormatException(request.File, null, null, $"cannot read the instance: {e.Message}"); }
        string name = Path.GetFileNameWithoutExtension(request.File);
        var c = OrLibraryCfl.Parse(request.File, text) with { Name = name };
        var plan = NetworkSolver.Solve(c, new SolveOptions(TimeLimitSeconds: request.TimeLimitSeconds, RelativeGap: 1e-9, SingleSource: request.SingleSource));
        var open = plan.Opened.Where(s => s.Site.Kind == FacilityKind.Hub).Select(s => s.Site.Id).OrderBy(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new CflResult(name, c.Hubs.Count, c.Sources.Count, request.SingleSource, plan, open, Published(request.File, name));
    }

    private static double? Published(string file, string name)
    {
        string capopt = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", "capopt.txt");
        return File.Exists(capopt) ? OrLibraryCfl.PublishedOptimum(File.ReadAllText(capopt), name) : null;
    }
}
