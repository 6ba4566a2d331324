using Junkan.Core.Selection;

namespace Junkan.Web.Features.Selection;

/// <summary>One element of a selection run: central rank and score, score percentiles, probability of being selected over the draws, mean rank.</summary>
public sealed record RankedElement(string Element, int Rank, double Score, double? P5, double? P50, double? P95, double Probability, double MeanRank, bool Selected);

/// <summary>What a run used and its ranking (the summary stored with a saved run).</summary>
public sealed record SelectionSummary(string Scenario, int Draws, int Seed, IReadOnlyDictionary<string, double> Weights, string Missing, string Method,
    int SelectCount, IReadOnlyList<RankedElement> Elements)
{
    public static SelectionSummary Of(SelectionResult r) => new(r.Scenario, r.Draws, r.Seed,
        Criteria.All.ToDictionary(c => c.Key(), r.Settings.Weight), r.Settings.Missing.ToString().ToLowerInvariant(),
        r.Settings.Method == AggregationMethod.Topsis ? "topsis" : "weighted-sum", r.Settings.SelectCount,
        [.. r.Elements.Select(e => new RankedElement(e.Element, e.Rank, e.Score, e.ScoreSpread.P5, e.ScoreSpread.P50, e.ScoreSpread.P95, e.SelectionProbability, e.MeanRank, e.Selected))]);
}
