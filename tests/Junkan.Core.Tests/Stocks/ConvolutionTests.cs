using CsCheck;
using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;
using static Junkan.Core.Tests.Stocks.StockTestData;

namespace Junkan.Core.Tests.Stocks;

/// <summary>
/// The convolution fast path (inflow-driven, no policy) against the hazard form, which an identity policy (every period
/// factor 1) forces and which multiplies every hazard by exactly 1; and the one-year API <see cref="StockConvolution"/>.
/// </summary>
public class ConvolutionTests
{
    private const double Relative = 1e-12;

    private static readonly Gen<LifetimeDistribution> GenLifetime = Gen.OneOf(
        Gen.Double[0, 30].Select(LifetimeDistribution.Fixed),
        Gen.Select(Gen.Double[0, 30], Gen.Double[0.1, 10]).Select((m, s) => LifetimeDistribution.Normal(m, s)),
        Gen.Select(Gen.Double[0, 30], Gen.Double[0.1, 20]).Select((m, s) => LifetimeDistribution.FoldedNormal(m, s)),
        Gen.Select(Gen.Double[0.2, 30], Gen.Double[0.1, 20]).Select((m, s) => LifetimeDistribution.LogNormal(m, s)),
        Gen.Select(Gen.Double[0.3, 6], Gen.Double[0.2, 30]).Select((k, l) => LifetimeDistribution.Weibull(k, l)),
        Gen.Double[0.2, 30].Select(LifetimeDistribution.Exponential),
        Gen.Select(Gen.Double[0.3, 8], Gen.Double[0.2, 8]).Select((k, t) => LifetimeDistribution.Gamma(k, t)),
        Gen.Double[0, 0.3].Array[1, 12].Select(h => LifetimeDistribution.Empirical(EmpiricalSurvival.FromHazards(h))));

    private static readonly Gen<TimeConvention> GenConvention =
        Gen.OneOf(Gen.Const(TimeConvention.YearEnd), Gen.Const(TimeConvention.Middle), Gen.Const(TimeConvention.Start), Gen.Int[2, 12].Select(TimeConvention.Quadrature));

    /// <summary>Series, years (across the 16-year blocks), lifetimes (per series or per series and cohort), inflows, convention.</summary>
    private static readonly Gen<(StockBatch Batch, double[] Inflow, TimeConvention Convention)> GenRun =
        from series in Gen.Int[1, 6]
        from years in Gen.Int[1, 90]
        from byCohort in Gen.Bool
        from lifetimes in GenLifetime.Array[byCohort ? series * years : series]
        from inflow in Gen.OneOf(Gen.Double[0, 1e4], Gen.Const(0.0)).Array[series * years]
        from convention in GenConvention
        select (new StockBatch(series, years, lifetimes, byCohort: byCohort), inflow, convention);

    [Fact]
    public void Convolution_equals_the_hazard_form_on_random_batches()
    {
        GenRun.Sample(r =>
        {
            var fast = DynamicStockEngine.InflowDriven(r.Batch, r.Inflow, new StockModelOptions { Convention = r.Convention });
            var hazard = DynamicStockEngine.InflowDriven(r.Batch, r.Inflow, HazardForm(r.Batch.Years, r.Convention));
            for (int s = 0; s < r.Batch.SeriesCount; s++)
            {
                Assert.True(hazard.InflowOf(s).SequenceEqual(fast.InflowOf(s)));
                double scale = Scale(hazard.InflowOf(s), hazard.StockOf(s), hazard.OutflowOf(s));
                Close(hazard.StockOf(s), fast.StockOf(s), scale, $"stock {s}");
                Close(hazard.OutflowOf(s), fast.OutflowOf(s), scale, $"outflow {s}");
                Close(hazard.StockChangeOf(s), fast.StockChangeOf(s), scale, $"stock change {s}");
            }
            return MassBalance.MaxRelativeError(fast) <= MassBalance.Tolerance;
        }, iter: 300);
    }

