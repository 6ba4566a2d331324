using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Integration;

namespace Junkan.Core.Tests.Stocks;

public class LifetimeDistributionTests
{
    [Fact]
    public void Weibull_shape_1_2_scale_1_survives_to_age_1_with_probability_e_to_the_minus_1() =>
        Assert.Equal(Math.Exp(-1), LifetimeDistribution.Weibull(1.2, 1).Survival(1.0), 15);

    [Theory]
    [InlineData(20, 20, 5)]
    [InlineData(20, 8, 31)]
    [InlineData(0, 3, 2)]
    [InlineData(5, 1.5, 4.2)]
    public void Folded_normal_matches_its_closed_form_from_an_independent_normal_cdf(double mu, double sigma, double x)
    {
        double expected = 1 - Normal.CDF(mu, sigma, x) + 1 - Normal.CDF(-mu, sigma, x);
        Assert.Equal(expected, LifetimeDistribution.FoldedNormal(mu, sigma).Survival(x), 12);
    }

    [Fact]
    public void Folded_normal_with_mu_0_is_the_two_sided_tail() =>
        // P(|Z| > 1) = 0.31731050786291415 (two-sided 1-sigma tail of the standard normal).
        Assert.Equal(0.31731050786291415, LifetimeDistribution.FoldedNormal(0, 2).Survival(2), 14);

    [Theory]
    [InlineData(20, 8)]
    [InlineData(20, 20)]
    [InlineData(10, 3)]
    [InlineData(3, 2)]
    public void Log_normal_has_the_mean_and_sd_it_was_given(double mean, double sd)
    {
        // E[T] = ∫S and E[T²] = 2∫x S(x); m ≠ v catches ODYM's inverted ratio, which m = v cannot.
        var d = LifetimeDistribution.LogNormal(mean, sd);
        double m1 = Integrate(x => d.Survival(x));
        double m2 = 2 * Integrate(x => x * d.Survival(x));
        Assert.Equal(mean, m1, mean * 1e-6);
        Assert.Equal(sd, Math.Sqrt(m2 - m1 * m1), sd * 1e-5);
        Assert.Equal(mean, d.MeanLifetime);
    }

    [Fact]
    public void Gamma_with_shape_2_has_the_closed_form_survival()
    {
        var d = LifetimeDistribution.Gamma(2, 5);
        foreach (double x in new[] { 0.5, 5, 12, 40 })
            Assert.Equal((1 + x / 5) * Math.Exp(-x / 5), d.Survival(x), 13);
    }

    [Fact]
    public void Normal_survives_half_at_its_mean_and_fixed_steps_at_its_lifetime()
    {
        Assert.Equal(0.5, LifetimeDistribution.Normal(12, 3).Survival(12), 15);
        Assert.Equal(1.0, LifetimeDistribution.Fixed(5).Survival(4.999));
        Assert.Equal(0.0, LifetimeDistribution.Fixed(5).Survival(5));
        Assert.Equal(0.0, LifetimeDistribution.Fixed(0).Survival(0));
    }

