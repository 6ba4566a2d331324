using System.Numerics.Tensors;

namespace Junkan.Core.Risk;

/// <summary>Price volatility of a window of annual prices (all &gt; 0), by <see cref="PriceVolatilityMethod"/>.</summary>
public static class PriceVolatilityCalculator
{
    /// <summary>Volatility as a fraction; NaN when the window is too short for the method (CV needs 2, log returns 3).</summary>
    public static double Compute(ReadOnlySpan<double> prices, PriceVolatilityMethod method) => method switch
    {
        PriceVolatilityMethod.CoefficientOfVariation => CoefficientOfVariation(prices),
        PriceVolatilityMethod.LogReturnStdDev => LogReturnStdDev(prices),
        PriceVolatilityMethod.MaxMinRange => prices.IsEmpty ? double.NaN : TensorPrimitives.Max(prices) / TensorPrimitives.Min(prices) - 1.0,
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>CV = s / x̄ with s the sample standard deviation (n − 1).</summary>
    public static double CoefficientOfVariation(ReadOnlySpan<double> x)
    {
        if (x.Length < 2) return double.NaN;
        double mean = TensorPrimitives.Average(x);
        return SampleStdDev(x, mean) / mean;
    }

    /// <summary>Sample standard deviation of ln(pₜ/pₜ₋₁).</summary>
    public static double LogReturnStdDev(ReadOnlySpan<double> x)
    {
        if (x.Length < 3) return double.NaN;
        Span<double> r = x.Length <= 128 ? stackalloc double[x.Length - 1] : new double[x.Length - 1];
        TensorPrimitives.Divide(x[1..], x[..^1], r);
        TensorPrimitives.Log(r, r);
        return SampleStdDev(r, TensorPrimitives.Average(r));
    }

    private static double SampleStdDev(ReadOnlySpan<double> x, double mean)
    {
        double ss = 0;
        foreach (double v in x) ss += (v - mean) * (v - mean);
        return Math.Sqrt(ss / (x.Length - 1));
    }
}
