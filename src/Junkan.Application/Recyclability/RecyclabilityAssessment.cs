using Junkan.Core.Recyclability;

namespace Junkan.Application.Recyclability;

/// <summary>What to assess: one element or all, a product scenario (default the first non-historic) and a year (default from the selection settings).</summary>
public sealed record AssessmentRequest(string? Element = null, string? Scenario = null, int? Year = null);

/// <summary>
/// The assessment of each requested element with its profile, its recoverable tonnes at the report horizons and the
/// comparison of its recovered-today tonnes with the published figures (comparisons.csv), by element symbol.
/// </summary>
public sealed record AssessmentResult(AssessmentInputs Inputs, IReadOnlyList<ElementProfile> Profiles, IReadOnlyList<ElementAssessment> Assessments,
    IReadOnlyDictionary<string, IReadOnlyList<HorizonAmount>> Outlook)
{
    public IReadOnlyDictionary<string, IReadOnlyList<PublishedComparison>> Comparisons { get; init; } = new Dictionary<string, IReadOnlyList<PublishedComparison>>();

    /// <summary>The flow totals with their 5–95 % ranges in the assessment year, by element (elements with a flow system).</summary>
    public IReadOnlyDictionary<string, Core.Flows.FlowSpread> FlowSpreads { get; init; } = new Dictionary<string, Core.Flows.FlowSpread>();

    /// <summary>Share of each flow system's per-use parameters given for the use (0..1), by element.</summary>
    public IReadOnlyDictionary<string, double> FlowCoverage { get; init; } = new Dictionary<string, double>();
}

/// <summary>Use case <c>assess</c>: the recyclability of the target elements (central values).</summary>
public sealed class RecyclabilityAssessment(Workspace workspace)
{
    public AssessmentResult Run(AssessmentRequest request, CancellationToken cancel = default)
    {
        var r = workspace.Recyclability;
        int year = request.Year is { } asked ? r.Products.CheckedYear(asked) : r.Settings.Year;
        var profiles = request.Element is { } e ? [r.Data.Profile(e)] : r.Data.Profiles;
        var inputs = AssessmentInputs.Compute(workspace, request.Scenario, year);
        cancel.ThrowIfCancellationRequested();
        var context = inputs.Context(r);
        var assessments = profiles.Select(p => RecyclabilityAssessor.Assess(p, context, CentralValues.Instance)).ToArray();
        var outlook = profiles.ToDictionary(p => p.Element, p => Outlook(p, inputs, r.Settings));
        var comparisons = assessments.ToDictionary(a => a.Element,
            a => Compare(a, profiles.First(p => p.Element == a.Element)));
        var withFlows = profiles.Where(p => p.Flows is not null).ToArray();
        return new AssessmentResult(inputs, profiles, assessments, outlook)
        {
            Comparisons = comparisons,
            FlowSpreads = withFlows.ToDictionary(p => p.Element, p => Core.Flows.FlowSpread.Of(p.Flows!, year)),
            FlowCoverage = withFlows.ToDictionary(p => p.Element, p => Core.Flows.FlowCoverage.Of(p.Flows!, year)),
        };
    }

    /// <summary>The comparisons of an assessment, the flow system evaluated in each published figure's year where it covers it.</summary>
    internal static IReadOnlyList<PublishedComparison> Compare(ElementAssessment a, ElementProfile p) =>
        PublishedComparison.Of(a, p.Comparisons, ExternalProvenance.None, p.Flows is not { } flows ? null : f =>
            f.Published.Year is { } y && y >= 1900 && y <= 2100 ? (flows.Evaluate(CentralValues.Instance, y, Math.Max(y, a.ForecastYear)).ForQuantity(f.Quantity), y) : null);

    /// <summary>Recoverable tonnes at the horizons of the settings (and the forecast year) not before the assessment year, central values.</summary>
    internal static IReadOnlyList<HorizonAmount> Outlook(ElementProfile p, AssessmentInputs inputs, Core.Selection.SelectionSettings settings)
    {
        var years = settings.ReportYearsFrom(inputs.Year);
        if (years.Count == 0) return [];
        if (p.Flows is { } flows)
            return [.. years.Select(y => flows.Evaluate(CentralValues.Instance, y, y) is var o
                ? new HorizonAmount(y, o.RecoveredToday, o.Demand > 0 ? o.RecoveredToday / o.Demand : null, 0) : default!)];
        var trajectories = SourceTrajectory.Compute(p, inputs.Flows, inputs.Year, years[^1], CentralValues.Instance);
        return ElementOutlook.At(trajectories, p.JapanDemand?.Value, years);
    }
}
