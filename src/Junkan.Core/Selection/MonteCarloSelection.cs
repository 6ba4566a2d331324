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
    public static IReadOnlyList<double> SensitivityFactors { get; } = Array.AsReadOnly<double>([0, 0.5, 1.5, 2]);

    public static SelectionResult Run(IReadOnlyList<ElementProfile> profiles, SelectionSettings settings, string scenario,
        ProductElementFlows centralFlows, EndOfLifeDraws? flowDraws, IReadOnlyDictionary<string, double> supplyRisk,
        int draws, int seed, IProgress<int>? progress = null, int? maxDegreeOfParallelism = null, ElementPrices? prices = null,
        CancellationToken cancel = default)
    {
        if (draws < 0) throw new ArgumentOutOfRangeException(nameof(draws), draws, "The number of draws cannot be negative.");
        if (flowDraws is not null && flowDraws.Draws < draws) throw new ArgumentException($"{flowDraws.Draws} end-of-life draws for {draws} draws.");
        var names = profiles.Select(p => p.Element).ToArray();
        var context = new AssessmentContext(settings.Year, settings.ForecastYear, centralFlows, supplyRisk) { Prices = prices ?? ElementPrices.Empty };
        var central = profiles.Select(p => RecyclabilityAssessor.Assess(p, context, CentralValues.Instance)).ToArray();
        var centralScores = Aggregation.Scores(DecisionMatrix.Normalise(central.Select(a => a.Criteria).ToArray(), settings.Missing), settings);
        var centralRanks = Aggregation.Ranks(centralScores, names);

        int n = names.Length, top = Math.Min(settings.SelectCount, n);
        var samples = new Samples(n, draws);
        var weights = Aggregation.Weights(settings);
        int done = 0;
        if (draws > 0) Parallel.ForEach(Partitioner.Create(0, draws, Math.Max(1, draws / 64)), new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount, CancellationToken = cancel }, range =>
        {
            var w = new Workspace(n, flowDraws is null ? context : context with { Flows = new ProductElementFlows() });
            for (int d = range.Item1; d < range.Item2; d++)
            {
                var values = w.Values.Restart(new Random(DrawSeed(seed, d)));
                flowDraws?.Fill(w.Context.Flows, d, scenario);
                for (int i = 0; i < n; i++)
                    RecyclabilityAssessor.AssessCriteria(profiles[i], w.Context, values, w.Criteria.AsSpan(i * Samples.K, Samples.K));
                DecisionMatrix.Normalise(w.Criteria, settings.Missing, w.Normalised);
                Aggregation.Scores(w.Normalised, weights, settings.Method, w.Scores);
                Aggregation.Ranks(w.Scores, names, w.Ranks);
                samples.Store(d, w.Scores, w.Ranks, w.Criteria);
            }
            progress?.Report(Interlocked.Add(ref done, range.Item2 - range.Item1));
        });

        var probability = Enumerable.Range(0, n).Select(i => draws == 0 ? (centralRanks[i] <= top ? 1.0 : 0.0) : samples.ShareInTop(i, top)).ToArray();
        var chosen = Enumerable.Range(0, n).OrderByDescending(i => probability[i]).ThenBy(i => centralRanks[i]).Take(top).ToHashSet();
        var buffer = new double[draws];
        var elements = Enumerable.Range(0, n).Select(i => new ElementSelection(
                names[i], central[i], centralScores[i], centralRanks[i], Percentiles(samples.Scores(i), buffer), probability[i],
                draws == 0 ? centralRanks[i] : samples.MeanRank(i),
                Criteria.All.ToDictionary(c => c, c => Percentiles(samples.Criterion(i, c), buffer)),
                chosen.Contains(i)))
            .OrderBy(e => e.Rank).ToArray();
        var gaps = GapEffect.Of([.. central.Select(a => a.Criteria)], names, settings).ToDictionary(g => g.Element);
        return new SelectionResult(elements, Sensitivity(central, settings, names), settings, draws, seed, scenario) { Gaps = gaps };
    }

    /// <summary>
    /// The buffers of one worker, reused draw after draw: the draw's sampled estimates, the end-of-life flows (refilled
    /// each draw when they are drawn) and the criterion values, normalised values, scores and ranks of every element.
    /// </summary>
    private sealed class Workspace(int elements, AssessmentContext context)
    {
        public AssessmentContext Context { get; } = context;
        public SampledValues Values { get; } = new(Random.Shared);   // restarted with the draw's own seeded generator
        public double[] Criteria { get; } = new double[elements * Samples.K];   // element × criterion, NaN = no value
        public double[] Normalised { get; } = new double[elements * Samples.K];
        public double[] Scores { get; } = new double[elements];
        public int[] Ranks { get; } = new int[elements];
    }

    /// <summary>
    /// The outcome of every draw, stored by element so that each element's sample is contiguous: score, rank and the value
    /// of each criterion (NaN = no value) of element i in draw d. Draws write disjoint cells, so workers need no lock.
    /// </summary>
    private sealed class Samples(int elements, int draws)
    {
        public static readonly int K = Criteria.All.Count;
        private readonly double[] _scores = new double[elements * draws];
        private readonly int[] _ranks = new int[elements * draws];
        private readonly double[] _criteria = new double[elements * K * draws];

        public void Store(int d, ReadOnlySpan<double> scores, ReadOnlySpan<int> ranks, ReadOnlySpan<double> criteria)
        {
            for (int i = 0; i < elements; i++)
            {
                _scores[i * draws + d] = scores[i];
                _ranks[i * draws + d] = ranks[i];
                for (int j = 0; j < K; j++) _criteria[(i * K + j) * draws + d] = criteria[i * K + j];
            }
        }

        public ReadOnlySpan<double> Scores(int i) => _scores.AsSpan(i * draws, draws);
        public ReadOnlySpan<double> Criterion(int i, Criterion c) => _criteria.AsSpan((i * K + (int)c) * draws, draws);

        /// <summary>Share of the draws in which element <paramref name="i"/> ranks within the top <paramref name="top"/>.</summary>
        public double ShareInTop(int i, int top)
        {
            int count = 0;
            foreach (int r in _ranks.AsSpan(i * draws, draws)) if (r <= top) count++;
            return count / (double)draws;
        }

        /// <summary>Mean rank of element <paramref name="i"/> over the draws (summed as integers, as LINQ's Average does).</summary>
        public double MeanRank(int i)
        {
            long sum = 0;
            foreach (int r in _ranks.AsSpan(i * draws, draws)) sum += r;
            return (double)sum / draws;
        }
    }

    private static List<WeightSensitivity> Sensitivity(ElementAssessment[] central, SelectionSettings settings, string[] names)
    {
        var matrix = DecisionMatrix.Normalise(central.Select(a => a.Criteria).ToArray(), settings.Missing);
        var result = new List<WeightSensitivity>();
        foreach (var c in Criteria.All.Where(c => settings.Weight(c) > 0))
        {
            var byFactor = SensitivityFactors.Select(f =>
            {
                // Factor 0 on the only weighted criterion leaves no weight: no ranking exists (rank 0 in the result).
                bool anyWeight = f > 0 || Criteria.All.Any(k => k != c && settings.Weight(k) > 0);
                return anyWeight ? Aggregation.Ranks(Aggregation.Scores(matrix, settings.WithWeight(c, f)), names) : null;
            }).ToArray();
            result.Add(new WeightSensitivity(c, SensitivityFactors,
                names.Select((e, i) => (e, ranks: byFactor.Select(r => r?[i] ?? 0).ToArray())).ToDictionary(x => x.e, x => (IReadOnlyList<int>)x.ranks.AsReadOnly())));
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

    /// <summary>
    /// 5th, 50th and 95th percentiles of the finite values (nearest-rank on the sorted sample), using
    /// <paramref name="buffer"/> (at least the sample's length) as scratch. Only three ranks are needed, so they are
    /// selected rather than sorted. Equal doubles cannot be told apart except +0 and −0, so selection gives the values
    /// LINQ's stable Order gave, unless the sample holds a −0: then the values are sorted stably, as before.
    /// </summary>
    internal static Spread Percentiles(ReadOnlySpan<double> sample, Span<double> buffer)
    {
        int count = 0;
        bool negativeZero = false;
        foreach (double x in sample)
        {
            if (!double.IsFinite(x)) continue;
            buffer[count++] = x;
            negativeZero |= x == 0 && double.IsNegative(x);
        }
        if (count == 0) return new Spread(null, null, null);
        var values = buffer[..count];
        int Rank(double q) => Math.Clamp((int)Math.Ceiling(q * count) - 1, 0, count - 1);
        int p5 = Rank(0.05), p50 = Rank(0.5), p95 = Rank(0.95);
        if (negativeZero)
        {
            SortStably(values);
            return new Spread(values[p5], values[p50], values[p95]);
        }
        double median = NthSmallest(values, p50);   // values[..p50] ≤ median ≤ values[(p50 + 1)..]
        double low = p5 < p50 ? NthSmallest(values[..p50], p5) : median;
        double high = p95 > p50 ? NthSmallest(values[(p50 + 1)..], p95 - p50 - 1) : median;
        return new Spread(low, median, high);
    }

    /// <summary>
    /// The value a sort would put at <paramref name="n"/> (0-based), leaving smaller-or-equal values before that position
    /// and greater-or-equal values after it (Hoare's quickselect; finite values only; duplicates split evenly).
    /// </summary>
    private static double NthSmallest(Span<double> values, int n)
    {
        int lo = 0, hi = values.Length - 1;
        while (lo < hi)
        {
            double pivot = values[lo + (hi - lo) / 2];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i > j) break;
                (values[i], values[j]) = (values[j], values[i]);
                i++;
                j--;
            }
            if (n <= j) hi = j;
            else if (n >= i) lo = i;
            else return values[n];   // between j and i: equal to the pivot
        }
        return values[n];
    }

    private static void SortStably(Span<double> values)
    {
        var keyed = new (double Value, int Position)[values.Length];
        for (int i = 0; i < keyed.Length; i++) keyed[i] = (values[i], i);
        Array.Sort(keyed);
        for (int i = 0; i < keyed.Length; i++) values[i] = keyed[i].Value;
    }
}
