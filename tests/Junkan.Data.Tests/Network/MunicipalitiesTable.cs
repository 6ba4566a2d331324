using System.Globalization;
using System.Text;

namespace Junkan.Data.Tests.Network;

/// <summary>
/// Builds <c>data/network/municipalities.csv</c>, the sources of the national municipal case: every municipality of Japan
/// at the 2020 census with its city-hall coordinates and its census population, the 20 designated cities by their 175
/// wards (the city row itself is left out, so nobody is counted twice) and Tokyo by its 23 special wards (the census row
/// 13100 特別区部 has no city hall and is not a source). Inputs, both in the workplace's <c>shared/data</c>:
/// <list type="bullet">
/// <item><c>japan-geo/localgovjp-utf8.csv</c> (code4fukui/localgovjp, CC0): 1,916 rows, code <c>cid</c> without its check
/// digit, city-hall lat/lng; a ward is named "札幌市 中央区".</item>
/// <item><c>census-2020-municipal/population_census_2020.csv</c>: Statistics Bureau of Japan, 2020 Population Census, basic
/// complete tabulation, table 2-7-1 (e-Stat), as copied by keisukekondokk/female-population-japan (MIT; commit in
/// <c>SOURCE_COMMIT</c>); the rows 人口, 総数 (both sexes), 国籍総数 (all nationalities), column 総数 (all ages); rows of
/// 2000 municipalities (names "（旧：…）") are skipped; "-" (双葉町, evacuated in 2020) is 0.</item>
/// </list>
/// The census name must equal the localgovjp name without its space, row by row, or the build fails.
/// </summary>
internal static class MunicipalitiesTable
{
    public const string Header = "code,name_ja,name_en,pref_code,lat,lon,population_2020";

    public static string Shared(params string[] parts) => Path.Combine([Junkan.Testing.TestRepository.Root, "..", "shared", "data", .. parts]);

    public static string Output => Junkan.Testing.TestRepository.Path("data", "network", "municipalities.csv");

    /// <summary>The table's text (header and one row per source, in localgovjp order).</summary>
    public static string Build(string localgovCsv, string censusCsv, string prefecturesCsv)
    {
        var population = Census(censusCsv);
        var prefEn = File.ReadLines(prefecturesCsv).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[2]);
        var rows = File.ReadLines(localgovCsv).Skip(1).Select(l => l.TrimStart('\uFEFF').Split(',')).Where(f => f.Length >= 7).ToList();
        // A designated city is the part before the space of a ward's name, within the same prefecture.
        var parents = rows.Where(f => f[3].Contains(' ', StringComparison.Ordinal)).Select(f => (f[0], f[3].Split(' ')[0])).ToHashSet();
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var f in rows)
        {
            if (parents.Contains((f[0], f[3]))) continue;
            string code = f[2].PadLeft(5, '0'), pref = f[0].PadLeft(2, '0'), name = f[3].Replace(" ", "", StringComparison.Ordinal);
            if (!population.TryGetValue(code, out var c)) throw new InvalidDataException($"{localgovCsv}: {code} {name} is not in the census table");
            if (c.Name != name) throw new InvalidDataException($"{code}: census name '{c.Name}' differs from localgovjp '{name}'");
            sb.Append(CultureInfo.InvariantCulture, $"{code},{name},{name} ({prefEn[pref]}),{pref},{f[5]},{f[6]},{c.People}\n");
        }
        return sb.ToString();
    }

    /// <summary>Census population by 5-digit code (current municipalities only).</summary>
    private static Dictionary<string, (string Name, long People)> Census(string path)
    {
        var d = new Dictionary<string, (string, long)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var f = line.TrimStart('\uFEFF').Split("\",\"");
            if (f.Length < 12 || f[0] != "\"2020_01" || f[4] != "0" || f[6] != "0" || f[9].StartsWith("（旧", StringComparison.Ordinal)) continue;
            string n = f[11].Replace(",", "", StringComparison.Ordinal);
            d[f[8]] = (f[9], n == "-" ? 0 : long.Parse(n, CultureInfo.InvariantCulture));
        }
        return d;
    }
}
