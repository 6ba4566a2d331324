using System.Numerics.Tensors;

namespace Junkan.Core.Risk;

/// <summary>
/// Herfindahl-Hirschman index: HHI = 10,000 · Σᵢ (aᵢ / D)², with shares in fractions, so that a
/// monopoly gives 10,000. Herfindahl (1950); Hirschman (1945); US DOJ/FTC Horizontal Merger Guidelines (2010).
/// </summary>
public static class Hhi
{
    /// <summary>Maximum HHI (one supplier holds everything).</summary>
    public const double Monopoly = 10_000.0;

    /// <summary>HHI of <paramref name="amounts"/> as shares of <paramref name="denominator"/> (same unit, &gt; 0).</summary>
    /// <remarks>Kernel: trusts its input (non-negative amounts, positive denominator); validation is at the boundary.</remarks>
    public static double Compute(ReadOnlySpan<double> amounts, double denominator)
    {
        if (amounts.IsEmpty) return 0.0;
        double sumOfSquares = TensorPrimitives.SumOfSquares(amounts);
        return Monopoly * sumOfSquares / (denominator * denominator);
    }

    /// <summary>HHI of shares given as fractions (Σ sᵢ² · 10,000).</summary>
    public static double FromShares(ReadOnlySpan<double> shares) =>
        Monopoly * TensorPrimitives.SumOfSquares(shares);
}
