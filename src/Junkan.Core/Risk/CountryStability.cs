namespace Junkan.Core.Risk;

/// <summary>
/// Country instability g in 0..1 (0 most stable) from WGI estimates, by year, with the fallback of
/// <see cref="RiskSettings.MissingStability"/> where a country has no WGI (reported as a warning).
/// </summary>
public sealed class CountryStability
{
    private readonly Dictionary<string, WgiEstimates[]> _byCountry;

    /// <param name="estimates">WGI estimates by ISO3 country code (any order of years).</param>
    public CountryStability(IReadOnlyDictionary<string, IReadOnlyList<WgiEstimates>> estimates)
    {
        _byCountry = estimates.ToDictionary(kv => kv.Key, kv => kv.Value.OrderBy(e => e.Year).ToArray(), StringComparer.Ordinal);
    }

    public static CountryStability Empty { get; } = new(new Dictionary<string, IReadOnlyList<WgiEstimates>>());

    /// <summary>Instability from one set of estimates, clamped to 0..1; null if the estimates needed are missing.</summary>
    public static double? Instability(WgiEstimates e, CountryStabilityMethod method)
    {
        double? g = method switch
        {
            CountryStabilityMethod.EuWgiMean => e.Mean is double m ? (2.5 - m) * 2.0 / 10.0 : null,
            CountryStabilityMethod.PoliticalStabilityOnly => e.Pv is double pv ? (2.5 - pv) / 5.0 : null,
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };
        return g is double x ? Math.Clamp(x, 0.0, 1.0) : null;
    }

    /// <summary>
    /// Instability of <paramref name="country"/> for <paramref name="year"/>: the latest WGI year at or before
    /// it, else the earliest after it, with the year and the citation of the estimate used. Returns null when the
    /// country has no usable estimate.
    /// </summary>
    public (double G, int WgiYear, string SourceId)? Lookup(string country, int year, CountryStabilityMethod method)
    {
        if (!_byCountry.TryGetValue(country, out var series)) return null;
        foreach (var e in series.Where(e => e.Year <= year).Reverse().Concat(series.Where(e => e.Year > year)))
            if (Instability(e, method) is double g) return (g, e.Year, e.SourceId);
        return null;
    }
}
