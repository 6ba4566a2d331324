using System.Globalization;
using System.Text.RegularExpressions;
using Junkan.Data.Countries;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Usgs;

/// <summary>
/// Imports a USGS Mineral Commodity Summaries data release (folders <c>world/</c> and <c>salient/</c>) into the
/// rows of production.csv, reserves.csv and prices.csv. Handles the traps listed in docs/data-model.md: BOM,
/// footnote marks in names, W/NA/E/&gt; codes, thousands separators, several Type rows per file (kept apart as
/// series), world total and "Other countries" rows (kept as WORLD and OTHER), broken salient files (skipped).
/// </summary>
public static partial class UsgsMcsImporter
{
    /// <summary>
    /// Imports the world and salient files of the commodities in <paramref name="commodityToElement"/>. An unknown
    /// country name is an error, unless <paramref name="skipUnknownCountries"/>: then the row is skipped and listed in
    /// <see cref="UsgsImportResult.Skipped"/> (for surveying a whole release, whose non-target files name regions such as
    /// "United States and Canada").
    /// </summary>
    public static UsgsImportResult Import(string folder, CountryDirectory countries, IReadOnlyDictionary<string, string> commodityToElement,
        bool skipUnknownCountries = false)
    {
        ImportPaths.RequireFolder(folder, "an MCS release folder (with world/ and salient/)");
        var release = ReleaseOf(folder);
        if (!Directory.Exists(Path.Combine(folder, "world")) && !Directory.Exists(Path.Combine(folder, "salient")))
            throw new DataFormatException(folder, null, null, "no world/ or salient/ subfolder: not an MCS data release folder (world/*_world.csv, salient/*_salient.csv)");
        string sourceId = $"usgs-mcs-{release}";
        var result = new UsgsImportResult([], [], [], []);
        foreach (var file in Files(Path.Combine(folder, "world"), "_world.csv"))
            if (Code(file, "_world.csv") is { } code && commodityToElement.TryGetValue(code, out var element))
                ReadWorld(file, code, element, release, sourceId, countries, result, skipUnknownCountries);
        foreach (var file in Files(Path.Combine(folder, "salient"), "_salient.csv"))
            if (Code(file, "_salient.csv") is { } code && commodityToElement.TryGetValue(code, out var element))
                ReadSalient(file, code, element, sourceId, result);
        if (result.Production.Count + result.Reserves.Count + result.Prices.Count == 0)
            throw new DataFormatException(folder, null, null,
                string.Create(CultureInfo.InvariantCulture, $"no production, reserves or price rows: no world or salient file of the {commodityToElement.Count} target commodities (e.g. mcs{release}-cobal_world.csv) holds data"));
        return result;
    }

    /// <summary>The commodity codes of a release folder (from its world file names, e.g. "cobal"), in file order.</summary>
    public static IReadOnlyList<string> Commodities(string folder) =>
        Files(Path.Combine(folder, "world"), "_world.csv").Select(f => Code(f, "_world.csv")).OfType<string>().ToArray();

    private static IEnumerable<string> Files(string dir, string suffix) =>
        Directory.Exists(dir) ? Directory.GetFiles(dir).Where(f => f.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal) : [];

    /// <summary>
    /// The series of a World row: its own Type, or the country series it totals when the Type only adds "World total" and
    /// "(rounded)" (MCS titanium: "World total mine production: Ilmenite (rounded)" totals "Mine production: Ilmenite ...").
    /// </summary>
    internal static string WorldSeries(string type, IReadOnlySet<string> countrySeries)
    {
        string core = WorldDecoration().Replace(type, "").Trim();
        if (core == type || countrySeries.Contains(type)) return type;
        var matches = countrySeries.Where(s => s.StartsWith(core, StringComparison.OrdinalIgnoreCase)).ToArray();
        return matches.Length == 1 ? matches[0] : type;
    }

