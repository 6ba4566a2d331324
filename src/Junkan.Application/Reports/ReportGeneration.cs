using System.Text;
using Junkan.Application.Policy;
using Junkan.Application.Selection;
using Junkan.Reports.Excel;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Output;

namespace Junkan.Application.Reports;

/// <summary>Which report parts to build, in which languages, with which inputs. <see cref="Command"/> is recorded in the run manifest.</summary>
public sealed record ReportRequest(string Command, ReportParts Parts, IReadOnlyList<string> Languages)
{
    public IReadOnlyList<string> PolicyScenarioFiles { get; init; } = [];
    public string? Element { get; init; }
    public int? Year { get; init; }
    public SelectionRequest Selection { get; init; } = new();

    /// <summary>Solver time limit per network case, seconds: a safety stop behind the 1 % gap (the report prints the status and gap reached).</summary>
    public double NetworkTimeLimitSeconds { get; init; } = NetworkReportBuilder.TimeLimitSeconds;
}

/// <summary>The report parts.</summary>
[Flags]
public enum ReportParts
{
    Risk = 1,
    Recyclability = 2,

    /// <summary>The network plans of the bundled national cases, a section of the recyclability report (and two sheets of its workbook).</summary>
    Network = 4,
    All = Risk | Recyclability | Network,
}

/// <summary>
/// Use case <c>report</c>: the supply-risk report and the recyclability and selection report, each as one
/// self-contained HTML file and an Excel workbook per language, built in memory and published all together.
/// The manifest time comes from <paramref name="clock"/> (a fixed clock makes reruns byte-identical).
/// </summary>
public sealed class ReportGeneration(Workspace workspace, TimeProvider clock)
{
    /// <summary>Builds every file; the risk part first, so that a bad policy scenario fails before the Monte Carlo run.</summary>
    public IReadOnlyList<(string Name, byte[] Content)> Build(ReportRequest request, IProgress<int>? progress = null, CancellationToken cancel = default)
    {
        if (request.Parts.HasFlag(ReportParts.Recyclability)) _ = workspace.Recyclability;   // bad recyclability data fails before any work
        var files = new List<(string, byte[])>();
        if (request.Parts.HasFlag(ReportParts.Risk)) files.AddRange(RiskFiles(request));
        cancel.ThrowIfCancellationRequested();
        if (request.Parts.HasFlag(ReportParts.Recyclability)) files.AddRange(RecyclabilityFiles(request, progress, cancel));
        return files;
    }

    /// <summary>Reads what the request needs and fails with its file, row and column if it is bad: the recyclability data, every policy scenario file and the network cases.</summary>
    public void Check(ReportRequest request)
    {
        if (request.Parts.HasFlag(ReportParts.Recyclability)) _ = workspace.Recyclability;
        if (request.Parts.HasFlag(ReportParts.Risk)) new PolicyEvaluation(workspace).Check(request.PolicyScenarioFiles);
        if (request.Parts.HasFlag(ReportParts.Recyclability | ReportParts.Network)) NetworkReportBuilder.Check(workspace);
    }

    /// <summary>Builds and writes the files into <paramref name="folder"/> (all or none); returns the paths written.</summary>
    public IReadOnlyList<string> Publish(ReportRequest request, string folder, IProgress<int>? progress = null, CancellationToken cancel = default) =>
        ReportFiles.WriteAll(folder, Build(request, progress, cancel));

    private List<(string, byte[])> RiskFiles(ReportRequest q)
    {
        var risk = workspace.Risk;
        int y = risk.Year(q.Year);
        var policies = q.PolicyScenarioFiles.Count == 0 ? [] : new PolicyEvaluation(workspace).Evaluate(q.PolicyScenarioFiles, y);
        var report = RiskReportBuilder.Build(workspace, risk.Elements(q.Element), y, policies, q.PolicyScenarioFiles, q.Command, clock.GetUtcNow());
        var files = new List<(string, byte[])>();
        foreach (var l in q.Languages)
        {
            var t = new ReportText(l);
            files.Add(($"junkan-risk-{y}.{l}.html", Encoding.UTF8.GetBytes(RiskReportHtml.Render(report, t))));
            files.Add(($"junkan-risk-{y}.{l}.xlsx", RiskWorkbook.Render(report, t)));
        }
        return files;
    }

    private List<(string, byte[])> RecyclabilityFiles(ReportRequest q, IProgress<int>? progress, CancellationToken cancel)
    {
        var selection = new SelectionAnalysis(workspace);
        var inputs = selection.Inputs(q.Selection.Scenario);
        var result = selection.Run(q.Selection, inputs, progress, cancel);
        var report = RecyclabilityReportBuilder.Build(workspace, inputs, result, q.Command, clock.GetUtcNow());
        if (q.Parts.HasFlag(ReportParts.Network)) report = report with { Networks = NetworkReportBuilder.Build(workspace, q.NetworkTimeLimitSeconds, cancel) };
        int year = workspace.Recyclability.Settings.Year;
        var files = new List<(string, byte[])>();
        foreach (var l in q.Languages)
        {
            var t = new ReportText(l);
            files.Add(($"junkan-recyclability-{year}.{l}.html", Encoding.UTF8.GetBytes(RecyclabilityReportHtml.Render(report, t))));
            files.Add(($"junkan-recyclability-{year}.{l}.xlsx", RecyclabilityWorkbook.Render(report, t)));
        }
        return files;
    }
}