    [Fact]
    public void Convolution_equals_the_hazard_form_over_200_years()
    {
        var lifetimes = new[] { LifetimeDistribution.Weibull(1.3, 25), LifetimeDistribution.Weibull(4, 6), LifetimeDistribution.LogNormal(15, 9) };
        var batch = new StockBatch(lifetimes.Length, 200, lifetimes);
        var inflow = RandomSeries(3, lifetimes.Length * 200);
        var fast = DynamicStockEngine.InflowDriven(batch, inflow);
        var hazard = DynamicStockEngine.InflowDriven(batch, inflow, HazardForm(200, TimeConvention.YearEnd));
        AllClose(hazard.Stock, fast.Stock, Relative, "stock");
        AllClose(hazard.Outflow, fast.Outflow, Relative, "outflow");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Constant_inflow_and_fixed_lifetime_give_inflow_times_lifetime(bool byCohort)
    {
        const int years = 70, lifetime = 12;
        const double inflow = 250;
        var lifetimes = Enumerable.Repeat(LifetimeDistribution.Fixed(lifetime), byCohort ? years : 1).ToArray();
        var run = DynamicStockEngine.InflowDriven(new StockBatch(1, years, lifetimes, byCohort: byCohort), Enumerable.Repeat(inflow, years).ToArray());
        for (int t = 0; t < years; t++)
        {
            Assert.Equal(inflow * Math.Min(t + 1, lifetime), run.Stock[t], 9);   // year-end: sf(a) = 1 for a < 12
            Assert.Equal(t >= lifetime ? inflow : 0, run.Outflow[t], 9);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(37)]
    [InlineData(64)]
    public void Scalar_and_vector_sums_agree(int years)
    {
        const int pad = 32;
        int padded = (years + 31) / 32 * 32;
        var sf = SurvivalCurve.Evaluate(LifetimeDistribution.Weibull(2, 9), TimeConvention.YearEnd, years);
        var pdf = new double[years];
        StockConvolution.Pdf(sf, pdf);
        var inflow = RandomSeries(5, years);
        var pdfPadded = new double[pad + years];
        pdf.CopyTo(pdfPadded, pad);
        double[] outflow = new double[padded], scalar = new double[years];
        ConvolutionKernel.ConvolveBlocks(inflow, pdfPadded, outflow);
        ConvolutionKernel.ConvolveScalar(inflow, pdf, scalar);
        AllClose(scalar, outflow.AsSpan(padded - years), Relative, "outflow");
        Assert.Equal(inflow[0] * pdf[0], scalar[0]);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(600)]   // more than one 256-year chunk
    public void One_year_api_equals_the_batch_run(int years)
    {
        var lifetime = LifetimeDistribution.Gamma(2.5, 6);
        var inflow = RandomSeries(7, years);
        var run = DynamicStockModel.InflowDriven(inflow, lifetime);
        var sf = SurvivalCurve.Evaluate(lifetime, TimeConvention.YearEnd, years);
        var pdf = new double[years];
        StockConvolution.Pdf(sf, pdf);
        var stock = Enumerable.Range(0, years).Select(t => StockConvolution.StockAt(inflow, sf, t)).ToArray();
        var outflow = Enumerable.Range(0, years).Select(t => StockConvolution.OutflowAt(inflow, pdf, t)).ToArray();
        AllClose(run.Stock, stock, Relative, "stock");
        AllClose(run.Outflow, outflow, Relative, "outflow");
    }

    [Fact]
    public void One_year_api_known_answer_and_bad_arguments()
    {
        double[] inflow = [100, 100, 100, 100, 100], sf = [1, 1, 1, 0, 0], pdf = new double[5];   // fixed lifetime 3
        StockConvolution.Pdf(sf, pdf);
        Assert.Equal(300, StockConvolution.StockAt(inflow, sf, 4));
        Assert.Equal(100, StockConvolution.OutflowAt(inflow, pdf, 4));
        Assert.Equal(0, StockConvolution.OutflowAt(inflow, pdf, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => StockConvolution.OutflowAt(inflow, pdf, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => StockConvolution.StockAt(inflow, sf, -1));
        Assert.Throws<ArgumentException>(() => StockConvolution.StockAt(inflow, sf.AsSpan(0, 2), 3));
    }

    /// <summary>
    /// |expected − actual| ≤ 1e-12 × the largest inflow, stock or outflow of the series: the hazard form rounds a
    /// survival below about 1e-16 of the previous year's to 0 (hazard 1), which the convolution keeps.
    /// </summary>
    private static void Close(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double scale, string what)
    {
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Relative * scale, $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (scale {scale})");
    }

    private static double Scale(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c)
    {
        double scale = 0;
        foreach (var row in new[] { a.ToArray(), b.ToArray(), c.ToArray() })
            foreach (double v in row) scale = Math.Max(scale, Math.Abs(v));
        return scale;
    }

    /// <summary>Options that force the hazard form without changing the model: a policy whose period factors are all 1.</summary>
    private static StockModelOptions HazardForm(int years, TimeConvention convention) =>
        new() { Convention = convention, Policy = new LifetimePolicy(Enumerable.Repeat(1.0, years).ToArray(), null) };
}
