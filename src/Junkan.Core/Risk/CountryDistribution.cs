using Junkan.Core.Elements;

namespace Junkan.Core.Risk;

/// <summary>An amount (tonnes) held or produced by one country, or by a pseudo-country (<see cref="CountryCode.Other"/>).</summary>
public sealed record CountryAmount(string Country, double Tonnes);

/// <summary>
/// Reserves or production of one commodity series by country in one year, as published: named
/// countries, the "Other countries" rest and the reported world total (either may be absent).
/// </summary>
/// <param name="Series">What the amounts are, as published (e.g. USGS "Mine production, metric tons of contained cobalt").</param>
/// <param name="Year">Data year.</param>
/// <param name="Countries">Named countries (no pseudo-codes), tonnes ≥ 0.</param>
/// <param name="OtherCountries">The "Other countries" row, tonnes, if published.</param>
/// <param name="ReportedWorldTotal">The reported (rounded) world total, tonnes, if published.</param>
/// <param name="Sources">Source ids the figures come from.</param>
/// <param name="ProxyLabel">Set when the data stand in for something else (e.g. "rare earths as a group" for Nd).</param>
public sealed record CountryDistribution(
    string Series,
    int Year,
    IReadOnlyList<CountryAmount> Countries,
    double? OtherCountries,
    double? ReportedWorldTotal,
    IReadOnlyList<string> Sources,
    string? ProxyLabel = null)
{
    /// <summary>Sum of the named countries, tonnes.</summary>
    public double NamedTotal => Countries.Sum(c => c.Tonnes);

    /// <summary>Share of each named country in the chosen denominator (fractions).</summary>
    public IReadOnlyList<(string Country, double Share)> Shares(HhiDenominator denominator)
    {
        double d = Denominator(denominator);
        return d > 0 ? Countries.Select(c => (c.Country, c.Tonnes / d)).ToArray() : [];
    }

    /// <summary>
    /// The denominator of the shares, tonnes: the named countries; the rows of the table (named plus "Other
    /// countries") when the rest counts as one country; otherwise the reported world total, or the rows where the
    /// rounded total is missing or smaller than them.
    /// </summary>
    public double Denominator(HhiDenominator denominator)
    {
        double rows = NamedTotal + (OtherCountries ?? 0);
        return denominator switch
        {
            HhiDenominator.NamedCountries => NamedTotal,
            HhiDenominator.OtherAsOneCountry => rows,
            _ => Math.Max(ReportedWorldTotal ?? rows, rows),
        };
    }
}
