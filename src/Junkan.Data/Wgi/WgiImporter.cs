using System.Globalization;
using Junkan.Core.Elements;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Wgi;

/// <summary>
/// Imports the World Bank Worldwide Governance Indicators (long format: code, year, indicator va/pv/ge/rq/rl/cc,
/// estimate) into wgi.csv (one row per country-year). World Bank codes become ISO 3166-1 alpha-3 through the
/// explicit differences in <c>wgi_crosswalk.csv</c>; every other code must already be a valid alpha-3 code.
/// </summary>
public static class WgiImporter
{
    private static readonly string[] Indicators = ["va", "pv", "ge", "rq", "rl", "cc"];

    public static IReadOnlyList<string?[]> Import(string path, string crosswalkCsv, int fromYear, int toYear)
    {
        var cross = CsvTable.Read(crosswalkCsv, "wb_code", "iso3").Rows.ToDictionary(r => r.Required("wb_code"), r => r.Text("iso3"));
        var t = ImportCsv.Read(path, "code", "year", "indicator", "estimate");
        var cells = new SortedDictionary<(string, int), double?[]>();
        foreach (var r in t.Rows)
        {
            string code = r.Required("code");
            string iso = cross.TryGetValue(code, out var c) ? c : code;
            if (iso.Length == 0) continue;
            if (!CountryCode.IsIso3(iso)) throw r.Error("code", $"'{code}' is neither an ISO3 code nor in wgi_crosswalk.csv");
            int year = r.Integer("year");
            if (year < fromYear || year > toYear) continue;
            int k = Array.IndexOf(Indicators, r.Required("indicator"));
            if (k < 0) throw r.Error("indicator", $"'{r.Text("indicator")}' is not one of {string.Join(", ", Indicators)}");
            string est = r.Text("estimate");
            double? v = est is "" or ".." or "#N/A" ? null : r.Number("estimate");
            if (v is < -5 or > 5) throw r.Error("estimate", $"{v} is outside the WGI range (about -2.5..2.5)");
            var row = cells.TryGetValue((iso, year), out var x) ? x : cells[(iso, year)] = new double?[6];
            row[k] = v;
        }
        if (cells.Count == 0)
            throw new DataFormatException(t.File, null, "year", $"no country-year between {fromYear.ToString(CultureInfo.InvariantCulture)} and {toYear.ToString(CultureInfo.InvariantCulture)}: nothing to import");
        return cells.Select(kv => new[] { kv.Key.Item1, kv.Key.Item2.ToString(CultureInfo.InvariantCulture) }
            .Concat(kv.Value.Select(v => v?.ToString("R", CultureInfo.InvariantCulture) ?? "")).Append("wb-wgi-2024").ToArray()).ToArray();
    }

    /// <summary>Writes wgi.csv under the shrink rule (groups: country; docs/data/import-rules.md).</summary>
    public static void Write(string referenceFolder, IReadOnlyList<string?[]> rows, ImportGuard? guard = null) =>
        ImportWriter.Write([new GuardedTable(Path.Combine(referenceFolder, "wgi.csv"), ["country", "year", .. Indicators, "source_id"], rows) { GroupBy = ["country"] }],
            guard ?? ImportGuard.Strict);
}
