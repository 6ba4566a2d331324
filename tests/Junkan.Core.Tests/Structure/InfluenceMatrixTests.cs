using Junkan.Core.Structure;

namespace Junkan.Core.Tests.Structure;

public sealed class InfluenceMatrixTests
{
    [Theory]
    [InlineData(double.NaN, 0, 1)]
    [InlineData(-1, 0, 1)]
    [InlineData(4.5, 1, 0)]
    [InlineData(2, 1, 1)]          // diagonal
    public void InvalidRatingsCannotBeConstructed(double v, int i, int j)
    {
        var m = new double[2, 2];
        m[i, j] = v;
        Assert.Equal((i, j), InfluenceMatrix.Problem(m, 2) is { } p ? (p.Row, p.Column) : (-9, -9));
        Assert.Throws<ArgumentException>(() => StructureFixtures.Matrix(m));
    }

    [Fact]
    public void ANonSquareMatrixCannotBeConstructed() =>
        Assert.Throws<ArgumentException>(() => new InfluenceMatrix(StructureFixtures.Factors(2), [new double[2, 3]]));

    [Fact]
    public void DuplicateFactorIdsAreRefused() =>
        Assert.Throws<ArgumentException>(() => new InfluenceMatrix([.. StructureFixtures.Factors(1), .. StructureFixtures.Factors(1)], [new double[2, 2]]));

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("x<script>")]
    public void MalformedFactorIdsAreRefused(string id) => Assert.Throws<ArgumentException>(() => new FactorId(id));

    [Fact]
    public void TheMatrixIsCopiedSoTheCallerCannotChangeItLater()
    {
        var m = new double[,] { { 0, 1 }, { 2, 0 } };
        var im = StructureFixtures.Matrix(m);
        m[0, 1] = 4;
        Assert.Equal(1, im.Rating(0, 0, 1));
    }
}
