using Junkan.Core.Elements;
using Junkan.Data.Reference;

namespace Junkan.Data.Countries;

/// <summary>
/// Resolves country names as published (USGS spellings with footnote marks, non-breaking spaces) to ISO 3166-1
/// alpha-3, from <c>countries.csv</c>; "World total..." rows map to WORLD and "Other countries" to OTHER.
/// </summary>
public sealed class CountryDirectory
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlySet<string> Codes { get; }

    public CountryDirectory(string countriesCsv)
    {
        var codes = new Dictionary<string, int>();
        foreach (var r in CsvTable.Read(countriesCsv, "iso3", "name_en", "usgs_names").Rows)
        {
            string iso3 = r.Required("iso3");
            if (!CountryCode.IsIso3(iso3)) throw r.Error("iso3", $"'{iso3}' is not an ISO 3166-1 alpha-3 code");
            if (codes.TryGetValue(iso3, out int first)) throw r.Error("iso3", $"'{iso3}' is given twice (first in row {first})");
            codes[iso3] = r.Line;
            Name(r, "name_en", r.Required("name_en"), iso3);
            foreach (var n in r.Text("usgs_names").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                Name(r, "usgs_names", n, iso3);
        }
        if (codes.Count == 0) throw new DataFormatException(Path.GetFileName(countriesCsv), null, null, "no data rows: the table needs at least one country");
        Codes = codes.Keys.ToHashSet();
    }

    /// <summary>Maps a name to its code; the same name for two countries is an error at the row of the second.</summary>
    private void Name(CsvRow r, string column, string name, string iso3)
    {
        if (_byName.TryGetValue(name, out var other) && other != iso3) throw r.Error(column, $"'{name}' already names {other}");
        _byName[name] = iso3;
    }

    /// <summary>The code of a published name, or null when unknown.</summary>
    public string? TryResolve(string raw)
    {
        string name = Normalise(raw);
        if (name.StartsWith("World total", StringComparison.OrdinalIgnoreCase)) return CountryCode.World;
        if (name.StartsWith("Other countries", StringComparison.OrdinalIgnoreCase) || name == "Other") return CountryCode.Other;
        if (_byName.TryGetValue(name, out var code)) return code;
        // Footnote marks: trailing digits ("New Caledonia11"), then one trailing lower-case letter ("Japane").
        string noDigits = name.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        if (_byName.TryGetValue(noDigits, out code)) return code;
        if (noDigits.Length > 1 && char.IsLower(noDigits[^1]) && _byName.TryGetValue(noDigits[..^1], out code)) return code;
        return null;
    }

    internal static string Normalise(string raw) =>
        string.Join(' ', raw.Replace('\u00A0', ' ').Trim('\uFEFF', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
