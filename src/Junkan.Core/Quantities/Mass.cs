namespace Junkan.Core.Quantities;

/// <summary>A mass in tonnes (metric tons), the internal unit of Junkan; usually tonnes of contained element.</summary>
public readonly record struct Mass : IComparable<Mass>
{
    public double Tonnes { get; }

    private Mass(double tonnes) => Tonnes = tonnes;

    public static Mass Zero => default;

    public static Mass FromTonnes(double tonnes)
    {
        if (!double.IsFinite(tonnes))
            throw new ArgumentOutOfRangeException(nameof(tonnes), tonnes, "A mass must be finite.");
        return new Mass(tonnes);
    }

    public static Mass FromKilotonnes(double kilotonnes) => FromTonnes(kilotonnes * 1_000.0);
    public static Mass FromKilograms(double kilograms) => FromTonnes(kilograms / 1_000.0);

    public double Kilotonnes => Tonnes / 1_000.0;

    public static Mass operator +(Mass a, Mass b) => new(a.Tonnes + b.Tonnes);
    public static Mass operator -(Mass a, Mass b) => new(a.Tonnes - b.Tonnes);
    public static Mass operator *(Mass a, Share s) => new(a.Tonnes * s.Fraction);

    public int CompareTo(Mass other) => Tonnes.CompareTo(other.Tonnes);

    public static bool operator <(Mass a, Mass b) => a.CompareTo(b) < 0;
    public static bool operator <=(Mass a, Mass b) => a.CompareTo(b) <= 0;
    public static bool operator >(Mass a, Mass b) => a.CompareTo(b) > 0;
    public static bool operator >=(Mass a, Mass b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Tonnes:G6} t");
}
