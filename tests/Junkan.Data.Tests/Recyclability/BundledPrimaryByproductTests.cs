using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Data.Recyclability;
using Junkan.Data.Reference;
using Junkan.Data.Stocks;

namespace Junkan.Data.Tests.Recyclability;

/// <summary>
/// Issue 12 as properties of the bundled data: the by_product rows (primary supply from imported concentrates) never
/// enter recovered tonnes or a criterion, and a published output (recovered metal) is not multiplied again by losses.
/// </summary>
public sealed class BundledPrimaryByproductTests
{
    private static readonly RecyclabilityData Data = RecyclabilityDataLoader.Load(Path.Combine(TestPaths.RepositoryRoot(), "data", "recyclability"),
        ReferenceDataLoader.Load(TestPaths.ReferenceFolder()),
        ProductDataLoader.Load(Path.Combine(TestPaths.RepositoryRoot(), "data", "stocks", "product_inflows.csv")));

    private static readonly AssessmentContext Context = new(2024, 2040, ProductElementFlows.Empty, new Dictionary<string, double>());

    [Fact]
    public void By_product_rows_never_enter_recovered_tonnes_the_demand_share_or_any_criterion()
    {
        int primary = 0;
        foreach (var p in Data.Profiles)
        {
            var a = RecyclabilityAssessor.Assess(p, Context, CentralValues.Instance);
            var secondaryOnly = RecyclabilityAssessor.Assess(p with { Sources = p.Sources.Where(s => s.Kind != SourceKind.ByProduct).ToArray() }, Context, CentralValues.Instance);
            Assert.Equal(secondaryOnly.Contained, a.Contained);
            Assert.Equal(secondaryOnly.Recoverable, a.Recoverable);
            Assert.Equal(secondaryOnly.RecoverableAchievable, a.RecoverableAchievable);
            Assert.Equal(secondaryOnly.ForecastRecoverable, a.ForecastRecoverable);
            foreach (var c in Criteria.All) Assert.Equal(secondaryOnly[c], a[c]);
            foreach (var x in a.Sources.Where(x => x.Source.Kind == SourceKind.ByProduct))
            {
                primary++;
                Assert.Null(x.Contained);
                Assert.Null(x.Recoverable);
                Assert.Null(x.RecoverableAchievable);
            }
        }
        Assert.True(primary >= 8, $"{primary} by_product sources in the bundled data");
    }

    [Theory]
    [InlineData("Bi", 527)]
    [InlineData("Se", 750)]
    [InlineData("In", 70)]
    [InlineData("Ga", 8)]
    [InlineData("Te", 36)]
    public void The_smelters_by_product_output_is_shown_as_primary(string element, double tonnes)
    {
        var a = RecyclabilityAssessor.Assess(Data.Profile(element), Context, CentralValues.Instance);
        Assert.Equal(tonnes, a.PrimaryByproduct);
    }

    [Fact]
    public void Bismuth_has_no_recovered_tonnes_left()
    {
        var a = RecyclabilityAssessor.Assess(Data.Profile("Bi"), Context, CentralValues.Instance);
        Assert.Null(a.Recoverable);          // before issue 12: 527 × 0.7 × 0.8 × 0.85 = 250.9 t, "39 % of demand"
        Assert.Null(a[Criterion.DemandShare]);
    }

    [Fact]
    public void Gallium_secondary_metal_is_69_t_not_37_5_t()
    {
        var a = RecyclabilityAssessor.Assess(Data.Profile("Ga"), Context, CentralValues.Instance);
        Assert.Equal(69, a.Recoverable);     // 再生地金 2012 (JOGMEC); before: 69 × 0.8 × 0.8 × 0.85 = 37.536 t
    }

    [Fact]
    public void Every_published_output_is_recovered_today_unchanged()
    {
        var outputs = Data.Profiles.SelectMany(p => p.Sources).Where(s => s.Recovered is not null && !s.IsPrimary).ToArray();
        Assert.NotEmpty(outputs);
        foreach (var s in outputs)
            Assert.Equal(s.Recovered!.Value, SourceCalculator.Amount(s, 2024, ProductElementFlows.Empty, CentralValues.Instance).Recoverable);
    }
}
