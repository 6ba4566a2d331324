using Junkan.Core.Citations;
using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using static Junkan.Core.Tests.Recyclability.RecyclabilityFixture;

namespace Junkan.Core.Tests.Recyclability;

public class ValueDensityTests
{
    private static readonly Dictionary<string, double> NoRisk = new();

    private static Estimate Price(double usdPerTonne, double low, double high) => new Estimate(usdPerTonne, low, high, EstimateUnit.Parse("USD/t"), Provenance.Of("usgs-mcs-2024", 4, 2023));

    private static AssessmentContext Context(params (string Element, Estimate Price)[] prices) =>
        new AssessmentContext(2024, 2040, CarFlows(), NoRisk) { Prices = new ElementPrices(prices.ToDictionary(p => p.Element, p => p.Price), new Dictionary<string, string>()) };

    /// <summary>One source, 100 t/y at 25 % content.</summary>
    private static ElementProfile Quarter() => new("Xq", E(100), F(0), F(0.001), null, null, null, [],
    [
        new("Xq", "sludge", SourceKind.WasteWater, null, CollectionRoute.IndustrialWaste, "sludge", "汚泥",
            E(100), null, F(0.25), F(0.5), null, F(0.9), F(0.9), E(7, "TRL")),
    ]);

    [Fact]
    public void Content_times_price_by_hand()
    {
        var a = RecyclabilityAssessor.Assess(Quarter(), Context(("Xq", Price(40_000, 30_000, 50_000))), CentralValues.Instance);
        Assert.Equal(10_000, a[Criterion.ValueDensity]!.Value, 9);        // 0.25 × 40,000 USD/t of element = 10,000 USD/t of sludge
    }

    [Fact]
    public void The_source_is_chosen_as_for_the_urban_ore_ratio()
    {
        // Xa: scrap 20 t contained at 2 %, residue 10 t at 5 %, EV without a content → the scrap, 0.02 × 1,000.
        var a = RecyclabilityAssessor.Assess(Xa(), Context(("Xa", Price(1000, 1000, 1000))), CentralValues.Instance);
        Assert.Equal(20, a[Criterion.ValueDensity]!.Value, 9);
        Assert.Equal(a[Criterion.UrbanOreRatio]!.Value * 0.001 * 1000, a[Criterion.ValueDensity]!.Value, 9);
    }

    [Fact]
    public void No_value_without_a_price_or_a_content()
    {
        var noPrice = RecyclabilityAssessor.Assess(Quarter(), new AssessmentContext(2024, 2040, CarFlows(), NoRisk), CentralValues.Instance);
        Assert.Null(noPrice[Criterion.ValueDensity]);
        Assert.Empty(noPrice.Flags);                                       // no price and no stated gap: nothing to flag

        var p = Quarter();
        var noContent = p with { Sources = [p.Sources[0] with { Content = null, Contained = E(25) }] };
        Assert.Null(RecyclabilityAssessor.Assess(noContent, Context(("Xq", Price(40_000, 30_000, 50_000))), CentralValues.Instance)[Criterion.ValueDensity]);
    }

    [Fact]
    public void A_price_gap_is_named_in_the_flags()
    {
        var ctx = new AssessmentContext(2024, 2040, CarFlows(), NoRisk)
        {
            Prices = new ElementPrices(new Dictionary<string, Estimate>(), new Dictionary<string, string> { ["Xq"] = "no USGS price series" }),
        };
        var a = RecyclabilityAssessor.Assess(Quarter(), ctx, CentralValues.Instance);
        Assert.Null(a[Criterion.ValueDensity]);
        Assert.Contains("Xq: no price for value_density: no USGS price series", a.Flags);
    }

    [Fact]
    public void Monte_Carlo_draws_the_price_like_every_other_estimate()
    {
        var price = Price(40_000, 30_000, 50_000);
        var values = new SampledValues(new Random(3));
        var a = RecyclabilityAssessor.Assess(Quarter(), Context(("Xq", price)), values);
        double drawnPrice = values.Of(price), drawnContent = values.Of(a.Sources[0].Source.Content!);   // the draws the assessment used
        Assert.InRange(drawnPrice, 30_000, 50_000);
        Assert.NotEqual(40_000, drawnPrice);
        Assert.Equal(drawnContent * drawnPrice, a[Criterion.ValueDensity]!.Value, 6);
    }

    [Fact]
    public void The_criterion_has_its_key_unit_direction_and_scale()
    {
        Assert.Equal("value_density", Criterion.ValueDensity.Key());
        Assert.Equal(Criterion.ValueDensity, Criteria.FromKey("value_density"));
        Assert.Equal("USD/t", Criterion.ValueDensity.Unit());
        Assert.True(Criterion.ValueDensity.IsLogScaled());
        Assert.False(Criterion.ValueDensity.IsCost());
        Assert.Equal(Criteria.All.Count, Criteria.All.Select(c => c.Key()).Distinct().Count());   // every criterion has its own key
        Assert.All(Criteria.All, c => Assert.Equal(c, Criteria.FromKey(c.Key())));
    }

    [Fact]
    public void The_criterion_appears_in_selection_results_with_its_spread_and_sensitivity()
    {
        var xa = Quarter() with { Element = "Xa" };
        var xb = Quarter() with { Element = "Xb", Sources = [Quarter().Sources[0] with { Element = "Xb", Content = F(0.05) }] };
        var xc = Quarter() with { Element = "Xc", Sources = [Quarter().Sources[0] with { Element = "Xc" }] };
        var prices = new ElementPrices(
            new Dictionary<string, Estimate> { ["Xa"] = Price(40_000, 30_000, 50_000), ["Xb"] = Price(40_000, 30_000, 50_000) },
            new Dictionary<string, string> { ["Xc"] = "no USGS price series" });
        var settings = new SelectionSettings(Criteria.All.ToDictionary(c => c, c => c == Criterion.ValueDensity ? 1.0 : 0.0), selectCount: 1);
        var r = MonteCarloSelection.Run([xa, xb, xc], settings, "reference", ProductElementFlows.Empty, null, NoRisk, 200, 9, prices: prices);

        var a = r.Elements.Single(e => e.Element == "Xa");
        Assert.Equal(10_000, a.Central[Criterion.ValueDensity]!.Value, 9);
        Assert.Equal(2_000, r.Elements.Single(e => e.Element == "Xb").Central[Criterion.ValueDensity]!.Value, 9);
        Assert.Null(r.Elements.Single(e => e.Element == "Xc").Central[Criterion.ValueDensity]);
        Assert.Contains(r.Elements.Single(e => e.Element == "Xc").Central.Flags, f => f.Contains("value_density"));
        Assert.Equal(["Xa"], r.Selected.Select(e => e.Element));              // the only weight: highest value density wins
        // Content 0.25 ± 20 % (quality 3) × price 30,000..50,000 USD/t.
        Assert.InRange(a.CriterionSpread[Criterion.ValueDensity].P5!.Value, 0.2 * 30_000, 10_000);
        Assert.InRange(a.CriterionSpread[Criterion.ValueDensity].P95!.Value, 10_000, 0.3 * 50_000);
        Assert.Contains(r.Sensitivity, s => s.Criterion == Criterion.ValueDensity);

        var none = MonteCarloSelection.Run([xa, xb, xc], settings.With(weights: Criteria.All.ToDictionary(c => c, _ => 1.0)), "reference",
            ProductElementFlows.Empty, null, NoRisk, 1, 9);
        Assert.All(none.Elements, e => Assert.Null(e.Central[Criterion.ValueDensity]));   // no prices passed: no value density
    }
}
