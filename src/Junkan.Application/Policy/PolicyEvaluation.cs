using Junkan.Core.Policy;
using Junkan.Data.Scenarios;

namespace Junkan.Application.Policy;

/// <summary>Scenario files (YAML) to evaluate, optionally for one element, in a year (default: the latest data year).</summary>
public sealed record PolicyRequest(IReadOnlyList<string> ScenarioFiles, string? Element = null, int? Year = null);

/// <summary>Use case <c>policy</c>: the indicators before and after the measures of each scenario.</summary>
public sealed class PolicyEvaluation(Workspace workspace)
{
    public IReadOnlyList<PolicyOutcome> Run(PolicyRequest request)
    {
        var risk = workspace.Risk;
        if (request.Element is not null) risk.Data.Element(request.Element);
        return Evaluate(request.ScenarioFiles, risk.Year(request.Year))
            .Select(o => o with { Elements = o.Elements.Where(e => request.Element is null || e.Element == request.Element).ToArray() }).ToArray();
    }

    /// <summary>Reads every scenario file (a bad one fails with its file, line and field) without evaluating it.</summary>
    public void Check(IEnumerable<string> scenarioFiles)
    {
        var loader = new ScenarioFile(workspace.Risk.Data, workspace.Risk.Countries());
        foreach (var f in scenarioFiles) _ = loader.Load(f);
    }

    /// <summary>Every scenario file against the baseline inputs of all assessed elements in <paramref name="year"/> (built once per workspace and year, <see cref="RiskWorkspace.Baseline"/>).</summary>
    public IReadOnlyList<PolicyOutcome> Evaluate(IEnumerable<string> scenarioFiles, int year)
    {
        var risk = workspace.Risk;
        var loader = new ScenarioFile(risk.Data, risk.Countries());
        var baseline = risk.Baseline(year);
        var evaluator = new PolicyEvaluator(risk.Assessor);
        return scenarioFiles.Select(f => evaluator.Evaluate(loader.Load(f), baseline)).ToArray();
    }
}
