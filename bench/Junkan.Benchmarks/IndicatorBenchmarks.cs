using BenchmarkDotNet.Attributes;
using Junkan.Core.Risk;
using Junkan.Data.Reference;

namespace Junkan.Benchmarks;

/// <summary>
/// The six indicators for every element and every year of the bundled data (target: under 50 ms), split into
/// building the inputs from the tables and the computation itself; plus the HHI kernel alone.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class IndicatorBenchmarks
{
    private ReferenceData data = null!;
    private RiskInputsBuilder builder = null!;
    private RiskAssessor assessor = null!;
    private int[] years = null!;
    private ElementRiskInputs[] inputs = null!;
    private double[] shares = null!;

    [GlobalSetup]
    public void Setup()
    {
        var risk = Junkan.Application.Workspace.Open(RepoPaths.Catalogue).Risk;
        (data, builder, assessor) = (risk.Data, risk.Inputs, risk.Assessor);
        years = data.Production.Select(p => p.Year).Distinct().Order().ToArray();
        inputs = years.SelectMany(y => builder.AssessedElements.Select(e => builder.Build(e, y))).ToArray();
        shares = Enumerable.Range(1, 200).Select(i => 1.0 / i).ToArray();
    }

    /// <summary>All elements × all years: inputs built from the reference tables, then assessed.</summary>
    [Benchmark(Baseline = true)]
    public int AllElementsAllYears()
    {
        int n = 0;
        foreach (int y in years)
            foreach (var e in builder.AssessedElements)
                n += assessor.Assess(builder.Build(e, y)).Results.Count;
        return n;
    }

    /// <summary>The computation only, on inputs built beforehand.</summary>
    [Benchmark]
    public int AssessPrebuiltInputs()
    {
        int n = 0;
        foreach (var i in inputs) n += assessor.Assess(i).Results.Count;
        return n;
    }

    /// <summary>The HHI kernel over 200 shares.</summary>
    [Benchmark]
    public double Hhi200() => Hhi.FromShares(shares);
}
