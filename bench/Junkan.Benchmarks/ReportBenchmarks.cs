using BenchmarkDotNet.Attributes;
using Junkan.Core.Risk;
using Junkan.Data.Reference;
using Junkan.Reports.Excel;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Benchmarks;

/// <summary>Rendering the report of all elements on the bundled data: HTML and Excel, one language.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ReportBenchmarks
{
    private RiskReport report = null!;
    private readonly ReportText en = new("en");

    [GlobalSetup]
    public void Setup()
    {
        var data = ReferenceDataLoader.Load(RepoPaths.Reference);
        var builder = new RiskInputsBuilder(data);
        var assessor = new RiskAssessor(RiskSettings.Default, new CountryStability(data.Wgi));
        var elements = builder.AssessedElements.Select(s =>
        {
            var e = data.Element(s);
            var i = builder.Build(s, data.LatestYear);
            return new ReportElement(e.Symbol, e.NameEn, e.NameJa, i, assessor.Assess(i));
        }).ToArray();
        report = new RiskReport(data.LatestYear, elements, RiskSettings.Default, [],
            data.Sources.Values.Select(s => new ReportSource(s.Id, s.Citation, s.Url)).ToArray(),
            new RunManifest("bench", DateTimeOffset.UnixEpoch, "bench", "bench", []), [], new Dictionary<string, ReportCountry>());
    }

    [Benchmark(Baseline = true)]
    public int Html() => RiskReportHtml.Render(report, en).Length;

    [Benchmark]
    public int Excel() => RiskWorkbook.Render(report, en).Length;
}
