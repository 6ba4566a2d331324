using BenchmarkDotNet.Attributes;
using Junkan.Application;
using Junkan.Application.Reports;

namespace Junkan.Benchmarks;

/// <summary>The risk report of all elements on the bundled data as <c>junkan report --part risk</c> builds it (assess, HTML and Excel), one language.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ReportBenchmarks
{
    private ReportGeneration reports = null!;
    private readonly ReportRequest risk = new("bench", ReportParts.Risk, ["en"]);

    [GlobalSetup]
    public void Setup() => reports = new ReportGeneration(Workspace.Open(RepoPaths.Catalogue), new FixedTimeProvider(DateTimeOffset.UnixEpoch));

    [Benchmark]
    public int RiskReportEn() => reports.Build(risk).Sum(f => f.Content.Length);
}
