using System.Numerics.Tensors;
using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Core.Stocks;

/// <summary>
/// The survival curve a dynamic stock model uses: sf(a), the share of a cohort still in use at the end of the year in
/// which it is a whole years past its inflow year (a = 0 is the inflow year itself), under a <see cref="TimeConvention"/>;
/// and the annual hazard h(a) = 1 − sf(a)/sf(a − 1) with sf(−1) = 1.
/// </summary>
public static class SurvivalCurve
{
    /// <summary>Fills <paramref name="sf"/>[a] = sf(a) for a = 0..length − 1; <paramref name="scratch"/> has at least the same length.</summary>
    public static void Fill(in LifetimeDistribution lifetime, TimeConvention convention, Span<double> sf, Span<double> scratch)
    {
        int n = sf.Length;
        var ages = scratch[..n];
        switch (convention.Kind)
        {
            case TimeConventionKind.YearEnd: Ages(ages, 0.0); lifetime.Survival(ages, sf); break;
            case TimeConventionKind.Middle: Ages(ages, 0.5); lifetime.Survival(ages, sf); break;
            case TimeConventionKind.Start: Ages(ages, 1.0); lifetime.Survival(ages, sf); break;
            default:
                if (lifetime.Family == LifetimeFamily.Fixed) FixedYearAverage(lifetime.A, sf);
                else Average(lifetime, convention.QuadratureOrder, sf, ages);
                break;
        }
    }

    /// <summary>sf(a) for one distribution and convention, as a new array (for callers outside hot loops).</summary>
    public static double[] Evaluate(in LifetimeDistribution lifetime, TimeConvention convention, int length)
    {
        var sf = new double[length];
        Fill(lifetime, convention, sf, new double[length]);
        return sf;
    }

    /// <summary>Annual hazards from a survival curve: h(a) = 1 − sf(a)/sf(a − 1), sf(−1) = 1, and 1 once sf has reached 0.</summary>
    public static void Hazards(ReadOnlySpan<double> sf, Span<double> hazard)
    {
        double previous = 1.0;
        for (int a = 0; a < sf.Length; a++)
        {
            hazard[a] = previous > 0 ? Math.Clamp(1 - sf[a] / previous, 0.0, 1.0) : 1.0;
            previous = sf[a];
        }
    }

    private static void Ages(Span<double> ages, double offset)
    {
        for (int a = 0; a < ages.Length; a++) ages[a] = a + offset;
    }

    /// <summary>∫ₐ^{a+1} S by the n-point Gauss-Lobatto rule, node by node over all ages (vectorised per node).</summary>
    private static void Average(in LifetimeDistribution lifetime, int order, Span<double> sf, Span<double> ages)
    {
        var (nodes, weights) = GaussLobatto.Rule(order);
        sf.Clear();
        Span<double> values = ages.Length <= 512 ? stackalloc double[ages.Length] : new double[ages.Length];
        for (int k = 0; k < nodes.Length; k++)
        {
            Ages(ages, nodes[k]);
            lifetime.Survival(ages, values);
            TensorPrimitives.MultiplyAdd(values, weights[k], sf, sf);
        }
    }

    /// <summary>Exact year average of a step survival function: ∫ₐ^{a+1} 1[x &lt; L] dx = clamp(L − a, 0, 1).</summary>
    private static void FixedYearAverage(double lifetime, Span<double> sf)
    {
        for (int a = 0; a < sf.Length; a++) sf[a] = Math.Clamp(lifetime - a, 0.0, 1.0);
    }
}
