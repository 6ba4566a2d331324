namespace Junkan.Core.Risk;

/// <summary>HHI of a by-country distribution under an explicit denominator option.</summary>
public static class ConcentrationCalculator
{
    /// <summary>
    /// HHI (0..10,000) of <paramref name="distribution"/>. With <see cref="HhiDenominator.ReportedWorldTotal"/>
    /// the denominator is the larger of the reported world total and the sum of all rows (a rounded world total
    /// can be below the sum), and "Other countries" stays out of the sum of squares.
    /// </summary>
    public static double Compute(CountryDistribution distribution, HhiDenominator denominator)
    {
        double d = distribution.Denominator(denominator);
        if (d <= 0) return double.NaN;
        int n = distribution.Countries.Count;
        bool addOther = denominator == HhiDenominator.OtherAsOneCountry && distribution.OtherCountries is > 0;
        Span<double> amounts = n + 1 <= 256 ? stackalloc double[n + 1] : new double[n + 1];
        for (int i = 0; i < n; i++) amounts[i] = distribution.Countries[i].Tonnes;
        amounts[n] = addOther ? distribution.OtherCountries!.Value : 0.0;
        return Hhi.Compute(amounts, d);
    }
}
