using Junkan.Core.Elements;
using Junkan.Data.Reference;

namespace Junkan.Data.Comtrade;

/// <summary>What a Comtrade partner code stands for: a country (ISO 3166-1), a named Comtrade area, or the World total row.</summary>
public enum PartnerKind { Country, Area, World }

/// <summary>One row of <c>comtrade_partners.csv</c>: Comtrade's numeric partner code (UN M49 based) and the code Junkan uses.</summary>
/// <param name="Partner">ISO3 code; for an area a user-assigned ISO 3166 code (X..) named in countries.csv; WORLD for the total.</param>
public sealed record ComtradePartner(string ComtradeCode, string ComtradeIso, string NameEn, string Partner, PartnerKind Kind, string Note);

/// <summary>
/// The explicit crosswalk of Comtrade partner codes (<c>comtrade_partners.csv</c>: <c>comtrade_code,comtrade_iso,
/// name_en,partner,kind,note</c>). Codes are looked up by number; the legacy layout without codes by Comtrade ISO.
/// Areas such as "Other Asia, nes" (490) stay a partner of their own, named, not dropped.
/// </summary>
public sealed class ComtradePartners
{
    public const string FileName = "comtrade_partners.csv";

    private readonly Dictionary<string, ComtradePartner> _byCode;
    private readonly Dictionary<string, ComtradePartner> _byIso;

    private ComtradePartners(List<ComtradePartner> rows)
    {
        _byCode = rows.ToDictionary(r => r.ComtradeCode, StringComparer.Ordinal);
        _byIso = rows.GroupBy(r => r.ComtradeIso, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public static ComtradePartners Load(string csv)
    {
        var rows = new List<ComtradePartner>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in CsvTable.Read(csv, "comtrade_code", "comtrade_iso", "name_en", "partner", "kind", "note").Rows)
        {
            string code = r.Required("comtrade_code");
            if (!code.All(char.IsAsciiDigit)) throw r.Error("comtrade_code", $"'{code}' is not a numeric Comtrade partner code");
            if (!seen.Add(code)) throw r.Error("comtrade_code", $"code {code} given twice");
            var kind = r.Required("kind") switch
            {
                "country" => PartnerKind.Country,
                "area" => PartnerKind.Area,
                "world" => PartnerKind.World,
                var k => throw r.Error("kind", $"'{k}' is not country, area or world"),
            };
            string partner = r.Required("partner");
            if (kind == PartnerKind.World ? partner != CountryCode.World : !CountryCode.IsIso3(partner))
                throw r.Error("partner", $"'{partner}' is not {(kind == PartnerKind.World ? CountryCode.World : "an ISO 3166-1 alpha-3 code")}");
            rows.Add(new ComtradePartner(code, r.Text("comtrade_iso"), r.Required("name_en"), partner, kind, r.Text("note")));
        }
        return new ComtradePartners(rows);
    }

    /// <summary>The partner of a Comtrade code (or, when the code is empty, of its Comtrade ISO); null when not in the crosswalk.</summary>
    public ComtradePartner? Resolve(string code, string iso) =>
        code.Length > 0 ? _byCode.GetValueOrDefault(code)
        : iso.Trim().Equals(LegacyWorldIso, StringComparison.OrdinalIgnoreCase) ? _byCode.GetValueOrDefault(WorldCode)
        : _byIso.GetValueOrDefault(iso.Trim());

    /// <summary>Comtrade's partner code of the World total.</summary>
    public const string WorldCode = "0";

    /// <summary>The World total's ISO column in legacy downloads (the current layout writes W00).</summary>
    public const string LegacyWorldIso = "WLD";
}
