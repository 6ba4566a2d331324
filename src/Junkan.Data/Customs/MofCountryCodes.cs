using Junkan.Core.Elements;
using Junkan.Data.Reference;

namespace Junkan.Data.Customs;

/// <summary>
/// MOF 3-digit country codes (税関「国名コード表」) to ISO 3166-1 alpha-3, from <c>mof_countries.csv</c>
/// (columns <c>mof_code,iso3,name_ja,name_en,source_id</c>).
/// </summary>
public sealed class MofCountryCodes
{
    private readonly Dictionary<string, string> _iso3;

    private MofCountryCodes(Dictionary<string, string> iso3) => _iso3 = iso3;

    /// <summary>Number of codes in the table.</summary>
    public int Count => _iso3.Count;

    /// <summary>Loads and checks the table: 3-digit codes, valid alpha-3, no duplicate code.</summary>
    public static MofCountryCodes Load(string csv)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in CsvTable.Read(csv, "mof_code", "iso3", "name_ja", "name_en", "source_id").Rows)
        {
            string code = r.Required("mof_code");
            if (code.Length != 3 || !code.All(char.IsAsciiDigit)) throw r.Error("mof_code", $"'{code}' is not a 3-digit MOF country code");
            string iso3 = r.Required("iso3");
            if (!CountryCode.IsIso3(iso3)) throw r.Error("iso3", $"'{iso3}' is not an ISO 3166-1 alpha-3 code");
            r.Required("source_id");
            if (!map.TryAdd(code, iso3)) throw r.Error("mof_code", $"duplicate MOF code {code}");
        }
        return new MofCountryCodes(map);
    }

    /// <summary>The ISO3 code of a MOF code as written in a customs file ("105", "5" for "005"), or null when unknown.</summary>
    public string? TryResolve(string mofCode)
    {
        string c = mofCode.Trim().Trim('\'');
        if (c.Length is > 0 and < 3 && c.All(char.IsAsciiDigit)) c = c.PadLeft(3, '0');
        return _iso3.TryGetValue(c, out var iso) ? iso : null;
    }
}
