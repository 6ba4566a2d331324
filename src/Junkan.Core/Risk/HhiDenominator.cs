namespace Junkan.Core.Risk;

/// <summary>
/// What the shares of an HHI are shares of. The choice moves the answer (Co mine production 2023:
/// about 5,920 / 5,550 / 5,592 for the three options), so every report prints it.
/// </summary>
public enum HhiDenominator
{
    /// <summary>Shares of the reported world total; "Other countries" is left out of the sum of squares (a lower bound). Default.</summary>
    ReportedWorldTotal,
    /// <summary>Shares of the sum of the named countries only (an upper bound; ignores the unnamed rest).</summary>
    NamedCountries,
    /// <summary>Shares of the table's rows (named countries plus "Other countries"), with "Other countries" counted as if it were one country.</summary>
    OtherAsOneCountry,
}
