using MathNet.Numerics.Distributions;

namespace Junkan.Core.Recyclability;

/// <summary>
/// One Monte Carlo draw of every estimate it is asked for, each drawn once per draw (so the same figure has the same
/// value wherever it is used): triangular over low..high with the value as mode where a range exists, else triangular
/// over value × (1 ± h) with h set by the quality score (<see cref="RelativeHalfWidth"/>). Draws stay in the range of the unit (<see cref="Quantities.EstimateUnit"/>).
/// </summary>
public sealed class SampledValues(Random random) : IParameterValues
{
    private readonly Dictionary<Estimate, double> _drawn = new(ReferenceEqualityComparer.Instance);
    private Random _random = random;

    /// <summary>Starts a new draw from <paramref name="random"/>, forgetting the values drawn so far (keeps the memory for reuse).</summary>
    internal SampledValues Restart(Random random)
    {
        _drawn.Clear();
        _random = random;
        return this;
    }

    /// <summary>Half-width of the spread assumed for a figure without a range, by quality 1..5: 50 %, 35 %, 20 %, 10 %, 5 %.</summary>
    public static double RelativeHalfWidth(int quality) => quality switch { >= 5 => 0.05, 4 => 0.10, 3 => 0.20, 2 => 0.35, _ => 0.50 };

    public double Of(Estimate estimate)
    {
        if (_drawn.TryGetValue(estimate, out double v)) return v;
        v = Draw(estimate, _random);
        _drawn[estimate] = v;
        return v;
    }

    /// <summary>One draw of <paramref name="e"/>.</summary>
    public static double Draw(Estimate e, Random random)
    {
        double low = e.Low, high = e.High;
        if (!e.HasRange)
        {
            double h = RelativeHalfWidth(e.Quality) * Math.Abs(e.Value);
            (low, high) = (e.Value - h, e.Value + h);
        }
        if (!(high > low)) return e.Value;
        double v = Triangular.Sample(random, low, high, Math.Clamp(e.Value, low, high));
        return e.Unit.Clamp(v);
    }
}
