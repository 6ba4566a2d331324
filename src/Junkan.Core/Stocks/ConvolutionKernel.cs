using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Junkan.Core.Stocks;

/// <summary>
/// The fast path of inflow-driven runs without lifetime policy, initial stock or cohort detail, per series: one dot
/// product per year for the outflow and the mass balance for the stock,
/// <code>
///   o[t] = Σ_{c ≤ t} i[c] · pdf(t − c),   pdf(a) = sf(a − 1) − sf(a), sf(−1) = 1;   s[t] = max(0, s[t − 1] + i[t] − o[t]), s[−1] = 0
/// </code>
/// (the max removes rounding below 0, of order 1e-16 × the largest flow; the stock's error grows at most with years × that).
/// which is what the hazard form of <see cref="SeriesKernel"/> telescopes to (s[t] = Σ_c i[c] · sf(t − c); sf kept in
/// 0..1 and non-increasing, as its clamped hazards do). One lifetime per series: blocks of 32 years, each inflow
/// broadcast once against the shifted pdf into 8 FMA accumulators (about one load per FMA; fused, never "estimate": the
/// estimate may fuse in optimised code and not in the JIT's first tier, so parallel and sequential runs differed in the
/// last bits). Lifetimes by cohort: each
/// cohort adds i[c] · pdf_c to the years it lives through. O(years) buffers per worker, nothing allocated per series.
/// </summary>
internal sealed class ConvolutionKernel
{
    private const int Block = 32, Pad = Block;                 // years per block; zero ages before pdf(0) in the padded kernel
    private readonly CohortPlan _plan;
    private readonly int _years, _padded;                      // model years; years rounded up to whole blocks
    private readonly double[] _sf, _pdf, _outflow, _scratch;

    public ConvolutionKernel(CohortPlan plan)
    {
        _plan = plan;
        _years = plan.Batch.Years;
        _padded = (_years + Block - 1) / Block * Block;
        (_sf, _pdf, _outflow, _scratch) = (new double[_years], new double[Pad + _years], new double[_padded], new double[_years]);
    }

    public void Run(int series, double[] inflow, StockFlows into)
    {
        int row = series * _years;
        var input = inflow.AsSpan(row, _years);
        var outflow = _outflow.AsSpan(_padded - _years);       // year t sits at _padded − years + t (blocks end at the last year)
        if (_plan.Batch.LifetimesByCohort) ByCohort(series, input, outflow);
        else
        {
            PrepareKernels(_plan.Batch.Lifetimes[series], _years, _pdf.AsSpan(Pad, _years));
            if (Vector256.IsHardwareAccelerated) ConvolveBlocks(input, _pdf, _outflow);
            else ConvolveScalar(input, _pdf.AsSpan(Pad), outflow);
        }
        input.CopyTo(into.Inflow.AsSpan(row, _years));
        outflow.CopyTo(into.Outflow.AsSpan(row, _years));
        var stock = into.Stock.AsSpan(row, _years);
        var change = into.StockChange.AsSpan(row, _years);
        double previous = 0;
        for (int t = 0; t < _years; t++)
        {
            double s = Math.Max(0, previous + (input[t] - outflow[t]));   // the max only removes rounding below 0
            (stock[t], change[t], previous) = (s, s - previous, s);
        }
    }

    /// <summary>pdf(a) = sf(a − 1) − sf(a) for a = 0..ages − 1, sf kept in 0..1 and non-increasing.</summary>
    private void PrepareKernels(in Lifetimes.LifetimeDistribution lifetime, int ages, Span<double> pdf)
    {
        var sf = _sf.AsSpan(0, ages);
        SurvivalCurve.Fill(lifetime, _plan.Options.Convention, sf, _scratch);
        double previous = 1.0;
        for (int a = 0; a < ages; a++)
        {
            double s = Math.Clamp(sf[a], 0.0, previous);
            (pdf[a], previous) = (previous - s, s);
        }
    }

    /// <summary>Lifetimes by cohort: o[c..] += i[c] · pdf_c (pdf_c of cohort c's own lifetime).</summary>
    private void ByCohort(int series, ReadOnlySpan<double> inflow, Span<double> outflow)
    {
        outflow.Clear();
        for (int c = 0; c < _years; c++)
        {
            int ages = _years - c;
            var pdf = _pdf.AsSpan(Pad, ages);
            PrepareKernels(_plan.Batch.Lifetimes[series * _years + c], ages, pdf);
            var years = outflow.Slice(c, ages);
            TensorPrimitives.MultiplyAdd(pdf, inflow[c], years, years);
        }
    }

    /// <summary>
    /// o[t] for t = 0..inflow.Length − 1 into <paramref name="outflow"/>[t + outflow.Length − inflow.Length] (outflow.Length
    /// a multiple of 32 ≥ years): for each block of 32 years t₀..t₀ + 31 ending at or before the last year (the first
    /// block starts before year 0) and each cohort c ≤ t₀ + 31, acc[t₀ + j] += i[c] · pdf[Pad + t₀ + j − c];
    /// <paramref name="pdfPadded"/> holds pdf from index Pad on and 0 before it.
    /// </summary>
    internal static void ConvolveBlocks(ReadOnlySpan<double> inflow, ReadOnlySpan<double> pdfPadded, Span<double> outflow)
    {
        ref double i0 = ref MemoryMarshal.GetReference(inflow);
        ref double pdf = ref MemoryMarshal.GetReference(pdfPadded);
        int shift = outflow.Length - inflow.Length;
        for (int at = 0; at < outflow.Length; at += Block)
        {
            int t0 = at - shift;                               // first year of the block (negative for the first block)
            Vector256<double> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
            for (int c = 0; c < t0 + Block; c++)
            {
                var x = Vector256.Create(Unsafe.Add(ref i0, c));
                nuint k = (nuint)(Pad + t0 - c);
                a0 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref pdf, k), a0);
                a1 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref pdf, k + 4), a1);
                a2 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref pdf, k + 8), a2);
                a3 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref pdf, k + 12), a3);
                a4 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref pdf, k + 16), a4);
                a5 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref pdf, k + 20), a5);
                a6 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref pdf, k + 24), a6);
                a7 = Vector256.FusedMultiplyAdd(x, Vector256.LoadUnsafe(ref pdf, k + 28), a7);
            }
            var into = outflow.Slice(at, Block);
            a0.CopyTo(into);
            a1.CopyTo(into[4..]);
            a2.CopyTo(into[8..]);
            a3.CopyTo(into[12..]);
            a4.CopyTo(into[16..]);
            a5.CopyTo(into[20..]);
            a6.CopyTo(into[24..]);
            a7.CopyTo(into[28..]);
        }
    }

    /// <summary>The same sums, scalar (hardware without 256-bit vectors): o[t] = Σ_{c ≤ t} i[c] · pdf[t − c].</summary>
    internal static void ConvolveScalar(ReadOnlySpan<double> inflow, ReadOnlySpan<double> pdf, Span<double> outflow)
    {
        for (int t = 0; t < inflow.Length; t++)
        {
            double o = 0;
            for (int c = 0; c <= t; c++) o += inflow[c] * pdf[t - c];
            outflow[t] = o;
        }
    }
}
