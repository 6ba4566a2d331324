using System.Globalization;
using Junkan.Core.Risk;

namespace Junkan.Core.Recyclability;

/// <summary>One element's price in USD per tonne of contained element, or null with the reason (a data gap).</summary>
public sealed record ElementPrice(string Element, Estimate? Price, string? Gap);

/// <summary>
/// The price of each element in USD per tonne of contained element (<see cref="Unit"/>) for the value density, and
/// why the others have none. Built from the USGS MCS price series the supply-risk session picks (risk_series.csv):
/// the series is looked up in <see cref="UsgsPriceBasis"/> (what it prices, in which unit) and converted by
/// <see cref="PriceConversion"/>. The price is that of the assessment year or the latest year before it (the
/// estimate's year says which); its range is the min..max of the converted prices of the last
/// <see cref="RangeYears"/> years up to that year (a point where there is one year only); its quality is the
/// series' own where the caller has one, else <see cref="DefaultQuality"/>. USD, not yen: no exchange rates are bundled.
/// </summary>
public sealed record ElementPrices(IReadOnlyDictionary<string, Estimate> Prices, IReadOnlyDictionary<string, string> Gaps)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Unit of every price: US dollars per tonne of contained element.</summary>
    public const string Unit = PriceConversion.TargetUnit;

    /// <summary>Quality (1..5, 5 best) of a USGS price used as the value of contained element when the series carries none.</summary>
    public const int DefaultQuality = 4;

    /// <summary>Years (up to the price year) whose min and max give the range of a price.</summary>
    public const int RangeYears = 5;

    public static ElementPrices Empty { get; } = new(new Dictionary<string, Estimate>(), new Dictionary<string, string>());

    /// <summary>The prices of the given elements (each with its USGS series, null = none) for assessment year <paramref name="year"/>.</summary>
    public static ElementPrices From(IEnumerable<(string Element, PriceSeries? Series)> series, int year)
    {
        var prices = new Dictionary<string, Estimate>(StringComparer.Ordinal);
        var gaps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (element, s) in series)
        {
            var p = Of(element, s, year);
            if (p.Price is { } e) prices[element] = e;
            else gaps[element] = p.Gap!;
        }
        return new ElementPrices(prices, gaps);
    }

    /// <summary>
    /// The price of <paramref name="element"/> from its USGS series in USD/t of element, for assessment year
    /// <paramref name="year"/>; <paramref name="quality"/> is the series' own quality where known.
    /// </summary>
    public static ElementPrice Of(string element, PriceSeries? series, int year, int? quality = null)
    {
        if (series is null) return Gap(element, "no USGS price series (data/reference/risk_series.csv names none)");
        if (UsgsPriceBasis.Find(element, series.Series) is not { } basis)
            return Gap(element, $"price series {series.Series} is not described in UsgsPriceBasis (what it prices and in which unit): not converted");
        if (series.Unit != basis.ImportedUnit)
            return Gap(element, $"price series {series.Series} has unit '{series.Unit}', described as '{basis.ImportedUnit}': not converted");
        var factor = PriceConversion.Factor(basis.Unit, basis.Material, element);
        if (factor.Value is not { } f) return Gap(element, $"USGS {series.Series} ({basis.Definition}): {factor.Detail}, so no price per tonne of {element}");
        var years = series.Prices.Where(p => p.Year <= year && double.IsFinite(p.Value)).OrderBy(p => p.Year).ToArray();
        if (years.Length == 0) return Gap(element, $"price series {series.Series} has no price in or before {year}");
        if (series.Sources.Count == 0) return Gap(element, $"price series {series.Series} names no source");
        var latest = years[^1];
        var window = years.Where(p => p.Year > latest.Year - RangeYears).Select(p => p.Value * f).ToArray();
        string note = string.Create(Inv, $"USGS {series.Series}: {basis.Definition}; {latest.Value.ToString("G", Inv)} {basis.Unit} in {latest.Year} ({factor.Detail})") +
            (window.Length > 1 ? string.Create(Inv, $"; range min..max of {window.Length} years {years.First(p => p.Year > latest.Year - RangeYears).Year}–{latest.Year}") : "; one year, no range") +
            (series.ProxyLabel is { } proxy ? $"; proxy: {proxy}" : "") +
            (series.Sources.Count > 1 ? $"; sources {string.Join(", ", series.Sources)}" : "");
        var estimate = new Estimate(latest.Value * f, window.Min(), window.Max(), Quantities.EstimateUnit.UsdPerTonne,
            Citations.Provenance.Of(series.Sources[^1], quality ?? DefaultQuality, latest.Year, basis.Unit), note);
        return new ElementPrice(element, estimate, null);
    }

    private static ElementPrice Gap(string element, string reason) => new(element, null, reason);
}
