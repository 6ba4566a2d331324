using BenchmarkDotNet.Attributes;
using Junkan.Application;
using Junkan.Application.Recyclability;
using Junkan.Application.Selection;

namespace Junkan.Benchmarks;

/// <summary>
/// The element selection on the bundled data exactly as <c>junkan select</c> runs it (the application use case,
/// with the real supply-risk scores and prices): 10,000 Monte Carlo draws over all targets, every element drawn through
/// its flow system (issue 12 target: under 5 s on 2 cores).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SelectionBenchmarks
{
    private SelectionAnalysis selection = null!;
    private AssessmentInputs inputs = null!;
    private readonly SelectionRequest request = new(draws: 10_000, seed: 1, scenario: "reference");

    [GlobalSetup]
    public void Setup()
    {
        selection = new SelectionAnalysis(Workspace.Open(RepoPaths.Catalogue));
        inputs = selection.Inputs(request.Scenario);
    }

    [Benchmark(Description = "select: 10,000 draws, all targets, through the element flow systems")]
    public int Select10000() => selection.Run(request, inputs).Selected.Count();

    [Benchmark(Description = "select inputs: flows, risk profiles, prices")]
    public int Inputs() => selection.Inputs(request.Scenario).Risk.Count;
}
