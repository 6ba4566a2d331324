namespace Junkan.Data.Customs;

/// <summary>
/// One import row of a MOF trade-statistics CSV whose HS code is mapped: annual quantity in tonnes of goods
/// (product weight, not element content) and value in thousand yen (CIF).
/// </summary>
/// <param name="Hs">The statistical code as digits (9 digits in MOF files; the first 6 are the HS subheading).</param>
/// <param name="Partner">ISO3 code of the country of origin, or OTHER.</param>
public sealed record CustomsRecord(string File, int Row, int Year, string Hs, string Partner, double Tonnes, double ValueKyen);
