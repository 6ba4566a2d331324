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
            a => PublishedComparison.Of(a, profiles.First(p => p.Element == a.Element).Comparisons, ExternalProvenance.None));
        return new AssessmentResult(inputs, profiles, assessments, outlook) { Comparisons = comparisons };
    }

    /// <summary>Recoverable tonnes at the horizons of the settings (and the forecast year) not before the assessment year, central values.</summary>
    internal static IReadOnlyList<HorizonAmount> Outlook(ElementProfile p, AssessmentInputs inputs, Core.Selection.SelectionSettings settings)
    {
        var years = settings.ReportYearsFrom(inputs.Year);
        if (years.Count == 0) return [];
        var trajectories = SourceTrajectory.Compute(p, inputs.Flows, inputs.Year, years[^1], CentralValues.Instance);
        return ElementOutlook.At(trajectories, p.JapanDemand?.Value, years);
    }
}
