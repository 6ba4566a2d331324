namespace Junkan.Core.Selection;

/// <summary>Scores from a normalised decision matrix (0..1, 1 best): weighted sum or TOPSIS.</summary>
public static class Aggregation
{
    public static double[] Scores(double[,] normalised, SelectionSettings settings) =>
        settings.Method == AggregationMethod.Topsis ? Topsis(normalised, settings) : WeightedSum(normalised, settings);

    /// <summary>S = Σ wₖ nₖ / Σ wₖ.</summary>
    public static double[] WeightedSum(double[,] n, SelectionSettings settings)
    {
        int rows = n.GetLength(0), k = n.GetLength(1);
        double total = Criteria.All.Sum(settings.Weight);
        var scores = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double s = 0;
            for (int j = 0; j < k; j++) s += settings.Weight(Criteria.All[j]) * n[i, j];
            scores[i] = s / total;
        }
        return scores;
    }

    /// <summary>
    /// TOPSIS on the normalised (all-benefit) matrix: vector normalisation rᵢₖ = nᵢₖ / √Σᵢ nᵢₖ², vᵢₖ = wₖ rᵢₖ / Σw,
    /// distances D⁺ and D⁻ to the best and worst value of each criterion, closeness D⁻ / (D⁺ + D⁻) (Hwang &amp; Yoon 1981).
    /// </summary>
    public static double[] Topsis(double[,] n, SelectionSettings settings)
    {
        int rows = n.GetLength(0), k = n.GetLength(1);
        double total = Criteria.All.Sum(settings.Weight);
        var v = new double[rows, k];
        for (int j = 0; j < k; j++)
        {
            double norm = 0;
            for (int i = 0; i < rows; i++) norm += n[i, j] * n[i, j];
            norm = Math.Sqrt(norm);
            double w = settings.Weight(Criteria.All[j]) / total;
            for (int i = 0; i < rows; i++) v[i, j] = norm > 0 ? w * n[i, j] / norm : 0;
        }
        var (best, worst) = (new double[k], new double[k]);
        for (int j = 0; j < k; j++)
        {
            (best[j], worst[j]) = (double.NegativeInfinity, double.PositiveInfinity);
            for (int i = 0; i < rows; i++) { best[j] = Math.Max(best[j], v[i, j]); worst[j] = Math.Min(worst[j], v[i, j]); }
        }
        var scores = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double plus = 0, minus = 0;
            for (int j = 0; j < k; j++)
            {
                plus += (v[i, j] - best[j]) * (v[i, j] - best[j]);
                minus += (v[i, j] - worst[j]) * (v[i, j] - worst[j]);
            }
            (plus, minus) = (Math.Sqrt(plus), Math.Sqrt(minus));
            scores[i] = plus + minus > 0 ? minus / (plus + minus) : 0.5;
        }
        return scores;
    }

    /// <summary>Rank of each row (1 = best score); ties broken by <paramref name="names"/> in ordinal order.</summary>
    public static int[] Ranks(double[] scores, IReadOnlyList<string> names)
    {
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => names[i], StringComparer.Ordinal).ToArray();
        var ranks = new int[scores.Length];
        for (int r = 0; r < order.Length; r++) ranks[order[r]] = r + 1;
        return ranks;
    }
}
