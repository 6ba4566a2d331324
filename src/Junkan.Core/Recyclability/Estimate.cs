using Junkan.Core.Citations;
using Junkan.Core.Quantities;

namespace Junkan.Core.Recyclability;

/// <summary>
/// A sourced figure with its uncertainty: central value, low..high range (equal to the value when none is published),
/// unit (and so the range draws stay in), and its <see cref="Provenance"/>. Monte Carlo draws it from a triangular
/// distribution over low..high with the value as mode, or, where no range is given, from a spread set by its quality.
/// Checked when constructed: finite, low ≤ value ≤ high, all inside the unit's range.
/// </summary>
public sealed record Estimate
{
    public Estimate(double value, double low, double high, EstimateUnit unit, Citations.Provenance provenance, string note = "")
    {
        foreach (var (name, v) in new[] { ("value", value), ("low", low), ("high", high) })
            if (!double.IsFinite(v) || !unit.Contains(v))
                throw new ArgumentException($"{name} {v.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a finite number in {unit.RangeText} ({unit}).", name);
        if (low > value || high < value) throw new ArgumentException($"low ≤ value ≤ high does not hold: {low} / {value} / {high}.", nameof(value));
        (Value, Low, High, Unit, Provenance, Note) = (value, low, high, unit, provenance, note);
    }

    public double Value { get; }
    public double Low { get; }
    public double High { get; }
    public EstimateUnit Unit { get; }
    public Citations.Provenance Provenance { get; }
    public string Note { get; }

    /// <summary>The year the figure refers to (null = undated).</summary>
    public int? Year => Provenance.Year;

    /// <summary>The citation id (text form of <see cref="Provenance"/>'s source).</summary>
    public string SourceId => Provenance.Source.Value;

    /// <summary>Quality score 1..5 (5 best).</summary>
    public int Quality => Provenance.Quality.Value;

    /// <summary>Whether a range was published or stated (low &lt; high).</summary>
    public bool HasRange => High > Low;

    /// <summary>A point figure without a range.</summary>
    public static Estimate Point(double value, EstimateUnit unit, Citations.Provenance provenance, string note = "") => new(value, value, value, unit, provenance, note);
}
