using System.Numerics.Tensors;

namespace Junkan.Core.Stocks;

/// <summary>
/// The survival-function model without a lifetime policy as a convolution, one year at a time: for inflows i[c]
/// entering in years c = 0..t and a discretised lifetime (<see cref="SurvivalCurve"/>),
/// <code>
///   s[t] = Σ_{c ≤ t} i[c] · sf(t − c)                          (stock at the end of year t)
///   o[t] = Σ_{c ≤ t} i[c] · pdf(t − c),  pdf(a) = sf(a − 1) − sf(a),  sf(−1) = 1   (outflow during year t)
/// </code>
/// Units are those of the inflow (products or tonnes per year). One dot product per call, no allocation: what a Monte
/// Carlo draw needs for one year's end-of-life flow. docs/methods/dynamic-stocks.md §4.
/// </summary>
public static class StockConvolution
{
    private const int Chunk = 256;

    /// <summary>pdf(a) = sf(a − 1) − sf(a) with sf(−1) = 1: the share of a cohort leaving use in the year it is a years old.</summary>
    public static void Pdf(ReadOnlySpan<double> sf, Span<double> pdf)
    {
        if (pdf.Length < sf.Length) throw new ArgumentException($"The pdf span has {pdf.Length} ages; the survival curve has {sf.Length}.", nameof(pdf));
        double previous = 1.0;
        for (int a = 0; a < sf.Length; a++)
        {
            pdf[a] = previous - sf[a];
            previous = sf[a];
        }
    }

    /// <summary>o[year] = Σ_{c ≤ year} inflow[c] · pdf[year − c]; <paramref name="pdf"/> needs at least year + 1 ages.</summary>
    public static double OutflowAt(ReadOnlySpan<double> inflow, ReadOnlySpan<double> pdf, int year) => At(inflow, pdf, year, nameof(pdf));

    /// <summary>s[year] = Σ_{c ≤ year} inflow[c] · sf[year − c]; <paramref name="sf"/> needs at least year + 1 ages.</summary>
    public static double StockAt(ReadOnlySpan<double> inflow, ReadOnlySpan<double> sf, int year) => At(inflow, sf, year, nameof(sf));

    private static double At(ReadOnlySpan<double> inflow, ReadOnlySpan<double> kernel, int year, string kernelName)
    {
        if ((uint)year >= (uint)inflow.Length)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The year index must lie in 0..{inflow.Length - 1} (the inflow history).");
        if (kernel.Length <= year)
            throw new ArgumentException($"The {kernelName} has {kernel.Length} ages; year index {year} needs {year + 1}.", kernelName);
        Span<double> reversed = stackalloc double[Chunk];      // the kernel reversed through a stack buffer, chunk by chunk
        double sum = 0;
        for (int start = 0; start <= year; start += Chunk)
        {
            int length = Math.Min(Chunk, year + 1 - start);    // cohorts start..start + length − 1 use ages year − c
            var ages = kernel.Slice(year - start - length + 1, length);
            ages.CopyTo(reversed);
            reversed[..length].Reverse();
            sum += TensorPrimitives.Dot(inflow.Slice(start, length), reversed[..length]);
        }
        return sum;
    }
}
