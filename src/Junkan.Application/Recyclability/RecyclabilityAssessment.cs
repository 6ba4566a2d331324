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

    /// <summary>The avoided emissions of recycling each element, today and at the achievable collection (gaps where no factor is bundled).</summary>
    public IReadOnlyList<CarbonEffect> CarbonEffects { get; init; } = [];
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
        var external = External(r, inputs);
        var comparisons = assessments.ToDictionary(a => a.Element,
            a => (IReadOnlyList<PublishedComparison>)[.. Compare(a, profiles.First(p => p.Element == a.Element), external).Select(x => x.Comparison)]);
        var withFlows = profiles.Where(p => p.Flows is not null).ToArray();
        return new AssessmentResult(inputs, profiles, assessments, outlook)
        {
            Comparisons = comparisons,
            FlowSpreads = withFlows.ToDictionary(p => p.Element, p => Core.Flows.FlowSpread.Of(p.Flows!, year)),
            FlowCoverage = withFlows.ToDictionary(p => p.Element, p => Core.Flows.FlowCoverage.Of(p.Flows!, year)),
            CarbonEffects = CarbonEffect.Of(assessments, r.Data.EmissionFactors),
        };
    }

    /// <summary>
    /// Recovered today against every published figure of an element (comparisons.csv), the one comparison of <c>assess</c>
    /// and the report: the flow system evaluated in the figure's year where it covers it (1900 to
    /// <see cref="Flows.FlowRequest.LastYear"/>), else the assessment year's tonnes; with the source ids behind each row,
    /// the figure's and, where the model has a value, the flow system's inputs (or those of the assessment's totals).
    /// </summary>
    internal static IReadOnlyList<(PublishedComparison Comparison, IReadOnlyList<string> SourceIds)> Compare(ElementAssessment a, ElementProfile p, ExternalProvenance external)
    {
        var rows = PublishedComparison.Of(a, p.Comparisons, external, p.Flows is not { } flows ? null : f =>
            f.Published.Year is { } y && y >= 1900 && y <= Flows.FlowRequest.LastYear ? (flows.Evaluate(CentralValues.Instance, y, Math.Max(y, a.ForecastYear)).ForQuantity(f.Quantity), y) : null);
        IReadOnlyList<string> model = p.Flows is { } m ? [.. m.SourceIds] : FigureSources.OfTotals(a, external);
        return [.. rows.Select(c => (c, (IReadOnlyList<string>)[.. (c.Model is null ? [] : model).Append(c.Figure.Published.SourceId).Distinct().Order(StringComparer.Ordinal)]))];
    }

    /// <summary>Sources of the stock data per product (scenario used), of the indicator results behind each supply-risk score, and of each price.</summary>
    internal static ExternalProvenance External(RecyclabilityWorkspace r, AssessmentInputs inputs)
    {
        var products = r.Paths(inputs.Scenario).ToDictionary(p => p.Product.Value, p => (IReadOnlyList<string>)
            p.SourceIds.Concat(r.Products.Lifetimes.TryGetValue(p.Product.Value, out var l) ? [l.SourceId] : [])
                .Concat(r.Products.Contents.Where(c => c.Product == p.Product).Select(c => c.SourceId)).Distinct().ToArray());
        var risk = inputs.Risk.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.Radar.SelectMany(x => x.Sources).Distinct().ToArray());
        var prices = inputs.Prices.Prices.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[kv.Value.SourceId]);
        return new ExternalProvenance(products, risk, prices);
    }

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
