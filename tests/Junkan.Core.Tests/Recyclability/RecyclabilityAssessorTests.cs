using CsCheck;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using static Junkan.Core.Tests.Recyclability.RecyclabilityFixture;

namespace Junkan.Core.Tests.Recyclability;

public class RecyclabilityAssessorTests
{
    private static readonly Dictionary<string, double> Risk = new() { ["Xa"] = 0.5 };

    [Fact]
    public void A_hand_computed_element_end_to_end()
    {
        var a = RecyclabilityAssessor.Assess(Xa(), new AssessmentContext(2024, 2040, CarFlows(), Risk), CentralValues.Instance);
        // Contained: 1,000 × 0.02 = 20; 10; 2 (model) → 32 t.
        Assert.Equal(32, a.Contained!.Value, 12);
        // Recoverable: 20 × 0.5 × 0.9 × 0.8 = 7.2; 10 × 0.1 × 1 × 0.5 = 0.5; 2 × 0.9 × 0.9 × 0.9 = 1.458 → 9.158 t.
        Assert.Equal(9.158, a.Recoverable!.Value, 12);
        // Achievable: scrap at 0.7 → 10.08; residue and EV have no achievable rate, so today's: 0.5 + 1.458.
        Assert.Equal(10.08 + 0.5 + 1.458, a.RecoverableAchievable!.Value, 12);
        Assert.Equal(0.09158, a[Criterion.DemandShare]!.Value, 12);
        Assert.Equal(20.0, a[Criterion.UrbanOreRatio]!.Value, 9);          // dominant source with a content: scrap, 0.02 / 0.001
        Assert.Equal(1.0, a[Criterion.Collectability]!.Value, 12);         // the residue has no route but arises at a plant
        Assert.Equal(0.2, a[Criterion.Dissipation]);
        Assert.Equal(9.0, a[Criterion.TechnologyReadiness]);              // TRL of the dominant (scrap) source
        Assert.Equal(0.5, a[Criterion.SupplyRisk]);
        // 2040: 7.2 + 0.5 + 8 × 0.729 = 13.532; growth 13.532 / 9.158.
        Assert.Equal(13.532 / 9.158, a[Criterion.Growth]!.Value, 12);
        Assert.Empty(a.Flags);
    }

    [Fact]
    public void End_of_life_products_without_a_route_are_not_collectable()
    {
        var p = Xa();
        p = p with { Sources = [p.Sources[0], p.Sources[1], p.Sources[2] with { Route = CollectionRoute.None }] };
        var a = RecyclabilityAssessor.Assess(p, new AssessmentContext(2024, 2040, CarFlows(), Risk), CentralValues.Instance);
        Assert.Equal(30.0 / 32, a[Criterion.Collectability]!.Value, 12);
    }

    [Fact]
    public void Default_assumptions_fill_only_what_is_missing_and_the_most_specific_wins()
    {
        DefaultAssumption[] defaults =
        [
            new(null, null, "yield_end", 0.85, 0.5, 0.98, "any"),
            new(SourceKind.ProcessScrap, null, "collection_rate_now", 0.8, 0.5, 0.95, "scrap"),
            new(null, CollectionRoute.IndustrialWaste, "collection_rate_now", 0.6, 0.2, 0.9, "route"),
            new(SourceKind.ProcessScrap, CollectionRoute.IndustrialWaste, "collection_rate_now", 0.9, 0.7, 1, "both"),
        ];
        var s = Xa().Sources[0] with { CollectionNow = null, YieldEnd = null };
        var filled = DefaultAssumption.Apply(s, defaults);
        Assert.Equal(0.9, filled.CollectionNow!.Value);
        Assert.True(DefaultAssumption.IsAssumed(filled.CollectionNow));
        Assert.Equal(0.85, filled.YieldEnd!.Value);
        Assert.Same(s.YieldPre, filled.YieldPre);                          // a sourced figure is never replaced
        Assert.False(DefaultAssumption.IsAssumed(filled.YieldPre));
    }

    [Fact]
    public void Gaps_are_named_and_leave_the_amount_empty()
    {
        var p = Xa();
        var gap = p.Sources[0] with { Generation = null, YieldEnd = null };
        var a = SourceCalculator.Amount(gap, 2024, ProductElementFlows.Empty, CentralValues.Instance);
        Assert.Null(a.Contained);
        Assert.Null(a.Recoverable);
        Assert.Equal(["generation", "yield_end"], a.Gaps);
    }

    [Fact]
    public void Contained_above_the_demand_based_ceiling_is_flagged()
    {
        var p = Xa() with { JapanDemand = E(20) };
        var a = RecyclabilityAssessor.Assess(p, new AssessmentContext(2024, 2040, CarFlows(), Risk), CentralValues.Instance);
        Assert.Contains(a.Flags, f => f.Contains("exceeds the demand-based ceiling 16 t/y"));
    }

    private static readonly Gen<(double Rate, double Pre, double End, double More)> Rates =
        Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0, 1]);

    [Fact]
    public void Recoverable_never_exceeds_contained_and_more_collection_never_recovers_less()
    {
        Rates.Sample(x =>
        {
            var s = Xa().Sources[0] with { CollectionNow = F(x.Rate), YieldPre = F(x.Pre), YieldEnd = F(x.End) };
            var more = s with { CollectionNow = F(Math.Min(1, x.Rate + x.More)) };
            var a = SourceCalculator.Amount(s, 2024, ProductElementFlows.Empty, CentralValues.Instance);
            var b = SourceCalculator.Amount(more, 2024, ProductElementFlows.Empty, CentralValues.Instance);
            return a.Recoverable <= a.Contained * (1 + 1e-15) && b.Recoverable >= a.Recoverable;
        });
    }
}
