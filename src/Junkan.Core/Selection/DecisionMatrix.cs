namespace Junkan.Core.Selection;

/// <summary>
/// Criterion values of the candidate elements (rows) and their min-max normalisation to 0..1 where 1 is best:
/// log10 for log-scaled criteria (log10(1 + x) for tonnes, log10(max(x, 1e-3)) for ratios), cost criteria flipped,
/// a criterion with no spread scores 0.5 for everyone, a missing value scores per <see cref="MissingValuePolicy"/>.
/// </summary>
public static class DecisionMatrix
{
    /// <summary>Normalised values [element, criterion] in <see cref="Criteria.All"/> order.</summary>
    public static double[,] Normalise(IReadOnlyList<IReadOnlyDictionary<Criterion, double?>> rows, MissingValuePolicy missing)
    {
        int n = rows.Count, k = Criteria.All.Count;
        var result = new double[n, k];
        var column = new double?[n];
        for (int j = 0; j < k; j++)
        {
            var c = Criteria.All[j];
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                column[i] = rows[i].TryGetValue(c, out var v) && v is { } x && double.IsFinite(x) ? Transform(c, x) : null;
                if (column[i] is { } t) { min = Math.Min(min, t); max = Math.Max(max, t); }
            }
            for (int i = 0; i < n; i++)
            {
                double score = column[i] is not { } t ? (missing == MissingValuePolicy.Worst ? 0 : 0.5)
                    : max > min ? (t - min) / (max - min) : 0.5;
                result[i, j] = column[i] is not null && c.IsCost() ? 1 - score : score;
            }
        }
        return result;
    }

    private static double Transform(Criterion c, double x) => !c.IsLogScaled() ? x
        : c == Criterion.Recoverable ? Math.Log10(1 + Math.Max(x, 0)) : Math.Log10(Math.Max(x, 1e-3));
}
