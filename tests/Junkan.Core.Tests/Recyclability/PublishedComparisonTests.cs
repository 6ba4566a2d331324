using Junkan.Core.Recyclability;
using static Junkan.Core.Tests.Recyclability.RecyclabilityFixture;

namespace Junkan.Core.Tests.Recyclability;

public class PublishedComparisonTests
{
    private static PublishedFigure Figure(double t) => new("Xa", "recovered_japan", E(t));

    [Theory]
    [InlineData(44.65, 341_654, 44.65 / 341_654, true)]    // Cu today: the model is 1/7,650 of the smelters' secondary copper
    [InlineData(69, 69, 1.0, false)]
    [InlineData(10, 100, 0.1, false)]                        // the bounds themselves are not flagged
    [InlineData(1000, 100, 10.0, false)]
    [InlineData(9.99, 100, 0.0999, true)]
    [InlineData(1001, 100, 10.01, true)]
    public void The_ratio_is_model_over_published_and_beyond_tenfold_is_flagged(double model, double published, double ratio, bool flagged)
    {
        var c = PublishedComparison.Compare(Figure(published), model, independent: true);
        Assert.Equal(ratio, c.Ratio!.Value, 12);
        Assert.Equal(flagged, c.Tenfold);
        Assert.Equal(flagged, c.Flags.Any(f => f.StartsWith(PublishedComparison.TenfoldFlag, StringComparison.Ordinal)));
    }

    [Fact]
    public void No_model_figure_gives_no_ratio_and_says_so()
    {
        var c = PublishedComparison.Compare(Figure(384), null, independent: true);
        Assert.Null(c.Ratio);
        Assert.False(c.Tenfold);
        Assert.Contains(c.Flags, f => f.StartsWith("no model figure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_published_figure_the_model_uses_is_marked_not_independent()
    {
        // The fixture's figures all cite "test"; Xa's recoverable tonnes rest on them.
        var a = RecyclabilityAssessor.Assess(Xa(), new AssessmentContext(2024, 2040, CarFlows(), new Dictionary<string, double>()), CentralValues.Instance);
        var c = Assert.Single(PublishedComparison.Of(a, [Figure(9.158)], ExternalProvenance.None));
        Assert.False(c.Independent);
        Assert.Equal(1.0, c.Ratio!.Value, 12);
        Assert.Contains(c.Flags, f => f.StartsWith("not independent", StringComparison.Ordinal));
        Assert.Empty(PublishedComparison.Of(a, [new PublishedFigure("Xb", "recovered_japan", E(5))], ExternalProvenance.None));
    }
}
