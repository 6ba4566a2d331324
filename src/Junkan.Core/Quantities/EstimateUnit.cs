using System.Globalization;

namespace Junkan.Core.Quantities;

/// <summary>
/// The unit of an estimate and the range its values can take, which the Monte Carlo keeps draws inside: a fraction
/// in 0..1, a technology readiness level in 1..9, or a non-negative amount (tonnes, USD per tonne). Only these exist,
/// so a misspelt unit in a table is refused where it is read instead of silently changing how a figure is drawn.
/// </summary>
public readonly record struct EstimateUnit
{
    private EstimateUnit(string symbol, double min, double max) => (Symbol, Min, Max) = (symbol, min, max);

    public string Symbol { get; }
    public double Min { get; }
    public double Max { get; }

    public static EstimateUnit Fraction { get; } = new("fraction", 0, 1);
    public static EstimateUnit TechnologyReadiness { get; } = new("TRL", 1, 9);
    public static EstimateUnit Tonnes { get; } = new("t", 0, double.PositiveInfinity);
    public static EstimateUnit UsdPerTonne { get; } = new("USD/t", 0, double.PositiveInfinity);

    /// <summary>A duration in years (lifetimes), 0..1,000.</summary>
    public static EstimateUnit Years { get; } = new("y", 0, 1000);

    /// <summary>An annual rate of change (growth), −1..10 per year.</summary>
    public static EstimateUnit PerYear { get; } = new("1/y", -1, 10);

    /// <summary>The unit written as <paramref name="symbol"/> (<c>t/y</c> is read as tonnes); throws <see cref="ArgumentException"/> for any other.</summary>
    public static EstimateUnit Parse(string symbol) => symbol switch
    {
        "fraction" => Fraction,
        "TRL" => TechnologyReadiness,
        "t" or "t/y" => Tonnes,
        "USD/t" => UsdPerTonne,
        "y" => Years,
        "1/y" => PerYear,
        _ => throw new ArgumentException($"'{symbol}' is not an estimate unit: write fraction, TRL, t, USD/t, y or 1/y.", nameof(symbol)),
    };

    /// <summary>Whether <paramref name="v"/> lies in the unit's range.</summary>
    public bool Contains(double v) => v >= Min && v <= Max;

    /// <summary>The nearest value in range: max(Min, min(Max, v)).</summary>
    public double Clamp(double v) => Math.Clamp(v, Min, Max);

    public override string ToString() => Symbol ?? "";

    /// <summary>The range as text, e.g. "0..1".</summary>
    public string RangeText => double.IsPositiveInfinity(Max) ? $">= {Min.ToString(CultureInfo.InvariantCulture)}" : $"{Min.ToString(CultureInfo.InvariantCulture)}..{Max.ToString(CultureInfo.InvariantCulture)}";
}
