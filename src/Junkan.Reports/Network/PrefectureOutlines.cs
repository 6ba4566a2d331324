using System.Text.Json;
using Junkan.Core.Network;

namespace Junkan.Reports.Network;

/// <summary>One prefecture's outline: JIS code ("01".."47"), names and polygons (each an outer ring and its holes, WGS84).</summary>
public sealed record PrefectureOutline(string Code, string NameEn, string NameJa, IReadOnlyList<IReadOnlyList<GeoPoint[]>> Polygons);

/// <summary>
/// The 47 prefecture outlines bundled with the reports (data/network/prefecture-outlines.geojson, embedded in this
/// assembly so that a map never reads or fetches anything at run time): GSI Global Map Japan v2.1 via hfu/gmjpn21pref,
/// Douglas–Peucker 0.02° (data/network/prefecture-outlines.py; source and licence in data/network/README.md).
/// </summary>
public static class PrefectureOutlines
{
    private const string Resource = "Junkan.Reports.Network.prefecture-outlines.geojson";
    private static readonly Lazy<IReadOnlyList<PrefectureOutline>> Bundled = new(Load);

    public static IReadOnlyList<PrefectureOutline> Japan => Bundled.Value;

    private static IReadOnlyList<PrefectureOutline> Load()
    {
        using var stream = typeof(PrefectureOutlines).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"resource {Resource} is not embedded");
        return Parse(stream);
    }

    /// <summary>Reads a GeoJSON FeatureCollection of MultiPolygons with properties code, name_en, name_ja.</summary>
    public static IReadOnlyList<PrefectureOutline> Parse(Stream geojson)
    {
        using var doc = JsonDocument.Parse(geojson);
        var list = new List<PrefectureOutline>();
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var p = f.GetProperty("properties");
            var polygons = f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
                .Select(poly => (IReadOnlyList<GeoPoint[]>)[.. poly.EnumerateArray().Select(Ring)]).ToList();
            list.Add(new PrefectureOutline(p.GetProperty("code").GetString()!, p.GetProperty("name_en").GetString()!, p.GetProperty("name_ja").GetString()!, polygons));
        }
        return list;
    }

    private static GeoPoint[] Ring(JsonElement ring) => [.. ring.EnumerateArray().Select(c => new GeoPoint(c[1].GetDouble(), c[0].GetDouble()))];

    /// <summary>Whether <paramref name="g"/> lies inside the outer ring of <paramref name="polygon"/> and outside its holes (even–odd rule).</summary>
    public static bool Contains(IReadOnlyList<GeoPoint[]> polygon, GeoPoint g) => Inside(polygon[0], g) && !polygon.Skip(1).Any(h => Inside(h, g));

    private static bool Inside(GeoPoint[] ring, GeoPoint g)
    {
        bool inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            var (a, b) = (ring[i], ring[j]);
            if ((a.Lat > g.Lat) != (b.Lat > g.Lat) && g.Lon < (b.Lon - a.Lon) * (g.Lat - a.Lat) / (b.Lat - a.Lat) + a.Lon) inside = !inside;
        }
        return inside;
    }
}
