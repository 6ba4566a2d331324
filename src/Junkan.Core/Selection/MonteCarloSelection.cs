using System.Collections.Concurrent;
using Junkan.Core.Recyclability;

namespace Junkan.Core.Selection;

/// <summary>
/// The element selection with uncertainty: central assessment and ranking; Monte Carlo over every estimate (and, through
/// <see cref="EndOfLifeDraws"/>, the lifetimes and contents of modelled products), each draw seeded from (seed, draw) so
/// that results do not depend on thread scheduling; the selected set is the <see cref="SelectionSettings.SelectCount"/>
/// elements most often among the top that many; and the rank sensitivity to each weight. Element prices (value
/// density; none when <c>prices</c> is null) are drawn like every other estimate.
/// </summary>
public static class MonteCarloSelection
{
    public static readonly double[] SensitivityFactors = [0, 0.5, 1.5, 2];

    public static SelectionResult Run(IReadOnlyList<ElementProfile> profiles, SelectionSettings settings, string scenario,
        ProductElementFlows centralFlows, EndOfLifeDraws? flowDraws, IReadOnlyDictionary<string, double> supplyRisk,
        int draws, int seed, IProgress<int>? progress = null, int? maxDegreeOfParallelism = null, ElementPrices? prices = null)
    {
        settings = settings.Validated();
        if (draws < 0) throw new ArgumentOutOfRangeException(nameof(draws), draws, "The number of draws cannot be negative.");
        if (flowDraws is not null && flowDraws.Draws < draws) throw new ArgumentException($"{flowDraws.Draws} end-of-life draws for {draws} draws.");
        var names = profiles.Select(p => p.Element).ToArray();
        var context = new AssessmentContext(settings.Year, settings.ForecastYear, centralFlows, supplyRisk) { Prices = prices ?? ElementPrices.Empty };
        var central = Evaluate(profiles, settings, context, CentralValues.Instance);
        var centralRanks = Aggregation.Ranks(central.Scores, names);

        int n = names.Length, k = Criteria.All.Count, top = Math.Min(settings.SelectCount, n);
        var scores = new double[draws * n];
        var ranks = new int[draws * n];
        var criteria = new double[draws * n * k];
        int done = 0;
        if (draws > 0) Parallel.ForEach(Partitioner.Create(0, draws, Math.Max(1, draws / 64)), new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount }, range =>
        {
            for (int d = range.Item1; d < range.Item2; d++)
            {
                var values = new SampledValues(new Random(DrawSeed(seed, d)));
                var flows = flowDraws?.For(d, scenario) ?? centralFlows;
                var e = Evaluate(profiles, settings, context with { Flows = flows }, values);
                var r = Aggregation.Ranks(e.Scores, names);
                for (int i = 0; i < n; i++)
                {
                    scores[d * n + i] = e.Scores[i];
                    ranks[d * n + i] = r[i];
                    for (int j = 0; j < k; j++) criteria[(d * n + i) * k + j] = e.Assessments[i][Criteria.All[j]] ?? double.NaN;
                }
            }
            progress?.Report(Interlocked.Add(ref done, range.Item2 - range.Item1));
        });

        var probability = Enumerable.Range(0, n).Select(i => draws == 0 ? (centralRanks[i] <= top ? 1.0 : 0.0)
            : Enumerable.Range(0, draws).Count(d => ranks[d * n + i] <= top) / (double)draws).ToArray();
        var chosen = Enumerable.Range(0, n).OrderByDescending(i => probability[i]).ThenBy(i => centralRanks[i]).Take(top).ToHashSet();
        var elements = Enumerable.Range(0, n).Select(i => new ElementSelection(
                names[i], central.Assessments[i], central.Scores[i], centralRanks[i],
                Percentiles(Enumerable.Range(0, draws).Select(d => scores[d * n + i])), probability[i],
                draws == 0 ? centralRanks[i] : Enumerable.Range(0, draws).Average(d => ranks[d * n + i]),
                Criteria.All.Select((c, j) => (c, s: Percentiles(Enumerable.Range(0, draws).Select(d => criteria[(d * n + i) * k + j])))).ToDictionary(x => x.c, x => x.s),
                chosen.Contains(i)))
            .OrderBy(e => e.Rank).ToArray();
        return new SelectionResult(elements, Sensitivity(central.Assessments, settings, names), settings, draws, seed, scenario);
    }

    private sealed record Evaluation(ElementAssessment[] Assessments, double[] Scores);

    private static Evaluation Evaluate(IReadOnlyList<ElementProfile> profiles, SelectionSettings settings, AssessmentContext ctx, IParameterValues values)
    {
        var assessments = profiles.Select(p => RecyclabilityAssessor.Assess(p, ctx, values)).ToArray();
        var matrix = DecisionMatrix.Normalise(assessments.Select(a => a.Criteria).ToArray(), settings.Missing);
        return new Evaluation(assessments, Aggregation.Scores(matrix, settings));
    }

    private static IReadOnlyList<WeightSensitivity> Sensitivity(ElementAssessment[] central, SelectionSettings settings, string[] names)
    {
        var matrix = DecisionMatrix.Normalise(central.Select(a => a.Criteria).ToArray(), settings.Missing);
        var result = new List<WeightSensitivity>();
        foreach (var c in Criteria.All.Where(c => settings.Weight(c) > 0))
        {
            var byFactor = SensitivityFactors.Select(f =>
            {
                var s = settings.WithWeight(c, f);
                return Criteria.All.Sum(s.Weight) > 0 ? Aggregation.Ranks(Aggregation.Scores(matrix, s), names) : null;
            }).ToArray();
            result.Add(new WeightSensitivity(c, SensitivityFactors,
                names.Select((e, i) => (e, ranks: byFactor.Select(r => r?[i] ?? 0).ToArray())).ToDictionary(x => x.e, x => x.ranks)));
        }
        return result;
    }

    /// <summary>
    /// The seed of draw <paramref name="draw"/>: SplitMix64 of (seed, draw), deterministic across processes and machines
    /// (unlike HashCode.Combine, which is randomised per process).
    /// </summary>
    internal static int DrawSeed(int seed, int draw)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32 | (uint)draw) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(uint)(z ^ (z >> 31));
    }

    /// <summary>5th, 50th and 95th percentiles of the finite values (nearest-rank on the sorted sample).</summary>
    internal static Spread Percentiles(IEnumerable<double> sample)
    {
        var sorted = sample.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0) return new Spread(null, null, null);
        double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Spread(At(0.05), At(0.5), At(0.95));
    }
}
