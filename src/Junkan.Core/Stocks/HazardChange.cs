namespace Junkan.Core.Stocks;

/// <summary>
/// A lifetime policy in calendar terms: from <see cref="FromYear"/> on, every cohort in use has its annual hazard
/// multiplied by <see cref="Factor"/> (&lt; 1 lengthens lifetimes: extension, repair, reuse campaigns; &gt; 1 shortens them).
/// </summary>
public sealed record HazardChange
{
    public int FromYear { get; }
    public double Factor { get; }

    public HazardChange(int fromYear, double factor)
    {
        if (!double.IsFinite(factor) || factor < 0)
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "A hazard factor must be a finite number >= 0.");
        (FromYear, Factor) = (fromYear, factor);
    }

    /// <summary>Parses <c>YEAR:FACTOR</c>, e.g. <c>2030:0.8</c>; throws <see cref="ArgumentException"/>.</summary>
    public static HazardChange Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int year)
            || !double.TryParse(parts[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double factor))
            throw new ArgumentException($"Hazard change '{text}': write YEAR:FACTOR, e.g. 2030:0.8.");
        try { return new HazardChange(year, factor); }
        catch (ArgumentOutOfRangeException) { throw new ArgumentException($"Hazard change '{text}': the factor must be a finite number >= 0."); }
    }

    /// <summary>The policy over model years <paramref name="firstYear"/>.. (<paramref name="years"/> of them).</summary>
    public LifetimePolicy ToPolicy(int firstYear, int years)
    {
        var p = new double[years];
        for (int t = 0; t < years; t++) p[t] = firstYear + t >= FromYear ? Factor : 1.0;
        return new LifetimePolicy(p, null);
    }

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{FromYear}:{Factor:R}");
}
