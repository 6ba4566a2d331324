using Junkan.Core.Structure;

namespace Junkan.Core.Tests.Structure;

/// <summary>DEMATEL with known answers: a published normalisation and a 3 × 3 case solved by hand in exact fractions.</summary>
public sealed class DematelTests
{
    /// <summary>
    /// The 5 × 5 example of the DEMATEL output page of onlineoutput.com ("The Steps of DEMATEL Method",
    /// project 8733_394698: factors LDRS, STFLX, COLLB, TECHL, ABSCAP). Row sums 8, 6, 9, 1, 9; column sums 1, 5,
    /// 12, 10, 5, so s = 12 (a column sum: the max-of-both variant matters here); the page prints N to three decimals:
    /// 0.333 (4/12), 0.25 (3/12), 0.083 (1/12).
    /// </summary>
    private static readonly double[,] Published = { { 0, 4, 3, 1, 0 }, { 0, 0, 4, 1, 1 }, { 0, 1, 0, 4, 4 }, { 0, 0, 1, 0, 0 }, { 1, 0, 4, 4, 0 } };

    [Fact]
    public void NormalisationMatchesThePublishedExample()
    {
        var d = Dematel.Analyse(StructureFixtures.Matrix(Published));
        Assert.Equal(12, d.Scale);
        double[,] printed = { { 0, 0.333, 0.25, 0.083, 0 }, { 0, 0, 0.333, 0.083, 0.083 }, { 0, 0.083, 0, 0.333, 0.333 }, { 0, 0, 0.083, 0, 0 }, { 0.083, 0, 0.333, 0.333, 0 } };
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++)
                Assert.Equal(printed[i, j], d.Normalised[i, j], 3);
    }

    /// <summary>
    /// By hand: A = [[0,2,1],[1,0,3],[0,1,0]]; row sums 3, 4, 1, column sums 1, 3, 4, so s = 4 and
    /// N = [[0,1/2,1/4],[1/4,0,3/4],[0,1/4,0]]. det(I − N) = (1 − 3/16) − 1/8 − 1/64 = 43/64 (first-row expansion), and
    /// (I − N)⁻¹ = (1/43) [[52,36,40],[16,64,52],[4,16,56]], so T = N (I − N)⁻¹ = (1/43) [[9,36,40],[16,21,52],[4,16,13]]
    /// (check: row 1 of N times column 1 of the inverse = (1/2·16 + 1/4·4)/43 = 9/43). r = (85, 89, 33)/43,
    /// c = (29, 73, 105)/43; r + c = (114, 162, 138)/43, r − c = (56, 16, −72)/43: F1 and F2 causes, F3 an effect. Mean of T = 207/(9·43) = 23/43.
    /// </summary>
    [Fact]
    public void TotalRelationMatchesTheHandComputedCase()
    {
        var d = Dematel.Analyse(StructureFixtures.Matrix(Hand));
        Assert.Equal(4, d.Scale);
        double[,] t = { { 9, 36, 40 }, { 16, 21, 52 }, { 4, 16, 13 } };
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                Assert.Equal(t[i, j] / 43, d.Total[i, j], 12);
        Assert.Equal([85 / 43.0, 89 / 43.0, 33 / 43.0], d.R, (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal([29 / 43.0, 73 / 43.0, 105 / 43.0], d.C, (x, y) => Math.Abs(x - y) < 1e-12);
        Assert.Equal(-72 / 43.0, d.Relation(2), 12);
        Assert.Equal(114 / 43.0, d.Prominence(0), 12);
        Assert.Equal([FactorGroup.Cause, FactorGroup.Cause, FactorGroup.Effect], Enumerable.Range(0, 3).Select(d.Group));
        Assert.Equal(23 / 43.0, d.Threshold, 12);
        Assert.Equal(ThresholdKind.MeanOfTotalRelation, d.ThresholdKind);
    }

    internal static readonly double[,] Hand = { { 0, 2, 1 }, { 1, 0, 3 }, { 0, 1, 0 } };

    [Fact]
    public void ExpertsAreAveragedCellByCell()
    {
        double[,] e1 = { { 0, 4 }, { 0, 0 } }, e2 = { { 0, 2 }, { 1, 0 } };
        var a = StructureFixtures.Matrix(e1, e2).Average();
        Assert.Equal(3, a[0, 1]);
        Assert.Equal(0.5, a[1, 0]);
    }

    [Fact]
    public void UserThresholdIsKept()
    {
        var d = Dematel.Analyse(StructureFixtures.Matrix(Hand), 0.9);
        Assert.Equal(ThresholdKind.User, d.ThresholdKind);
        Assert.True(d.Above(0, 2));      // 40/43 = 0.93
        Assert.False(d.Above(0, 1));     // 36/43 = 0.84
    }

    [Fact]
    public void AllZeroRatingsGiveNoInfluenceAndNoArrow()
    {
        var d = Dematel.Analyse(StructureFixtures.Matrix(new double[3, 3]));
        Assert.All(d.R, r => Assert.Equal(0, r));
        Assert.False(d.Above(0, 1));
    }

    [Fact]
    public void ASpectralRadiusOfOneIsRefusedWithAReason()
    {
        // Two factors that only influence each other at the top of the scale: N = [[0,1],[1,0]], I − N is singular.
        var e = Assert.Throws<StructureException>(() => Dematel.Analyse(StructureFixtures.Matrix(new double[,] { { 0, 4 }, { 4, 0 } })));
        Assert.Contains("spectral radius", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(double.PositiveInfinity)]
    public void ABadThresholdIsRefused(double t) =>
        Assert.Throws<StructureException>(() => Dematel.Analyse(StructureFixtures.Matrix(Hand), t));
}
