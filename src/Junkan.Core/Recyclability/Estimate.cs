namespace Junkan.Core.Recyclability;

/// <summary>
/// A sourced figure with its uncertainty: central value, low..high range (equal to the value when none is published),
/// unit, data year (null = undated, e.g. a general ore grade), source id and quality score (1..5, 5 best). Monte Carlo draws it from a triangular distribution
/// over low..high with the value as mode, or, where no range is given, from a spread set by its quality.
/// </summary>
public sealed record Estimate(double Value, double Low, double High, string Unit, int? Year, string SourceId, int Quality, string Note = "")
{
    /// <summary>Whether a range was published or stated (low &lt; high).</summary>
    public bool HasRange => High > Low;

    /// <summary>A point figure without a range.</summary>
    public static Estimate Point(double value, string unit, int? year, string sourceId, int quality, string note = "") =>
        new(value, value, value, unit, year, sourceId, quality, note);
}
