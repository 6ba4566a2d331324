namespace Junkan.Core.Risk;

/// <summary>An annual price in the unit of its series.</summary>
public sealed record AnnualPrice(int Year, double Value);

/// <summary>Annual average prices of one product (e.g. USGS "Price_Nd2O3_dkg"), in <paramref name="Unit"/>.</summary>
public sealed record PriceSeries(string Series, string Unit, IReadOnlyList<AnnualPrice> Prices, IReadOnlyList<string> Sources, string? ProxyLabel = null);