    [GeneratedRegex(@"^World total\s+|\s*\(rounded\)", RegexOptions.IgnoreCase)]
    private static partial Regex WorldDecoration();

    /// <summary>File codes that a release spells differently from the commodity code: MCS 2023 names the zirconium file zirco-hafni (MCS 2024: zirco).</summary>
    public static readonly IReadOnlyDictionary<string, string> FileCodeAliases = new Dictionary<string, string>(StringComparer.Ordinal) { ["zirco-hafni"] = "zirco" };

    private static string? Code(string file, string suffix)
    {
        string n = Path.GetFileName(file).ToLowerInvariant();
        int dash = n.IndexOf('-');
        string? code = dash < 0 ? null : n[(dash + 1)..^suffix.Length];
        return code is not null && FileCodeAliases.TryGetValue(code, out var alias) ? alias : code;
    }

    /// <summary>The release year in a folder name such as mcs2024.</summary>
    public static int ReleaseOf(string folder) =>
        ReleaseYear().Match(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new DataFormatException(folder, null, null, "the folder name must name the release, e.g. mcs2024");

    private static void ReadWorld(string file, string code, string element, int release, string sourceId, CountryDirectory countries, UsgsImportResult result,
        bool skipUnknownCountries)
    {
        var t = ImportCsv.Read(file, "Source", "Country");
        int typeIndex = t.Header.Contains("Type") ? t.IndexOfColumn("Type") : 2; // some files name the type in the header cell itself
        if (!t.Header.Contains("Type")) result.Skipped.Add($"{Path.GetFileName(file)}: no 'Type' column; column 3 ('{t.Header[2]}') read as the type");
        var prod = t.Header.Select((h, i) => (h, i, m: ProdColumn().Match(h))).Where(x => x.m.Success).ToArray();
        var res = t.Header.Select((h, i) => (h, i, m: ReservesColumn().Match(h))).FirstOrDefault(x => x.m.Success);
        string stated = res.m?.Groups["unit"].Value ?? "";
        string reserveUnit = res.m is null ? stated : UsgsWorldUnitCorrections.Find(release, code, res.h)?.Unit ?? stated;
        string reserveNote = reserveUnit == stated ? "" : $" (the header says {stated}; unit per UsgsWorldUnitCorrections)";
        string name = Path.GetFileName(file);
        var countrySeries = t.Rows.Where(r => countries.TryResolve(r.Text("Country")) is { } c && !Core.Elements.CountryCode.IsPseudo(c))
            .Select(r => CountryDirectory.Normalise(r.Cells[typeIndex])).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var row in t.Rows)
        {
            string raw = row.Text("Country");
            if (raw.Length == 0) continue;
            string? country = countries.TryResolve(raw);
            if (country is null)
            {
                if (!skipUnknownCountries) throw row.Error("Country", $"unknown country name '{raw}': add it to countries.csv");
                result.Skipped.Add($"{Path.GetFileName(file)} row {row.Line}: unknown country name '{raw}' skipped");
                continue;
            }
            string series = country == Core.Elements.CountryCode.World ? WorldSeries(CountryDirectory.Normalise(row.Cells[typeIndex]), countrySeries) : CountryDirectory.Normalise(row.Cells[typeIndex]);
            string stage = StageOf(series);
            foreach (var (h, i, m) in prod)
            {
                int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                var f = Figure(row, h, i, m.Groups["unit"].Value, m.Groups["est"].Success, element, code, series, stage, country, year, sourceId, name);
                if (f is not null) result.Production.Add(f);
            }
            if (res.m is { Success: true })
            {
                int year = res.m.Groups["year"].Success ? int.Parse(res.m.Groups["year"].Value, CultureInfo.InvariantCulture) : release - 1;
                var f = Figure(row, res.h, res.i, reserveUnit, false, element, code, series, "mine", country, year, sourceId, name, reserveNote);
                if (f is not null) result.Reserves.Add(f);
            }
        }
    }

