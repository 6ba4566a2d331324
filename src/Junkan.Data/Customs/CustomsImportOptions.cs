namespace Junkan.Data.Customs;

/// <summary>What to do with a country code that is not in <c>mof_countries.csv</c>.</summary>
public enum UnknownCountryPolicy
{
    /// <summary>Stop with an error naming file, row, column and code.</summary>
    Error,
    /// <summary>Count the row under the pseudo-partner OTHER and list the code as a warning.</summary>
    Other,
}

/// <summary>Options of <see cref="CustomsImporter"/>.</summary>
/// <param name="Year">Keep only rows of this Year (a file may hold several); null keeps all years.</param>
public sealed record CustomsImportOptions(int? Year = null, UnknownCountryPolicy UnknownCountry = UnknownCountryPolicy.Error);
