using CsCheck;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using static Junkan.Core.Tests.Recyclability.RecyclabilityFixture;

namespace Junkan.Core.Tests.Recyclability;

/// <summary>
/// Issue 12, first increment: primary by-product recovery is shown, never counted; a published output (recovered metal)
/// is today's recoverable tonnage as it stands, without a second application of collection rates and yields.
/// </summary>
public class PrimaryAndOutputTests
{
    private static readonly Dictionary<string, double> Risk = new() { ["Xa"] = 0.5 };

    /// <summary>Xa (fixture) plus a smelter slime that publishes 40 t/y of metal produced from imported concentrates.</summary>
    private static ElementProfile WithSlime(Estimate? recovered, Estimate? contained = null)
    {
        var p = Xa();
        return p with
        {
            Sources = [.. p.Sources, new RecyclingSource("Xa", "slime", SourceKind.ByProduct, null, CollectionRoute.None, "anode slime", "スライム",
                null, contained, F(0.5), F(0.7), null, F(0.8), F(0.85), E(9, "TRL"), Recovered: recovered)],
        };
    }

    [Fact]
    public void A_primary_by_product_is_shown_apart_and_changes_no_total_or_criterion()
    {
        var ctx = new AssessmentContext(2024, 2040, CarFlows(), Risk);
        var without = RecyclabilityAssessor.Assess(Xa(), ctx, CentralValues.Instance);
        var with = RecyclabilityAssessor.Assess(WithSlime(E(40), contained: E(1000)), ctx, CentralValues.Instance);
        // Hand-computed (fixture): contained 32 t, recoverable 9.158 t; the slime adds nothing to either.
        Assert.Equal(32, with.Contained!.Value, 12);
        Assert.Equal(9.158, with.Recoverable!.Value, 12);
        Assert.Equal(40, with.PrimaryByproduct);
        Assert.Null(without.PrimaryByproduct);
        foreach (var c in Criteria.All) Assert.Equal(without[c], with[c]);
        var slime = with.Sources[^1];
        Assert.Null(slime.Contained);
        Assert.Null(slime.Recoverable);
        Assert.Null(slime.RecoverableAchievable);
        Assert.Equal(40, slime.PrimaryByproduct);
        Assert.Empty(slime.Gaps);
    }

    [Fact]
    public void A_primary_by_product_is_no_urban_ore_even_when_it_is_the_only_source_with_a_content()
    {
        var p = WithSlime(E(40));
        p = p with { Sources = [p.Sources[^1]] };     // the slime alone (content 0.5, ore grade 0.001)
        var a = RecyclabilityAssessor.Assess(p, new AssessmentContext(2024, 2040, CarFlows(), Risk), CentralValues.Instance);
        Assert.Null(a[Criterion.UrbanOreRatio]);       // before: 0.5 / 0.001 = 500
        Assert.Null(a[Criterion.Collectability]);
        Assert.Null(a[Criterion.TechnologyReadiness]);
        Assert.Null(a.Recoverable);
        Assert.Equal(40, a.PrimaryByproduct);
    }

    [Fact]
    public void A_primary_by_product_without_a_published_output_names_that_gap_and_still_counts_nothing()
    {
        var a = SourceCalculator.Amount(WithSlime(null, contained: E(170_000)).Sources[^1], 2024, ProductElementFlows.Empty, CentralValues.Instance);
        Assert.Null(a.Contained);
        Assert.Null(a.Recoverable);
        Assert.Null(a.PrimaryByproduct);
        Assert.Equal(["recovered (primary by-product output)"], a.Gaps);
    }

