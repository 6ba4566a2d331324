namespace Junkan.Core.Selection;

/// <summary>
/// Scores from a normalised decision matrix (0..1, 1 best): weighted sum or TOPSIS; and ranks from scores. The
/// array methods wrap span methods that allocate nothing (row-major element × criterion, <see cref="Criteria.All"/> order),
/// which the Monte Carlo draws call on reused buffers.
/// </summary>
public static class Aggregation
{
    public static double[] Scores(double[,] normalised, SelectionSettings settings) =>
        settings.Method == AggregationMethod.Topsis ? Topsis(normalised, settings) : WeightedSum(normalised, settings);

    /// <summary>S = Σ wₖ nₖ / Σ wₖ.</summary>
    public static double[] WeightedSum(double[,] n, SelectionSettings settings)
    {
        var scores = new double[n.GetLength(0)];
        WeightedSum(Flatten(n), Weights(settings), scores);
        return scores;
    }

    /// <summary>
    /// TOPSIS on the normalised (all-benefit) matrix: vector normalisation rᵢₖ = nᵢₖ / √Σᵢ nᵢₖ², vᵢₖ = wₖ rᵢₖ / Σw,
    /// distances D⁺ and D⁻ to the best and worst value of each criterion, closeness D⁻ / (D⁺ + D⁻) (Hwang &amp; Yoon 1981).
    /// </summary>
    public static double[] Topsis(double[,] n, SelectionSettings settings)
    {
        var scores = new double[n.GetLength(0)];
        Topsis(Flatten(n), Weights(settings), scores);
        return scores;
    }

    /// <summary>Rank of each row (1 = best score); ties broken by <paramref name="names"/> in ordinal order.</summary>
    public static int[] Ranks(double[] scores, IReadOnlyList<string> names)
    {
        var ranks = new int[scores.Length];
        Ranks(scores, names, ranks);
        return ranks;
    }

    /// <summary>The weight of each criterion in <see cref="Criteria.All"/> order.</summary>
    internal static double[] Weights(SelectionSettings settings) => Criteria.All.Select(settings.Weight).ToArray();

    /// <summary>Scores of the rows of <paramref name="n"/> by the method of <paramref name="method"/> into <paramref name="scores"/>.</summary>
    internal static void Scores(ReadOnlySpan<double> n, ReadOnlySpan<double> weights, AggregationMethod method, Span<double> scores)
    {
        if (method == AggregationMethod.Topsis) Topsis(n, weights, scores);
        else WeightedSum(n, weights, scores);
    }

    /// <summary>The weighted sum (see <see cref="WeightedSum(double[,], SelectionSettings)"/>) into <paramref name="scores"/>.</summary>
    internal static void WeightedSum(ReadOnlySpan<double> n, ReadOnlySpan<double> weights, Span<double> scores)
    {
        int k = weights.Length;
        double total = Total(weights);
        for (int i = 0; i < scores.Length; i++)
        {
            double s = 0;
            for (int j = 0; j < k; j++) s += weights[j] * n[i * k + j];
            scores[i] = s / total;
        }
    }

    /// <summary>
    /// TOPSIS (see <see cref="Topsis(double[,], SelectionSettings)"/>) into <paramref name="scores"/>; the weighted values
    /// vᵢₖ are recomputed where needed (the same expression, so the same numbers) instead of being stored.
    /// </summary>
    internal static void Topsis(ReadOnlySpan<double> n, ReadOnlySpan<double> weights, Span<double> scores)
    {
        int rows = scores.Length, k = weights.Length;
        double total = Total(weights);
        Span<double> norm = stackalloc double[k], best = stackalloc double[k], worst = stackalloc double[k];
        for (int j = 0; j < k; j++)
        {
            double sq = 0;
            for (int i = 0; i < rows; i++) sq += n[i * k + j] * n[i * k + j];
            norm[j] = Math.Sqrt(sq);
            (best[j], worst[j]) = (double.NegativeInfinity, double.PositiveInfinity);
            for (int i = 0; i < rows; i++)
            {
                double v = Weighted(n, weights, total, norm, i, j);
                best[j] = Math.Max(best[j], v);
                worst[j] = Math.Min(worst[j], v);
            }
        }
        for (int i = 0; i < rows; i++)
        {
            double plus = 0, minus = 0;
            for (int j = 0; j < k; j++)
            {
                double v = Weighted(n, weights, total, norm, i, j);
                plus += (v - best[j]) * (v - best[j]);
                minus += (v - worst[j]) * (v - worst[j]);
            }
            (plus, minus) = (Math.Sqrt(plus), Math.Sqrt(minus));
            scores[i] = plus + minus > 0 ? minus / (plus + minus) : 0.5;
        }
    }

    /// <summary>vᵢₖ = (wₖ / Σw) · nᵢₖ / √Σᵢ nᵢₖ² (0 for a criterion where every row is 0).</summary>
    private static double Weighted(ReadOnlySpan<double> n, ReadOnlySpan<double> weights, double total, ReadOnlySpan<double> norm, int i, int j)
    {
        double w = weights[j] / total;
        return norm[j] > 0 ? w * n[i * weights.Length + j] / norm[j] : 0;
    }

    /// <summary>
    /// Ranks into <paramref name="ranks"/>: 1 + the number of rows ahead, a row being ahead with a higher score, on equal
    /// scores with the ordinally smaller name, and on equal names with the smaller index (the order a stable sort gives).
    /// </summary>
    internal static void Ranks(ReadOnlySpan<double> scores, IReadOnlyList<string> names, Span<int> ranks)
    {
        for (int i = 0; i < scores.Length; i++)
        {
            int rank = 1;
            for (int j = 0; j < scores.Length; j++)
                if (j != i && IsAhead(scores, names, j, i)) rank++;
            ranks[i] = rank;
        }
    }

    private static bool IsAhead(ReadOnlySpan<double> scores, IReadOnlyList<string> names, int a, int b)
    {
        int c = scores[a].CompareTo(scores[b]);
        if (c != 0) return c > 0;
        c = string.CompareOrdinal(names[a], names[b]);
        return c != 0 ? c < 0 : a < b;
    }

    /// <summary>Σw in <see cref="Criteria.All"/> order.</summary>
    private static double Total(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights) total += w;
        return total;
    }

    private static double[] Flatten(double[,] n)
    {
        int rows = n.GetLength(0), k = n.GetLength(1);
        var flat = new double[rows * k];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < k; j++) flat[i * k + j] = n[i, j];
        return flat;
    }
}
