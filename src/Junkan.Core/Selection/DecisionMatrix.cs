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
        var values = new double[n * k];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < k; j++)
                values[i * k + j] = rows[i].TryGetValue(Criteria.All[j], out var v) && v is { } x ? x : double.NaN;
        var flat = new double[n * k];
        Normalise(values, missing, flat);
        var result = new double[n, k];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < k; j++) result[i, j] = flat[i * k + j];
        return result;
    }

    /// <summary>
    /// The same normalisation on a row-major matrix (element × criterion in <see cref="Criteria.All"/> order, a value that
    /// is not finite counting as missing) into <paramref name="result"/> of the same shape; allocates nothing.
    /// </summary>
    internal static void Normalise(ReadOnlySpan<double> values, MissingValuePolicy missing, Span<double> result)
    {
        int k = Criteria.All.Count, n = values.Length / k;
        for (int j = 0; j < k; j++)
        {
            var c = Criteria.All[j];
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                double x = values[i * k + j], t = double.IsFinite(x) ? Transform(c, x) : double.NaN;   // NaN = missing
                result[i * k + j] = t;
                if (!double.IsNaN(t)) { min = Math.Min(min, t); max = Math.Max(max, t); }
            }
            for (int i = 0; i < n; i++)
            {
                double t = result[i * k + j];
                bool has = !double.IsNaN(t);
                double score = !has ? (missing == MissingValuePolicy.Worst ? 0 : 0.5)
                    : max > min ? (t - min) / (max - min) : 0.5;
                result[i * k + j] = has && c.IsCost() ? 1 - score : score;
            }
        }
    }

    /// <summary>The value on the scale it is normalised on (finite for a finite <paramref name="x"/>).</summary>
    private static double Transform(Criterion c, double x) => !c.IsLogScaled() ? x
        : c == Criterion.Recoverable ? Math.Log10(1 + Math.Max(x, 0)) : Math.Log10(Math.Max(x, 1e-3));
}
