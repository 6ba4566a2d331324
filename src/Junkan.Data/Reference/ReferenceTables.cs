using Junkan.Core.Elements;

namespace Junkan.Data.Reference;

/// <summary>A citation of <c>sources.csv</c>.</summary>
public sealed record SourceRecord(string Id, string Citation, string Publisher, string Year, string Url, string Licence);

/// <summary>An element or group of <c>elements.csv</c>.</summary>
public sealed record ElementRecord(string Symbol, string NameEn, string NameJa, string Kind, string? Parent, bool NedoTarget);

/// <summary>A by-country figure of <c>production.csv</c> or <c>reserves.csv</c>, in tonnes.</summary>
public sealed record CountryFigure(string Element, string Commodity, string Series, string Stage, string Country, int Year,
    double? Tonnes, string Flag, string SourceId, int Quality, string Reference);

/// <summary>An annual price of <c>prices.csv</c>.</summary>
public sealed record PriceRecord(string Element, string Commodity, string Series, int Year, double? Value, string Unit, string SourceId, string Reference);

/// <summary>A partner's share of Japan's imports, <c>japan_imports.csv</c>.</summary>
public sealed record ImportShareRecord(string Element, SupplyStage Stage, string Partner, int Year, double Share, double? TotalTonnes, string SourceId, int Quality, string Note);

/// <summary>An element-stage whose import indicator does not apply, <c>import_applicability.csv</c>.</summary>
public sealed record ApplicabilityRecord(string Element, SupplyStage Stage, bool Applicable, string Reason, string SourceId);

/// <summary>A secondary-supply share, <c>secondary_supply.csv</c>.</summary>
public sealed record SecondaryRecord(string Element, int Year, double Share, string Basis, string SourceId, int Quality, string Note);

/// <summary>Which USGS series feeds which indicator of an element, <c>risk_series.csv</c>.</summary>
public sealed record RiskSeriesRecord(string Element, string Indicator, string Commodity, string Series, string? Proxy, string Note);

/// <summary>
/// EU 2023 criticality results for a material, <c>eu_crm_2023.csv</c> (written by <c>junkan data import-eu-crm</c>).
/// <paramref name="EolRir"/> is the end-of-life recycling input rate as a fraction 0..1; <paramref name="SrStage"/> the
/// stage whose supply risk the EU reports (<c>extraction</c> or <c>processing</c>); empty values are unavailable or were
/// rejected, and <paramref name="Note"/> says which.
/// </summary>
public sealed record EuCrmRecord(string Material, string? Element, double? SupplyRisk, double? EconomicImportance, double? EolRir,
    string SrStage, double? SupplyRiskPrimary, double? SupplyRiskRefined, string SourceId, int Quality, string Note);

/// <summary>An application (use) of an element, <c>applications.csv</c>; share of demand where sourced.</summary>
public sealed record ApplicationRecord(string Element, string Application, string NameEn, string NameJa, double? Share, string SourceId);

/// <summary>Whether an element is on a critical-materials list (<c>list_memberships.csv</c>); null = not stated by the source.</summary>
public sealed record ListMembershipRecord(string Element, string List, bool? Member, string SourceId, string Note);

/// <summary>A country of <c>countries.csv</c>: ISO 3166-1 alpha-3 code and names.</summary>
public sealed record CountryRecord(string Iso3, string NameEn, string NameJa);
