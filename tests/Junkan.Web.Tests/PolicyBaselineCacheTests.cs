using Junkan.Application;
using Junkan.Application.Policy;
using Junkan.Core.Policy;
using Junkan.Core.Risk;
using Junkan.Data.Scenarios;

namespace Junkan.Web.Tests;

/// <summary>
/// PolicyEvaluation reuses one baseline per workspace and year: the outcomes must equal an evaluation against a
/// freshly built baseline, a measure must not leak into the shared baseline, and concurrent first calls agree.
/// </summary>
public sealed class PolicyBaselineCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("junkan-baseline-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Scenario(string name, double tonnes)
    {
        string f = Path.Combine(_dir, name + ".yaml");
        File.WriteAllText(f, $"name: {name}\nmeasures:\n  - kind: upstream\n    element: REE\n    country: AUS\n    added_mine_t: {tonnes.ToString(System.Globalization.CultureInfo.InvariantCulture)}\n");
        return f;
    }

    private static double[] Values(RiskProfile p) => [.. p.Results.Select(r => r.Value ?? double.NaN)];

    [Fact]
    public void Cached_evaluation_equals_a_fresh_baseline_and_a_measure_does_not_leak_into_it()
    {
        var w = WebHost.Workspace;
        int year = w.Risk.Year(null);
        var use = new PolicyEvaluation(w);
        var big = use.Evaluate([Scenario("big", 200_000)], year)[0].Elements[0];
        var small = use.Evaluate([Scenario("small", 1)], year)[0].Elements[0];

        var fresh = w.Risk.Inputs.AssessedElements.ToDictionary(e => e, e => w.Risk.Build(e, year));
        var scenario = new ScenarioFile(w.Risk.Data, w.Risk.Countries()).Load(Scenario("big", 200_000));
        var expected = new PolicyEvaluator(w.Risk.Assessor).Evaluate(scenario, fresh).Elements[0];
        Assert.Equal(Values(expected.Before), Values(big.Before));
        Assert.Equal(Values(expected.After), Values(big.After));
        Assert.Equal(Values(expected.Before), Values(small.Before));   // the big measure left the shared baseline untouched
        Assert.True(big.After.Results[1].Value < big.Before.Results[1].Value, "added mine production outside China lowers ②");
    }

    [Fact]
    public async Task Concurrent_first_evaluations_of_a_new_workspace_agree()
    {
        var w = Workspace.Open(Testing.TestRepository.Catalogue);   // its own, empty cache
        int year = w.Risk.Year(null);
        string file = Scenario("c", 50_000);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => new PolicyEvaluation(w).Evaluate([file], year)[0].Elements[0])));
        foreach (var o in outcomes) Assert.Equal(Values(outcomes[0].After), Values(o.After));
    }
}
