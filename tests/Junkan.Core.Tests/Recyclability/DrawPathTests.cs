using Junkan.Core.Citations;
using Junkan.Core.Elements;
using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Core.Stocks.Products;
using static Junkan.Core.Tests.Recyclability.RecyclabilityFixture;

namespace Junkan.Core.Tests.Recyclability;

/// <summary>
/// The allocation-free paths of the Monte Carlo draws give bit for bit what the full assessment, LINQ ranking and
/// sorting, and freshly built end-of-life flows give.
/// </summary>
public class DrawPathTests
{
    private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    private static AssessmentContext Context() => new(2024, 2040, CarFlows(), new Dictionary<string, double> { ["Xa"] = 0.5 })
    {
        Prices = new ElementPrices(new Dictionary<string, Estimate> { ["Xa"] = new Estimate(1000, 800, 1500, EstimateUnit.Parse("USD/t"), Provenance.Of("test", 4, 2023)) }, new Dictionary<string, string>()),
    };

    [Fact]
    public void Draw_path_criteria_equal_those_of_the_full_assessment_from_the_same_draw()
    {
        var profiles = new[] { Xa(), Xa() with { Element = "Xb", OreGrade = null, JapanDemand = null } };
        var reused = new SampledValues(new Random(0));
        var criteria = new double[Criteria.All.Count];
        for (int seed = 0; seed < 200; seed++)
        {
            var full = new SampledValues(new Random(seed));
            var expected = profiles.Select(p => RecyclabilityAssessor.Assess(p, Context(), full)).ToArray();
            reused.Restart(new Random(seed));
            foreach (var a in expected)
            {
                RecyclabilityAssessor.AssessCriteria(profiles.Single(p => p.Element == a.Element), Context(), reused, criteria);
                foreach (var c in Criteria.All)
                    Assert.True(Same(a[c] ?? double.NaN, criteria[(int)c]), $"{a.Element} {c.Key()} seed {seed}: {a[c]} vs {criteria[(int)c]}");
            }
        }
    }

    [Fact]
    public void Ranks_break_ties_by_name_then_position_as_the_stable_sort_did()
    {
        var random = new Random(5);
        for (int trial = 0; trial < 200; trial++)
        {
            int n = random.Next(1, 25);
            var scores = Enumerable.Range(0, n).Select(_ => random.Next(4) / 4.0).ToArray();
            var names = Enumerable.Range(0, n).Select(_ => ((char)('a' + random.Next(5))).ToString()).ToArray();
            var order = Enumerable.Range(0, n).OrderByDescending(i => scores[i]).ThenBy(i => names[i], StringComparer.Ordinal).ToArray();
            var expected = new int[n];
            for (int r = 0; r < n; r++) expected[order[r]] = r + 1;
            Assert.Equal(expected, Aggregation.Ranks(scores, names));
        }
    }

    [Fact]
    public void Percentiles_by_selection_equal_those_of_the_sorted_sample()
    {
        var random = new Random(11);
        double[] special = [0.0, -0.0, double.NaN, double.PositiveInfinity, 1, 1, 2];
        for (int trial = 0; trial < 500; trial++)
        {
            int n = trial < 100 ? trial : random.Next(100, 3000);
            var sample = Enumerable.Range(0, n).Select(_ => random.Next(3) switch
            {
                0 => special[trial % 2 == 0 ? random.Next(special.Length) : random.Next(2, special.Length)],   // odd trials: no −0
                1 => random.Next(10) / 10.0,
                _ => random.NextDouble(),
            }).ToArray();
            var sorted = sample.Where(double.IsFinite).Order().ToArray();
            var spread = MonteCarloSelection.Percentiles(sample, new double[n]);
            if (sorted.Length == 0) { Assert.Equal(new Spread(null, null, null), spread); continue; }
            double At(double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
            Assert.True(Same(At(0.05), spread.P5!.Value) && Same(At(0.5), spread.P50!.Value) && Same(At(0.95), spread.P95!.Value), $"trial {trial}");
        }
    }

    [Fact]
    public void Refilled_end_of_life_flows_equal_fresh_ones()
    {
        double[] inflow = [100, 120, 150, 90, 200, 210, 180, 160];
        ProductInflowPath Path(string product, string scenario) => new(new ProductId(product), scenario, 2020, inflow, "units", ["test"], 3);
        var lifetimes = new Dictionary<string, ProductLifetime>
        {
            ["car"] = new("car", LifetimeDistribution.Normal(4, 1), 3, 5, Provenance.Of("test", 3), ""),
            ["pc"] = new("pc", LifetimeDistribution.Normal(3, 1), 2, 4, Provenance.Of("test", 3), ""),
        };
        ElementContent Content(string product, string element) => new(new ProductId(product), new ElementSymbol(element), 1, 0.5, 1.5, Provenance.Of("test", 3, 2020), "");
        var draws = new EndOfLifeDraws([Path("car", "reference"), Path("pc", "reference"), Path("car", "high")], lifetimes,
            [Content("car", "Xa"), Content("car", "Xb"), Content("pc", "Xa")], 20, 3);
        var reused = new ProductElementFlows();
        for (int d = 0; d < 20; d++)
        {
            draws.Fill(reused, d, "reference");
            var fresh = draws.For(d, "reference");
            foreach (var (product, element) in new[] { ("car", "Xa"), ("car", "Xb"), ("pc", "Xa"), ("pc", "Xb") })
            {
                Assert.Equal(fresh.Has(product, element), reused.Has(product, element));
                for (int year = 2019; year <= 2028; year++)
                    Assert.Equal(fresh.Tonnes(product, element, year), reused.Tonnes(product, element, year));
            }
        }
    }
}
