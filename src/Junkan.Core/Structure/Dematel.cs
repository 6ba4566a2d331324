using MathNet.Numerics.LinearAlgebra;

namespace Junkan.Core.Structure;

/// <summary>Whether a factor is a net cause (r − c &gt; 0: it influences the others more than they influence it) or a net effect (r − c ≤ 0).</summary>
public enum FactorGroup { Cause, Effect }

/// <summary>
/// How the impact-relation threshold was set: the default (mean of all n² entries of T), the mean plus one
/// (population) standard deviation of the entries of T (a stricter rule common in DEMATEL-ISM studies), or a number
/// the user gave.
/// </summary>
public enum ThresholdKind { MeanOfTotalRelation, MeanPlusSd, User }

/// <summary>
/// The result of DEMATEL: the average direct-relation matrix A, the normalisation constant s, the normalised matrix
/// N = A / s, the total-relation matrix T = N (I − N)⁻¹, per factor r (row sums of T: influence given), c (column sums:
/// influence received), prominence r + c and relation r − c, and the threshold θ of the impact-relation map.
/// </summary>
public sealed record DematelResult(double[,] Average, double Scale, double[,] Normalised, double[,] Total, double[] R, double[] C,
    double Threshold, ThresholdKind ThresholdKind)
{
    public int Size => R.Length;

    /// <summary>Prominence r<sub>i</sub> + c<sub>i</sub>: how central factor i is.</summary>
    public double Prominence(int i) => R[i] + C[i];

    /// <summary>Relation r<sub>i</sub> − c<sub>i</sub>: positive for a net cause, negative for a net effect.</summary>
    public double Relation(int i) => R[i] - C[i];

    public FactorGroup Group(int i) => Relation(i) > 0 ? FactorGroup.Cause : FactorGroup.Effect;

    /// <summary>Whether the arrow i → j is drawn in the impact-relation map: t<sub>ij</sub> ≥ θ and t<sub>ij</sub> &gt; 0 (no arrow without influence).</summary>
    public bool Above(int i, int j) => Total[i, j] >= Threshold && Total[i, j] > 0;
}

/// <summary>
/// DEMATEL (Fontela &amp; Gabus 1976; the classical procedure as summarised by Si et al. 2018, "DEMATEL technique: a
/// systematic review", Math. Probl. Eng. 3696457, eqs. 1-6). Variant: the normalisation divides by
/// s = max(max<sub>i</sub> Σ<sub>j</sub> a<sub>ij</sub>, max<sub>j</sub> Σ<sub>i</sub> a<sub>ij</sub>) (the larger of the
/// largest row and column sums), so that every row and column sum of N is at most 1.
/// </summary>
public static class Dematel
{
    /// <summary>Spectral radius of N at or above which T does not exist (I − N singular or nearly so).</summary>
    public const double MaxSpectralRadius = 1 - 1e-9;

    /// <param name="ratings">The experts' ratings.</param>
    /// <param name="threshold">θ for the impact-relation map and ISM; null = by <paramref name="rule"/>.</param>
    /// <param name="rule">Where no number is given: the mean of T (Σ t<sub>ij</sub> / n², the default) or the mean plus one standard deviation.</param>
    /// <exception cref="StructureException">The threshold is not finite or negative, or N has spectral radius 1 so that (I − N)⁻¹ does not exist.</exception>
    public static DematelResult Analyse(InfluenceMatrix ratings, double? threshold = null, ThresholdKind rule = ThresholdKind.MeanOfTotalRelation)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (threshold is { } t0 && !(double.IsFinite(t0) && t0 >= 0)) throw new StructureException("threshold", $"threshold {t0}: must be a finite number >= 0");
        int n = ratings.Size;
        var a = ratings.Average();
        double s = Scale(a);
        var nm = Matrix<double>.Build.DenseOfArray(a);
        if (s > 0) nm = nm / s;
        var total = s > 0 ? TotalRelation(nm) : Matrix<double>.Build.Dense(n, n);
        var tArr = total.ToArray();
        var r = total.RowSums().ToArray();
        var c = total.ColumnSums().ToArray();
        double mean = total.Enumerate().Sum() / (n * (double)n);
        double sd = Math.Sqrt(total.Enumerate().Sum(v => (v - mean) * (v - mean)) / (n * (double)n));
        if (threshold is { } user) return new DematelResult(a, s, nm.ToArray(), tArr, r, c, user, ThresholdKind.User);
        return rule == ThresholdKind.MeanPlusSd
            ? new DematelResult(a, s, nm.ToArray(), tArr, r, c, mean + sd, ThresholdKind.MeanPlusSd)
            : new DematelResult(a, s, nm.ToArray(), tArr, r, c, mean, ThresholdKind.MeanOfTotalRelation);
    }

    /// <summary>s = max(largest row sum, largest column sum) of A.</summary>
    public static double Scale(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var m = Matrix<double>.Build.DenseOfArray(a);
        return Math.Max(m.RowSums().Maximum(), m.ColumnSums().Maximum());
    }

    /// <summary>T = N (I − N)⁻¹, the sum N + N² + N³ + … of all direct and indirect influence (converges when ρ(N) &lt; 1).</summary>
    private static Matrix<double> TotalRelation(Matrix<double> n)
    {
        double rho = n.Evd().EigenValues.Select(e => e.Magnitude).Max();
        if (rho >= MaxSpectralRadius)
            throw new StructureException("ratings",
                $"the normalised matrix has spectral radius {rho:0.######} (a group of factors whose row sums all equal the largest sum and that only influence each other): " +
                "T = N (I − N)⁻¹ does not exist; change a rating of that group or add an influence from it to another factor");
        var i = Matrix<double>.Build.DenseIdentity(n.RowCount);
        var t = n * (i - n).Inverse();
        // Rounding can leave -1e-17 where the exact value is 0; T of a non-negative N is non-negative.
        t.MapInplace(v => v < 0 && v > -1e-12 ? 0 : v);
        return t;
    }
}
