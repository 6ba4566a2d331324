using System.Globalization;

namespace Junkan.Core.Stocks;

/// <summary>How inflow during a year is timed against stocks measured at year ends.</summary>
public enum TimeConventionKind
{
    /// <summary>Age 0 at the end of the inflow year: sf(a) = S(a) (ODYM's convention; the default).</summary>
    YearEnd,
    /// <summary>Inflow at mid-year, age 0.5 at the end of the inflow year: sf(a) = S(a + 0.5).</summary>
    Middle,
    /// <summary>Inflow at the start of the year, age 1 at its end: sf(a) = S(a + 1).</summary>
    Start,
    /// <summary>Inflow spread evenly over the year: sf(a) = ∫ₐ^{a+1} S(x) dx by Gauss-Lobatto quadrature.</summary>
    Quadrature,
}

/// <summary>
/// The time convention of a dynamic stock model. With constant inflow 1 and mean lifetime L the steady-state stock
/// Σₐ sf(a) is about L + 0.5 (YearEnd), L (Middle), L − 0.5 (Start) and L (Quadrature, also for L &lt; 1 year);
/// docs/methods/dynamic-stocks.md derives these from the Euler-Maclaurin formula.
/// </summary>
public readonly record struct TimeConvention
{
    /// <summary>Smallest and largest number of Gauss-Lobatto nodes accepted.</summary>
    public const int MinQuadratureOrder = 2, MaxQuadratureOrder = 32;

    public TimeConventionKind Kind { get; }

    /// <summary>Number of Gauss-Lobatto nodes (only for <see cref="TimeConventionKind.Quadrature"/>; 0 otherwise).</summary>
    public int QuadratureOrder { get; }

    private TimeConvention(TimeConventionKind kind, int order) => (Kind, QuadratureOrder) = (kind, order);

    public static TimeConvention YearEnd => default;
    public static TimeConvention Middle => new(TimeConventionKind.Middle, 0);
    public static TimeConvention Start => new(TimeConventionKind.Start, 0);

    /// <summary>Averaging over the inflow year with <paramref name="order"/> Gauss-Lobatto nodes (2 = trapezoid).</summary>
    public static TimeConvention Quadrature(int order = 7) =>
        order is >= MinQuadratureOrder and <= MaxQuadratureOrder
            ? new(TimeConventionKind.Quadrature, order)
            : throw new ArgumentOutOfRangeException(nameof(order), order, $"The quadrature order must lie in {MinQuadratureOrder}..{MaxQuadratureOrder}.");

    /// <summary>Parses <c>year-end</c>, <c>middle</c>, <c>start</c> or <c>quadrature:N</c>; throws <see cref="ArgumentException"/>.</summary>
    public static TimeConvention Parse(string text)
    {
        string t = text.Trim().ToLowerInvariant();
        if (t.StartsWith("quadrature", StringComparison.Ordinal))
        {
            string n = t.Length > "quadrature".Length && t["quadrature".Length] == ':' ? t[("quadrature".Length + 1)..] : "";
            if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int order))
                throw new ArgumentException($"Time convention '{text}': write quadrature:N with N an integer in {MinQuadratureOrder}..{MaxQuadratureOrder}.");
            if (order is < MinQuadratureOrder or > MaxQuadratureOrder)
                throw new ArgumentException($"Time convention '{text}': the quadrature order {order} is outside {MinQuadratureOrder}..{MaxQuadratureOrder}.");
            return Quadrature(order);
        }
        return t switch
        {
            "year-end" or "yearend" => YearEnd,
            "middle" => Middle,
            "start" => Start,
            _ => throw new ArgumentException($"Time convention '{text}': expected year-end, middle, start or quadrature:N."),
        };
    }

    public override string ToString() => Kind switch
    {
        TimeConventionKind.YearEnd => "year-end",
        TimeConventionKind.Middle => "middle",
        TimeConventionKind.Start => "start",
        _ => string.Create(CultureInfo.InvariantCulture, $"quadrature:{QuadratureOrder}"),
    };
}
