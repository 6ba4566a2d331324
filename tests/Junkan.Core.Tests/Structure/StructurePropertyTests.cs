using CsCheck;
using Junkan.Core.Structure;

namespace Junkan.Core.Tests.Structure;

/// <summary>Properties over random integer ratings 0..4 of 2..9 factors and 1..3 experts.</summary>
public sealed class StructurePropertyTests
{
    private static readonly Gen<InfluenceMatrix> GenRatings =
        from n in Gen.Int[2, 9]
        from k in Gen.Int[1, 3]
        from cells in Gen.Int[0, 4].Array[n * n * k]
        select Build(n, k, cells);

    private static InfluenceMatrix Build(int n, int k, int[] cells)
    {
        var experts = new double[k][,];
        for (int e = 0; e < k; e++)
        {
            experts[e] = new double[n, n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    experts[e][i, j] = i == j ? 0 : cells[(e * n * n) + (i * n) + j];
        }
        return StructureFixtures.Matrix(experts);
    }

    /// <summary>The analysis, or null where N has spectral radius 1 (refused on purpose, tested apart).</summary>
    private static StructureAnalysis? Run(InfluenceMatrix m)
    {
        try { return StructureAnalysis.Run(m); }
        catch (StructureException) { return null; }
    }

    [Fact]
    public void TotalRelationIsNonNegative() =>
        GenRatings.Sample(m => Run(m) is not { } s || s.Dematel.Total.Cast<double>().All(t => t >= 0), iter: 300);

    [Fact]
    public void RowAndColumnSumsOfTHaveTheSameTotal() =>
        GenRatings.Sample(m => Run(m) is not { } s || Math.Abs(s.Dematel.R.Sum() - s.Dematel.C.Sum()) < 1e-9 * Math.Max(1, s.Dematel.R.Sum()), iter: 300);

    [Fact]
    public void IsmLevelsPartitionAllFactors() =>
        GenRatings.Sample(m => Run(m) is not { } s ||
            (s.Ism.Levels.All(l => l >= 1 && l <= s.Ism.LevelCount) && Enumerable.Range(1, s.Ism.LevelCount).All(l => s.Ism.Levels.Contains(l))), iter: 300);

    [Fact]
    public void ClosureIsIdempotent() =>
        GenRatings.Sample(m =>
        {
            if (Run(m) is not { } s) return true;
            var again = Ism.Closure(s.Ism.Reachability);
            return again.Cast<bool>().SequenceEqual(s.Ism.Reachability.Cast<bool>());
        }, iter: 300);

    [Fact]
    public void TIsTheSumOfThePowersOfN() =>
        GenRatings.Sample(m =>
        {
            if (Run(m) is not { } s) return true;
            var d = s.Dematel;
            int n = d.Size;
            // T = N + N T: the series identity behind N (I − N)⁻¹.
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                {
                    double nt = 0;
                    for (int k = 0; k < n; k++) nt += d.Normalised[i, k] * d.Total[k, j];
                    if (Math.Abs(d.Total[i, j] - d.Normalised[i, j] - nt) > 1e-9) return false;
                }
            return true;
        }, iter: 200);
}