    private static CountryFigure? Figure(CsvRow row, string column, int index, string unit, bool estimated, string element, string code,
        string series, string stage, string country, int year, string sourceId, string file, string note = "")
    {
        string raw = row.Cells[index];
        if (UsgsValue.Parse(raw) is not { } v) throw row.Error(column, $"'{raw}' is not a USGS value (number, W, NA, >n)");
        double? factor = UsgsUnits.ToTonnes(unit);
        if (factor is null) return null; // not a mass (carats): not used by the indicators
        string flag = estimated && v.Flag == "" ? "E" : v.Flag;
        int quality = flag is "E" or ">" or "<" ? 4 : 5;
        return new CountryFigure(element, code, series, stage, country, year, v.Number * factor, flag, sourceId, quality,
            $"{file} row {row.Line} {column} = '{raw.Trim()}' {unit}{note}");
    }

    private static string StageOf(string series)
    {
        string s = series.ToLowerInvariant();
        return s.Contains("refinery") || s.Contains("smelter") || s.Contains("refined") || s.Contains("metal production") || s.Contains("plant")
            ? "refined" : "mine";
    }

    private static void ReadSalient(string file, string code, string element, string sourceId, UsgsImportResult result)
    {
        var t = ImportCsv.Read(file);
        string name = Path.GetFileName(file);
        if (!t.Header.Contains("Year") || !t.Header.Contains("Commodity"))
        {
            result.Skipped.Add($"{name}: not a salient-statistics table (header {string.Join(",", t.Header.Take(4))}...)");
            return;
        }
        var seen = new Dictionary<string, int>();
        foreach (var (h, i) in t.Header.Select((h, i) => (h, i)).Where(x => x.h.StartsWith("Price", StringComparison.OrdinalIgnoreCase)))
        {
            int k = seen[h] = seen.GetValueOrDefault(h) + 1;
            string unitToken = h.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(x => !x.StartsWith('(')).ElementAtOrDefault(k - 1) ?? h;
            string? unit = UsgsUnits.PriceUnit(unitToken.Split('_')[^1]) ?? UsgsUnits.PriceUnit(unitToken);
            if (unit is null) { result.Skipped.Add($"{name}: column '{h}': unknown price unit"); continue; }
            var correction = UsgsPriceUnitCorrections.Find(code, h);
            unit = correction?.Unit ?? unit;
            string series = UsgsPriceSeriesNames.For(code, k == 1 ? h : $"{h} #{k}");
            foreach (var row in t.Rows)
            {
                string raw = row.Cells[i];
                if (!int.TryParse(row.Text("Year"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int year)) continue;
                if (PriceRange().IsMatch(raw)) { result.Skipped.Add($"{name} row {row.Line} {h}: '{raw}' is a range, not an annual price"); continue; }
                if (UsgsValue.Parse(raw) is not { } v) throw row.Error(h, $"'{raw}' is not a price");
                if (v.Number is null) continue;
                result.Prices.Add(new PriceRecord(element, code, series, year, v.Number, unit, sourceId,
                    $"{name} row {row.Line} {h}" + (correction is null ? "" : $" (unit {unit} per USGS metadata)")));
            }
        }
    }

    [GeneratedRegex(@"^\s*[\d.,]+\s*[–-]\s*[\d.,]+\s*$")]
    private static partial Regex PriceRange();
    [GeneratedRegex(@"mcs(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex ReleaseYear();
    [GeneratedRegex(@"^Prod_(?<unit>[A-Za-z]+)_(?<est>[Ee]st_)?(?<year>\d{4})$")]
    private static partial Regex ProdColumn();
    /// <summary>Reserves_kt, and Reserves_kt_2023 (MCS 2024 zirconium: the reserve year in the name).</summary>
    [GeneratedRegex(@"^Reserves_(?!notes?$)(?<unit>[A-Za-z]+)(?:_(?<year>\d{4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservesColumn();
}
