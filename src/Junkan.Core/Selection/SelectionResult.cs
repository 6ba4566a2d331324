using Junkan.Core.Recyclability;

namespace Junkan.Core.Selection;

/// <summary>Percentiles of a Monte Carlo sample (null where no draw had a value).</summary>
public sealed record Spread(double? P5, double? P50, double? P95);

/// <summary>
/// One element in the selection: its central assessment, score and rank; over the Monte Carlo draws, the score
/// spread, the probability of being among the selected and the spread of each criterion; and whether it is selected.
/// </summary>
public sealed record ElementSelection(
    string Element, ElementAssessment Central, double Score, int Rank, Spread ScoreSpread, double SelectionProbability, double MeanRank,
    IReadOnlyDictionary<Criterion, Spread> CriterionSpread, bool Selected);

/// <summary>How the rank of each element moves when one weight is multiplied by each factor (central values).</summary>
public sealed record WeightSensitivity(Criterion Criterion, IReadOnlyList<double> Factors, IReadOnlyDictionary<string, IReadOnlyList<int>> Ranks);

/// <summary>The outcome of a selection run: elements in central-rank order, sensitivities, settings, draws and seed.</summary>
public sealed record SelectionResult(
    IReadOnlyList<ElementSelection> Elements, IReadOnlyList<WeightSensitivity> Sensitivity, SelectionSettings Settings, int Draws, int Seed, string Scenario)
{
    public IEnumerable<ElementSelection> Selected => Elements.Where(e => e.Selected);

    /// <summary>What the data gaps do to each element's rank (stated rule against the other), by element symbol.</summary>
    public IReadOnlyDictionary<string, GapEffect> Gaps { get; init; } = new Dictionary<string, GapEffect>();

    /// <summary>
    /// Why the table's rank order and the selection differ for an element (null when they agree): the selection takes the
    /// <see cref="SelectionSettings.SelectCount"/> elements most often in the top that many over the draws, not the central rank.
    /// </summary>
    public string? OrderNote(ElementSelection e)
    {
        int top = Settings.SelectCount;
        if (e.Rank <= top && !e.Selected)
            return FormattableString.Invariant($"central rank {e.Rank} but in the top {top} in only {e.SelectionProbability:P0} of the draws: others are there more often");
        if (e.Rank > top && e.Selected)
            return FormattableString.Invariant($"central rank {e.Rank} but in the top {top} in {e.SelectionProbability:P0} of the draws, more often than a higher-ranked element");
        return null;
    }
}
