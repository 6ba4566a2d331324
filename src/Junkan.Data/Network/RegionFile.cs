using System.Globalization;
using Junkan.Core.Network;

namespace Junkan.Data.Network;

/// <summary>A region (prefecture or municipality) with its coordinates and the weight that scales national supply.</summary>
internal sealed record RegionRow(string Code, string NameJa, string NameEn, GeoPoint Point, double Weight);

/// <summary>Reads a regions CSV (code,name_ja,name_en,...,lat,lon,&lt;weight columns&gt;); errors name file, row and column.</summary>
internal static class RegionFile
{
    public static List<RegionRow> Read(string path, string weightColumn)
    {
        var lines = CsvLines.Read(path);
        var header = lines[0];
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new DataFormatException(path, 1, name, $"column '{name}' is missing");
        int code = Col("code"), ja = Col("name_ja"), en = Col("name_en"), lat = Col("lat"), lon = Col("lon"), w = Col(weightColumn);
        var rows = new List<RegionRow>();
        for (int r = 1; r < lines.Count; r++)
        {
            var f = lines[r];
            double Num(int i, string col) => i < f.Length && double.TryParse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
                ? d : throw new DataFormatException(path, r + 1, col, $"'{(i < f.Length ? f[i] : "")}' is not a number");
            double weight = Num(w, weightColumn);
            if (weight < 0) throw new DataFormatException(path, r + 1, weightColumn, $"weight {weight} is negative");
            var point = new GeoPoint(Num(lat, "lat"), Num(lon, "lon"));
            if (!point.IsValid) throw new DataFormatException(path, r + 1, "lat", "coordinates out of range");
            rows.Add(new RegionRow(f[code], f[ja], f[en], point, weight));
        }
        return rows;
    }
}

/// <summary>Reads a user distance matrix CSV (from,to,km): route km that replace great-circle × circuity.</summary>
internal static class DistanceFile
{
    public static Dictionary<string, double> Read(string path)
    {
        var lines = CsvLines.Read(path);
        var d = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int r = 1; r < lines.Count; r++)
        {
            var f = lines[r];
            if (f.Length < 3 || !double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var km) || km < 0 || !double.IsFinite(km))
                throw new DataFormatException(path, r + 1, "km", "each row is from,to,km with km >= 0");
            d[f[0] + "|" + f[1]] = km;
        }
        return d;
    }
}

/// <summary>Minimal CSV lines for the network files (no quoted commas); the byte-order mark is dropped.</summary>
internal static class CsvLines
{
    public static List<string[]> Read(string path)
    {
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new DataFormatException(path, null, null, $"cannot read: {e.Message}"); }
        var rows = lines.Where(l => l.Length > 0).Select(l => l.TrimStart('\uFEFF').Split(',')).ToList();
        if (rows.Count < 1) throw new DataFormatException(path, 1, null, "the file is empty");
        return rows;
    }
}
