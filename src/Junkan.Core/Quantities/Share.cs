namespace Junkan.Core.Quantities;

/// <summary>A mass fraction or share in 0..1 (not a percentage). Kept apart from masses so that they cannot be added.</summary>
public readonly record struct Share : IComparable<Share>
{
    public double Fraction { get; }

    private Share(double fraction) => Fraction = fraction;

    public static Share Zero => default;
    public static Share One => new(1.0);

    /// <summary>Creates a share from a fraction in 0..1.</summary>
    public static Share FromFraction(double fraction)
    {
        if (!double.IsFinite(fraction) || fraction < 0 || fraction > 1)
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A share lies in 0..1.");
        return new Share(fraction);
    }

    /// <summary>Creates a share from a percentage in 0..100.</summary>
    public static Share FromPercent(double percent) => FromFraction(percent / 100.0);

    public double Percent => Fraction * 100.0;

    public int CompareTo(Share other) => Fraction.CompareTo(other.Fraction);

    public static bool operator <(Share a, Share b) => a.CompareTo(b) < 0;
    public static bool operator <=(Share a, Share b) => a.CompareTo(b) <= 0;
    public static bool operator >(Share a, Share b) => a.CompareTo(b) > 0;
    public static bool operator >=(Share a, Share b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Percent:0.##} %");
}
