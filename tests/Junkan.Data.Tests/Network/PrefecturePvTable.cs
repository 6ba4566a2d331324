using System.Globalization;
using System.Text;

namespace Junkan.Data.Tests.Network;

/// <summary>
/// Builds the columns <c>pv_kw_2015</c> and <c>pv_kw_2023</c> of <c>data/network/prefectures.csv</c>: the PV capacity in
/// operation under FIT/FIP at the end of December of the year (kW; residential, small, medium and utility classes summed)
/// per prefecture, summed over its municipalities. Input: <c>data/raw/fit-pv-municipal/pv_muni_params.csv</c>, the
/// Agency for Natural Resources and Energy's FIT/FIP public information (fit-portal.go.jp, PublicInfoSummary) by
/// municipality as compiled by smdumlao/eds-jp-pv-growth-resi-small (commit in <c>SOURCE_COMMIT</c>): columns
/// <c>pref</c> (the prefecture's Japanese name, joined on <c>name_ja</c>) and <c>PV_{R,S,M,U}_{year}</c>. The other
/// columns of prefectures.csv are kept as they are; a prefecture missing from the input fails the build.
/// </summary>
internal static class PrefecturePvTable
{
    public static readonly int[] Years = [2015, 2023];

    public static string Input => Junkan.Testing.TestRepository.Path("data", "raw", "fit-pv-municipal", "pv_muni_params.csv");

    public static string Output => Junkan.Testing.TestRepository.Path("data", "network", "prefectures.csv");

    /// <summary>kW per prefecture (Japanese name) and year.</summary>
    public static Dictionary<string, Dictionary<int, double>> Capacity(string fitCsv)
    {
        var lines = File.ReadLines(fitCsv).Select(l => l.Split(',')).ToList();
        var header = lines[0];
        int pref = Array.IndexOf(header, "pref");
        var columns = Years.ToDictionary(y => y, y => new[] { "R", "S", "M", "U" }.Select(size => Array.IndexOf(header, $"PV_{size}_{y}")).ToArray());
        var d = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        foreach (var f in lines.Skip(1))
        {
            var byYear = d.TryGetValue(f[pref], out var y) ? y : d[f[pref]] = Years.ToDictionary(x => x, _ => 0.0);
            foreach (var (year, cols) in columns)
                foreach (int i in cols) byYear[year] += f[i].Length == 0 ? 0 : double.Parse(f[i], CultureInfo.InvariantCulture);
        }
        return d;
    }

    /// <summary>prefectures.csv with its PV columns (appended if absent) set from <paramref name="fitCsv"/>.</summary>
    public static string Build(string fitCsv, string prefecturesCsv)
    {
        var kw = Capacity(fitCsv);
        var lines = File.ReadAllLines(prefecturesCsv).Select(l => l.Split(',').ToList()).ToList();
        var header = lines[0];
        var columns = Years.Select(y => $"pv_kw_{y}").ToList();
        foreach (var c in columns) if (!header.Contains(c)) { header.Add(c); foreach (var row in lines.Skip(1)) row.Add(""); }
        int ja = header.IndexOf("name_ja");
        foreach (var row in lines.Skip(1))
        {
            if (!kw.TryGetValue(row[ja], out var byYear)) throw new InvalidDataException($"{fitCsv}: no municipality of {row[ja]}");
            foreach (var (c, y) in columns.Zip(Years)) row[header.IndexOf(c)] = byYear[y].ToString("0", CultureInfo.InvariantCulture);
        }
        var sb = new StringBuilder();
        foreach (var row in lines) sb.Append(string.Join(',', row)).Append('\n');
        return sb.ToString();
    }
}
