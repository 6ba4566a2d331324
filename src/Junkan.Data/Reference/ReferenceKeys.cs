using Junkan.Core.Elements;

namespace Junkan.Data.Reference;

/// <summary>
/// The keys other tables refer to, read first: source ids (sources.csv), element symbols (elements.csv) and ISO3
/// country codes (countries.csv, plus WORLD and OTHER). A row naming an unknown key is refused at that row.
/// </summary>
internal sealed class ReferenceKeys(IReadOnlySet<string> sources, IReadOnlySet<string> elements, IReadOnlySet<string>? countries)
{
    public string Element(CsvRow r, string column = "element") =>
        r.Required(column) is var e && elements.Contains(e) ? e : throw r.Error(column, $"unknown element '{e}': not in elements.csv");

    public string Source(CsvRow r, string column = "source_id") =>
        r.Required(column) is var s && sources.Contains(s) ? s : throw r.Error(column, $"unknown source id '{s}': add it to sources.csv");

    /// <summary>An ISO3 code of countries.csv, WORLD or OTHER (any well-formed ISO3 code when the folder has no countries.csv).</summary>
    public string Country(CsvRow r, string column)
    {
        string c = r.Required(column);
        bool known = c is CountryCode.World or CountryCode.Other || (countries?.Contains(c) ?? CountryCode.IsIso3(c));
        return known ? c : throw r.Error(column, $"unknown country code '{c}': not in countries.csv (nor WORLD, OTHER)");
    }

    /// <summary>Refuses a table without data rows (a header-only file), naming that file.</summary>
    public static IReadOnlyList<CsvRow> NonEmpty(CsvTable t) =>
        t.Rows.ToArray() is { Length: > 0 } rows ? rows : throw new DataFormatException(t.File, null, null, "no data rows: the table needs at least one row below its header");

    /// <summary>Refuses a key given twice, naming the row of the second and of the first.</summary>
    public static Dictionary<string, T> Unique<T>(IEnumerable<CsvRow> rows, string column, Func<CsvRow, T> make)
    {
        var map = new Dictionary<string, T>();
        var lines = new Dictionary<string, int>();
        foreach (var r in rows)
        {
            string key = r.Required(column);
            if (lines.TryGetValue(key, out int first)) throw r.Error(column, $"'{key}' is given twice (first in row {first})");
            lines[key] = r.Line;
            map[key] = make(r);
        }
        return map;
    }
}
