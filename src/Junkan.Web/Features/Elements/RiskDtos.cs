using Junkan.Core.Risk;

namespace Junkan.Web.Features.Elements;

/// <summary>One radar indicator as the API shows it: value in <see cref="Unit"/>, level, data year, source ids, proxy label and notes.</summary>
public sealed record IndicatorDto(string Key, int Number, string Status, double? Value, string Unit, string? Level, int? Year,
    IReadOnlyList<string> Sources, string? Proxy, IReadOnlyList<string> Notes)
{
    public static IndicatorDto Of(IndicatorResult r) =>
        new(r.Indicator.Key(), (int)r.Indicator, r.Status.ToString(), r.Value, r.Indicator.Unit(), r.Level?.ToString(), r.Year, r.Sources, r.ProxyLabel, r.Notes);
}

/// <summary>The six radar indicators of one element in one year and their mean level (Low 0, Mid 0.5, High 1; the selection's supply-risk criterion).</summary>
public sealed record ProfileDto(string Element, int Year, IReadOnlyList<IndicatorDto> Indicators, double? MeanLevel)
{
    public static ProfileDto Of(RiskProfile p) => new(p.Element, p.Year, [.. p.Radar.Select(IndicatorDto.Of)], p.MeanLevel());
}

/// <summary>A row of the element list: symbol, names and the profile.</summary>
public sealed record ElementSummary(string Symbol, string NameEn, string NameJa, bool NedoTarget, ProfileDto Profile);

/// <summary>A country's tonnes and share of the rows shown (named countries plus "other"), as published.</summary>
public sealed record CountryShareDto(string Country, double Tonnes, double Share);

/// <summary>Reserves or production by country in one year with its series, sources and proxy label.</summary>
public sealed record DistributionDto(string Series, int Year, IReadOnlyList<CountryShareDto> Countries, double? OtherCountries, double? ReportedWorldTotal,
    IReadOnlyList<string> Sources, string? Proxy)
{
    public static DistributionDto? Of(CountryDistribution? d)
    {
        if (d is null) return null;
        double total = d.NamedTotal + (d.OtherCountries ?? 0);
        return new(d.Series, d.Year, [.. d.Countries.OrderByDescending(c => c.Tonnes).Select(c => new CountryShareDto(c.Country, c.Tonnes, total > 0 ? c.Tonnes / total : 0))],
            d.OtherCountries, d.ReportedWorldTotal, d.Sources, d.ProxyLabel);
    }
}

/// <summary>Japan's import partners at one stage (shares 0..1), or the reason there are none.</summary>
public sealed record ImportsDto(string Stage, string Kind, int? Year, IReadOnlyList<PartnerShare> Partners, double? TotalTonnes, IReadOnlyList<string> Sources, string? Reason)
{
    public static ImportsDto Of(ImportPartners p) => new(p.Stage.ToString(), p.Kind.ToString(), p.Year, p.Partners, p.TotalTonnes, p.Sources, p.Reason ?? p.ProxyLabel);
}

/// <summary>An annual price series in its published unit.</summary>
public sealed record PriceDto(string Series, string Unit, IReadOnlyList<AnnualPrice> Prices, IReadOnlyList<string> Sources, string? Proxy)
{
    public static PriceDto? Of(PriceSeries? p) => p is null ? null : new(p.Series, p.Unit, p.Prices, p.Sources, p.ProxyLabel);
}

/// <summary>A cited source: id, citation, publisher, year, address and licence (sources.csv).</summary>
public sealed record SourceDto(string Id, string Citation, string Publisher, string Year, string Url, string Licence);
