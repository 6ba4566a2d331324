namespace Junkan.Core.Elements;

/// <summary>
/// Country codes: ISO 3166-1 alpha-3, plus two explicit pseudo-codes for rows of statistical tables
/// that are not countries. The system boundary of a by-country table is named, not a magic string.
/// </summary>
public static class CountryCode
{
    /// <summary>"World total" row of a source table (USGS "World total (rounded)").</summary>
    public const string World = "WORLD";

    /// <summary>"Other countries" row: the unnamed rest of the world, not one country.</summary>
    public const string Other = "OTHER";

    /// <summary>Japan, used for domestic supply (e.g. a domestic smelter in a policy scenario).</summary>
    public const string Japan = "JPN";

    public static bool IsPseudo(string code) => code is World or Other;

    /// <summary>True for a syntactically valid ISO 3166-1 alpha-3 code (three upper-case letters).</summary>
    public static bool IsIso3(string code) =>
        code.Length == 3 && code.All(c => c is >= 'A' and <= 'Z');
}
