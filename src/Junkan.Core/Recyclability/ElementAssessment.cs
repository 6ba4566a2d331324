using Junkan.Core.Selection;

namespace Junkan.Core.Recyclability;

/// <summary>
/// The recyclability of one element: per-source amounts in the assessment and the forecast year (t of element per
/// year), the totals, and the criterion values (null = not computable: the gaps say why); flags for inconsistent data.
/// </summary>
public sealed record ElementAssessment(
    string Element, int Year, int ForecastYear,
    IReadOnlyList<SourceAmount> Sources, IReadOnlyList<SourceAmount> ForecastSources,
    double? Contained, double? Recoverable, double? RecoverableAchievable, double? ForecastRecoverable,
    IReadOnlyDictionary<Criterion, double?> Criteria, IReadOnlyList<string> Flags)
{
    /// <summary>
    /// Σ of the published outputs of the primary by-product sources (t/y): primary supply from ores and concentrates,
    /// shown beside the recovered tonnes and never counted in them, in the demand share or in any criterion.
    /// </summary>
    public double? PrimaryByproduct { get; init; }

    /// <summary>The totals of the element's flow system in the assessment year (null = no flow system: the sources decide).</summary>
    public Flows.FlowOutcome? Flows { get; init; }

    public double? this[Criterion c] => Criteria.TryGetValue(c, out var v) ? v : null;
}
