namespace Junkan.Core.Selection;

/// <summary>
/// What the data gaps do to one element's place (central values): the weighted criteria it has no value for, its rank
/// under the stated missing-data rule and under the other rule (Worst ↔ Neutral), and whether its rank rests on gaps:
/// the two ranks differ by <see cref="RankShift"/> or more, or one rule puts it in the top N and the other does not.
/// </summary>
public sealed record GapEffect(string Element, IReadOnlyList<Criterion> Missing, MissingValuePolicy Rule, int Rank, MissingValuePolicy OtherRule, int OtherRank, bool RestsOnGaps)
{
    public const int RankShift = 3;

    /// <summary>The effects for every element of a central assessment (same order as <paramref name="criteria"/>).</summary>
    public static IReadOnlyList<GapEffect> Of(IReadOnlyList<IReadOnlyDictionary<Criterion, double?>> criteria, IReadOnlyList<string> names, SelectionSettings settings)
    {
        var other = settings.Missing == MissingValuePolicy.Worst ? MissingValuePolicy.Neutral : MissingValuePolicy.Worst;
        var ranks = Ranks(criteria, names, settings);
        var otherRanks = Ranks(criteria, names, settings.With(missing: other));
        int top = settings.SelectCount;
        return [.. names.Select((e, i) =>
        {
            var missing = Criteria.All.Where(c => settings.Weight(c) > 0 && criteria[i].GetValueOrDefault(c) is null).ToArray();
            bool rests = missing.Length > 0 && (Math.Abs(ranks[i] - otherRanks[i]) >= RankShift || (ranks[i] <= top) != (otherRanks[i] <= top));
            return new GapEffect(e, missing, settings.Missing, ranks[i], other, otherRanks[i], rests);
        })];
    }

    private static int[] Ranks(IReadOnlyList<IReadOnlyDictionary<Criterion, double?>> criteria, IReadOnlyList<string> names, SelectionSettings s) =>
        [.. Aggregation.Ranks(Aggregation.Scores(DecisionMatrix.Normalise([.. criteria], s.Missing), s), [.. names])];
}
