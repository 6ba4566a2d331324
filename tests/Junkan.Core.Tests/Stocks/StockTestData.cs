using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Core.Tests.Stocks;

/// <summary>Distributions and conventions every engine check runs over.</summary>
internal static class StockTestData
{
    public static readonly LifetimeDistribution[] Lifetimes =
    [
        LifetimeDistribution.Fixed(6), LifetimeDistribution.Fixed(2.5), LifetimeDistribution.Normal(10, 3), LifetimeDistribution.FoldedNormal(8, 6),
        LifetimeDistribution.LogNormal(12, 5), LifetimeDistribution.Weibull(1.2, 1), LifetimeDistribution.Weibull(2.5, 14),
        LifetimeDistribution.Exponential(7), LifetimeDistribution.Gamma(3, 4),
        LifetimeDistribution.Empirical(EmpiricalSurvival.FromHazards([0.05, 0.05, 0.1, 0.2, 0.3, 0.5, 1])),
    ];

    public static readonly TimeConvention[] Conventions =
        [TimeConvention.YearEnd, TimeConvention.Middle, TimeConvention.Start, TimeConvention.Quadrature(2), TimeConvention.Quadrature(9)];

    public static TheoryData<int, int> LifetimeAndConventionIndices()
    {
        var data = new TheoryData<int, int>();
        for (int l = 0; l < Lifetimes.Length; l++)
            for (int c = 0; c < Conventions.Length; c++) data.Add(l, c);
        return data;
    }

    public static double[] RandomSeries(int seed, int years, double max = 1000)
    {
        var r = new Random(seed);
        return Enumerable.Range(0, years).Select(_ => r.NextDouble() * max).ToArray();
    }

    public static void AllClose(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double relative, string what = "")
    {
        Assert.Equal(expected.Length, actual.Length);
        double scale = 0;
        foreach (double v in expected) scale = Math.Max(scale, Math.Abs(v));
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= relative * Math.Max(scale, 1e-300),
                $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (tolerance {relative} × {scale})");
    }
}
