namespace Junkan.Data.Comtrade;

/// <summary>
/// One import row of a Comtrade file for a mapped HS code: Japan's imports from one partner in one year, net weight
/// in tonnes of goods (not element content; null when Comtrade reports none) and the primary value in USD.
/// </summary>
/// <param name="Code">The HS code as reported (4 or 6 digits, HS 2017 in the 2020 file).</param>
public sealed record ComtradeRecord(string File, int Row, int Year, string Code, ComtradePartner Partner, double? Tonnes, double ValueUsd, string Material);
