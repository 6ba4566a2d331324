namespace Junkan.Core.Risk;

/// <summary>
/// The rounding step of published prices (e.g. 1 USD/kg when every value is a whole number, 10 when every value is a
/// multiple of ten). When the step is large against the mean, the volatility mostly measures the rounding.
/// </summary>
public static class PriceResolution
{
    /// <summary>Share of the mean above which a rounding step makes the volatility low-precision.</summary>
    public const double CoarseShareOfMean = 0.1;

    /// <summary>The largest power of ten (10⁻⁶ … 10⁶) of which every value is a whole multiple.</summary>
    public static double Step(ReadOnlySpan<double> values)
    {
        for (int k = 6; k >= -6; k--)
        {
            double step = Math.Pow(10, k);
            bool all = true;
            foreach (double v in values)
            {
                double q = v / step;
                if (Math.Abs(q - Math.Round(q)) > 1e-6) { all = false; break; }
            }
            if (all) return step;
        }
        return 1e-6;
    }

    /// <summary>True when the rounding step is at least <see cref="CoarseShareOfMean"/> of the mean price.</summary>
    public static bool IsCoarse(ReadOnlySpan<double> values, out double step, out double mean)
    {
        step = Step(values);
        mean = values.IsEmpty ? 0 : System.Numerics.Tensors.TensorPrimitives.Average(values);
        return mean > 0 && step / mean >= CoarseShareOfMean;
    }
}