    public static TheoryData<string> Distributions() =>
    [
        "fixed:mean=7.5", "normal:mean=12,sd=4", "normal:mean=2,sd=3", "foldednormal:mean=20,sd=20", "foldednormal:mean=8,sd=2",
        "lognormal:mean=20,sd=8", "weibull:shape=1.2,scale=10", "weibull:shape=0.8,scale=6", "exponential:mean=9", "gamma:shape=2.5,scale=4",
        "survival:0.98,0.9,0.7,0.4,0.1", "hazard:0.02,0.05,0.1,0.3,0.5,1",
    ];

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Mean_lifetime_is_the_integral_of_survival(string spec)
    {
        var d = LifetimeSpec.Parse(spec);
        double integral = d.Family switch
        {
            LifetimeFamily.Fixed => d.A,
            // Piecewise linear: integrate each whole-age piece on its own (the kinks slow a global quadrature down).
            LifetimeFamily.Empirical => Enumerable.Range(0, d.Table!.ByAge.Length + 1).Sum(a => DoubleExponentialTransformation.Integrate(d.Survival, a, a + 1, 1e-13)),
            _ => Integrate(x => d.Survival(x)),
        };
        Assert.Equal(integral, d.MeanLifetime, Math.Max(1e-6, integral * 1e-6));
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void The_outflow_pdf_sums_to_one_over_a_long_horizon(string spec)
    {
        var sf = SurvivalCurve.Evaluate(LifetimeSpec.Parse(spec), TimeConvention.YearEnd, 2000);
        double sum = 0, previous = 1;
        foreach (double s in sf) { sum += previous - s; previous = s; }
        Assert.Equal(1.0, sum, 12);
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Vectorised_survival_equals_the_scalar_formula(string spec)
    {
        var d = LifetimeSpec.Parse(spec);
        for (int n = 0; n <= 64; n++)
        {
            var ages = Enumerable.Range(0, n).Select(i => i * 0.37).ToArray();
            var v = new double[n];
            d.Survival(ages, v);
            for (int i = 0; i < n; i++) Assert.Equal(d.Survival(ages[i]), v[i], 1e-14);
        }
    }

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Spec_round_trips(string spec)
    {
        var d = LifetimeSpec.Parse(spec);
        var again = LifetimeSpec.Parse(LifetimeSpec.Format(d));
        Assert.Equal(LifetimeSpec.Format(d), LifetimeSpec.Format(again));
        Assert.Equal(d.MeanLifetime, again.MeanLifetime, 15);
        if (d.Family != LifetimeFamily.Empirical) Assert.Equal(d, again);
    }

    [Theory]
    [InlineData("normal:mean=5,sd=0", "'sd' must be a finite number > 0")]
    [InlineData("normal:mean=5,sd=-1", "'sd' must be a finite number > 0")]
    [InlineData("lognormal:mean=20", "missing parameter(s) sd")]
    [InlineData("weibull:shape=1.2,scale=NaN", "'scale=NaN' is not a finite number")]
    [InlineData("weibull:shape=1.2,scale=1,scale=2", "given twice")]
    [InlineData("poisson:mean=3", "unknown distribution 'poisson'")]
    [InlineData("gamma:shape=2,size=5", "unknown parameter 'size'")]
    [InlineData("fixed:mean=-1", "'mean' must be a finite number >= 0")]
    [InlineData("exponential:mean=0", "'mean' must be a finite number > 0")]
    [InlineData("survival:0.9,0.95", "rises from 0.9 at age 0 to 0.95 at age 1")]
    [InlineData("hazard:0.1,x", "'x' (age 1) is not a finite number")]
    [InlineData("hazard:0.1,1.5", "hazard rate at age 1 is 1.5")]
    public void Bad_specs_say_what_is_wrong(string spec, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => LifetimeSpec.Parse(spec));
        Assert.Contains(expected, e.Message);
        Assert.Contains(spec, e.Message);
    }

    [Fact]
    public void Empirical_tables_from_hazards_and_survival_agree()
    {
        var fromHazards = EmpiricalSurvival.FromHazards([0.1, 0.2, 0.5, 1.0]);
        Assert.Equal([0.9, 0.72, 0.36, 0.0], fromHazards.ByAge.ToArray(), new ToleranceComparer(1e-15));
        var d = LifetimeDistribution.Empirical(fromHazards);
        Assert.Equal(0.54, d.Survival(1.5), 15);    // linear between whole ages: (0.72 + 0.36) / 2
        Assert.Equal(0.0, d.Survival(7));           // past the table
        Assert.Equal(0.81 + 0.54 + 0.18, d.MeanLifetime, 14);   // trapezoids from S(0) = 0.9 down to S(3) = 0
    }

    [Theory]
    [InlineData(new[] { 0.9, 0.95 }, "rises")]
    [InlineData(new[] { 1.2 }, "must lie in 0..1")]
    [InlineData(new[] { double.NaN }, "must lie in 0..1")]
    public void Bad_empirical_survival_tables_are_refused(double[] table, string expected) =>
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() => EmpiricalSurvival.FromSurvival(table)).Message);

    private static double Integrate(Func<double, double> f) =>
        DoubleExponentialTransformation.Integrate(f, 0, 50, 1e-12) + DoubleExponentialTransformation.Integrate(f, 50, 2000, 1e-12);
}

internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
    public int GetHashCode(double obj) => 0;
}
