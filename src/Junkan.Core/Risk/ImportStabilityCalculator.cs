using Junkan.Core.Elements;

namespace Junkan.Core.Risk;

/// <summary>
/// Import stability (METI ③/④): Σ_c s_c² · g_c over Japan's import partners c, with s_c the partner's share
/// of Japan's imports (fraction) and g_c its instability in 0..1 (<see cref="CountryStability"/>). 0..1; a
/// monopoly supplier of instability g gives g. The "Other countries" rest is handled as the HHI
/// denominator option says (left out by default: a lower bound).
/// </summary>
public static class ImportStabilityCalculator
{
    /// <summary>The value, the countries whose instability had to be assumed, and the WGI years and citations used.</summary>
    public sealed record Result(double Value, IReadOnlyList<string> AssumedCountries, IReadOnlyList<int> WgiYears, IReadOnlyList<string> WgiSources);

    public static Result Compute(ImportPartners imports, CountryStability stability, RiskSettings settings)
    {
        int year = imports.Year ?? throw new ArgumentException("Import shares need a year.");
        double sum = 0;
        var assumed = new List<string>();
        var years = new SortedSet<int>();
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in imports.Partners)
        {
            bool isOther = p.Country == CountryCode.Other;
            if (isOther && settings.HhiDenominator != HhiDenominator.OtherAsOneCountry) continue;
            double g;
            if (!isOther && stability.Lookup(p.Country, year, settings.StabilityMethod) is var (found, wgiYear, source))
            {
                g = found;
                years.Add(wgiYear);
                sources.Add(source);
            }
            else
            {
                g = settings.MissingStability;
                assumed.Add(p.Country);
            }
            double s = settings.HhiDenominator == HhiDenominator.NamedCountries && imports.AttributedShare > 0
                ? p.Share / NamedShare(imports)
                : p.Share;
            sum += s * s * g;
        }
        return new Result(sum, assumed, years.ToArray(), sources.ToArray());
    }

    private static double NamedShare(ImportPartners imports) =>
        imports.Partners.Where(p => p.Country != CountryCode.Other).Sum(p => p.Share);
}
