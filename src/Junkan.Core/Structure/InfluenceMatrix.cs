namespace Junkan.Core.Structure;

/// <summary>
/// The direct-influence ratings of n factors by one or several experts: a<sup>k</sup><sub>ij</sub> is how strongly
/// factor i influences factor j in expert k's judgement, on the DEMATEL scale 0 (none), 1 (low), 2 (medium),
/// 3 (high), 4 (very high) (Fontela &amp; Gabus 1976). Every matrix is n × n, every rating finite and in 0..4, every
/// diagonal rating 0; anything else cannot be constructed (a loader checks first and names the file, row and column).
/// </summary>
public sealed class InfluenceMatrix
{
    /// <summary>The highest rating of the scale.</summary>
    public const double MaxRating = 4;

    /// <summary>Most factors: 200. The analysis inverts an n × n matrix (n³ work) and the diagrams stop being legible long before.</summary>
    public const int MaxFactors = 200;

    /// <summary>Most experts: 1,000.</summary>
    public const int MaxExperts = 1000;

    private readonly double[][,] experts;

    public IReadOnlyList<Factor> Factors { get; }

    /// <summary>Number of factors n.</summary>
    public int Size => Factors.Count;

    /// <summary>Number of experts K.</summary>
    public int Experts => experts.Length;

    /// <param name="factors">The n factors, ids distinct.</param>
    /// <param name="ratings">One n × n matrix per expert (row = influencing factor, column = influenced factor).</param>
    public InfluenceMatrix(IReadOnlyList<Factor> factors, IReadOnlyList<double[,]> ratings)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(ratings);
        if (factors.Count is 0 or > MaxFactors) throw new ArgumentException($"{factors.Count} factors: 1..{MaxFactors} are allowed", nameof(factors));
        if (factors.Select(f => f.Id).Distinct().Count() != factors.Count) throw new ArgumentException("factor ids must be distinct", nameof(factors));
        if (ratings.Count is 0 or > MaxExperts) throw new ArgumentException($"{ratings.Count} experts: 1..{MaxExperts} are allowed", nameof(ratings));
        for (int k = 0; k < ratings.Count; k++)
            if (Problem(ratings[k], factors.Count) is { } p) throw new ArgumentException($"expert {k + 1}: {p.Problem}", nameof(ratings));
        Factors = factors;
        experts = ratings.Select(m => (double[,])m.Clone()).ToArray();
    }

    /// <summary>
    /// What is wrong with one expert's matrix for <paramref name="n"/> factors, with the 0-based row and column of the
    /// first bad cell (-1 where the whole matrix is wrong), or null when it is valid.
    /// </summary>
    public static (int Row, int Column, string Problem)? Problem(double[,] m, int n)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (m.GetLength(0) != n || m.GetLength(1) != n) return (-1, -1, $"the matrix is {m.GetLength(0)} × {m.GetLength(1)}, not {n} × {n} (one row and one column per factor)");
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (RatingProblem(m[i, j], i == j) is { } p) return (i, j, p);
        return null;
    }

    /// <summary>Why one rating is not allowed (not finite, outside 0..4, non-zero on the diagonal), or null.</summary>
    public static string? RatingProblem(double v, bool diagonal) =>
        !double.IsFinite(v) ? $"{v.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a finite number"
        : v is < 0 or > MaxRating ? $"{v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} is outside the scale 0..4"
        : diagonal && v != 0 ? $"{v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} on the diagonal: a factor's influence on itself is 0"
        : null;

    /// <summary>Expert <paramref name="k"/>'s rating of the influence of factor i on factor j.</summary>
    public double Rating(int k, int i, int j) => experts[k][i, j];

    /// <summary>The average direct-relation matrix A, a<sub>ij</sub> = (1/K) Σ<sub>k</sub> a<sup>k</sup><sub>ij</sub>.</summary>
    public double[,] Average()
    {
        int n = Size;
        var a = new double[n, n];
        foreach (var m in experts)
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    a[i, j] += m[i, j];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                a[i, j] /= experts.Length;
        return a;
    }
}