    [Fact]
    public void A_published_output_is_recovered_today_as_it_stands()
    {
        // Ga-like: 69 t of secondary metal with collection 0.8 and yields 0.8 × 0.85 on the row. Before issue 12 the
        // calculator gave 69 × 0.8 × 0.8 × 0.85 = 37.536 t; the output is already after those losses: 69 t.
        var s = Xa().Sources[0] with { Generation = null, Content = null, CollectionNow = F(0.8), CollectionAchievable = null, YieldPre = F(0.8), YieldEnd = F(0.85), Recovered = E(69) };
        var a = SourceCalculator.Amount(s, 2024, ProductElementFlows.Empty, CentralValues.Instance);
        Assert.Equal(69, a.Recoverable);
        Assert.Equal(69, a.RecoverableAchievable);     // no achievable rate published: today's
        Assert.Equal(69, a.Contained);                 // no contained figure: the output, a lower bound
        Assert.Empty(a.Gaps);                          // neither rate nor yields are needed
    }

    [Fact]
    public void The_achievable_tonnage_of_an_output_scales_with_the_published_collection_rates()
    {
        // 20 t recovered at collection 0.5 today, 0.7 achievable → 20 × 0.7 / 0.5 = 28 t; contained 1,000 × 0.02 = 20 t.
        var s = Xa().Sources[0] with { Recovered = E(20) };
        var a = SourceCalculator.Amount(s, 2024, ProductElementFlows.Empty, CentralValues.Instance);
        Assert.Equal(20, a.Recoverable);
        Assert.Equal(28, a.RecoverableAchievable!.Value, 12);
        Assert.Equal(20, a.Contained!.Value, 12);
    }

    [Fact]
    public void Default_assumptions_are_not_applied_to_outputs_or_primary_by_products()
    {
        DefaultAssumption[] defaults = [new(null, null, "collection_rate_now", 0.7, 0.3, 0.95, "any"), new(null, null, "yield_pre", 0.8, 0.5, 0.95, "any")];
        var output = Xa().Sources[0] with { CollectionNow = null, YieldPre = null, Recovered = E(5) };
        var primary = WithSlime(E(40)).Sources[^1] with { CollectionNow = null, YieldPre = null };
        Assert.Null(DefaultAssumption.Apply(output, defaults).CollectionNow);
        Assert.Null(DefaultAssumption.Apply(primary, defaults).YieldPre);
        Assert.NotNull(DefaultAssumption.Apply(Xa().Sources[0] with { CollectionNow = null }, defaults).CollectionNow);
    }

    [Fact]
    public void In_every_draw_the_size_of_a_primary_by_product_changes_no_criterion()
    {
        var ctx = new AssessmentContext(2024, 2040, CarFlows(), Risk);
        Gen.Int[0, 10_000].Sample(seed =>
        {
            Span<double> a = stackalloc double[Criteria.All.Count], b = stackalloc double[Criteria.All.Count];
            // The same draws (the slime's figures consume the same random numbers), a hundredfold by-product output.
            RecyclabilityAssessor.AssessCriteria(WithSlime(E(40), E(1000)), ctx, new SampledValues(new Random(seed)), a);
            RecyclabilityAssessor.AssessCriteria(WithSlime(E(4000), E(100_000)), ctx, new SampledValues(new Random(seed)), b);
            for (int j = 0; j < a.Length; j++)
                if (!(a[j].Equals(b[j]))) return false;
            return true;
        });
    }

    private static readonly Gen<(double Rate, double More)> RatePairs = Gen.Select(Gen.Double[0.01, 1], Gen.Double[0, 1]);

    [Fact]
    public void More_achievable_collection_never_lowers_the_achievable_output()
    {
        RatePairs.Sample(x =>
        {
            var s = Xa().Sources[0] with { Recovered = E(20), CollectionNow = F(x.Rate), CollectionAchievable = F(x.Rate) };
            var more = s with { CollectionAchievable = F(Math.Min(1, x.Rate + x.More)) };
            var a = SourceCalculator.Amount(s, 2024, ProductElementFlows.Empty, CentralValues.Instance);
            var b = SourceCalculator.Amount(more, 2024, ProductElementFlows.Empty, CentralValues.Instance);
            return b.RecoverableAchievable >= a.RecoverableAchievable && a.RecoverableAchievable >= a.Recoverable;
        });
    }
}
