using System.Globalization;
using Junkan.Core.Network;
using Junkan.Reports.Network;

namespace Junkan.Reports.Tests.Network;

/// <summary>The bundled prefecture outlines: all 47, each holding its own capital's city hall and nobody else's.</summary>
public sealed class PrefectureOutlineTests
{
    [Fact]
    public void All47PrefecturesAreBundledInCodeOrderWithBothNames()
    {
        var o = PrefectureOutlines.Japan;
        Assert.Equal(47, o.Count);
        Assert.Equal(Enumerable.Range(1, 47).Select(i => i.ToString("00", CultureInfo.InvariantCulture)), o.Select(x => x.Code));
        Assert.Equal("北海道", o[0].NameJa);
        Assert.Equal("Okinawa", o[46].NameEn);
    }

    /// <summary>
    /// Every capital (prefectures.csv, localgovjp city halls) lies inside its own prefecture and in no other, or, for the
    /// coastal city halls the 2 km simplification puts at sea (Kobe, Kagoshima), within 0.05° of its own outline.
    /// A swapped or shifted prefecture fails here.
    /// </summary>
    [Fact]
    public void EachCapitalLiesInItsOwnPrefecture()
    {
        var outlines = PrefectureOutlines.Japan;
        foreach (var line in File.ReadLines(Junkan.Testing.TestRepository.Path("data", "network", "prefectures.csv")).Skip(1))
        {
            var c = line.Split(',');
            var city = new GeoPoint(double.Parse(c[4], CultureInfo.InvariantCulture), double.Parse(c[5], CultureInfo.InvariantCulture));
            var hits = outlines.Where(o => o.Polygons.Any(p => PrefectureOutlines.Contains(p, city))).Select(o => o.Code).ToList();
            if (hits.Count == 0)
                Assert.True(Distance(outlines.Single(o => o.Code == c[0]), city) < 0.05, $"{c[2]} is {Distance(outlines.Single(o => o.Code == c[0]), city):0.000}° off its outline");
            else
                Assert.Equal([c[0]], hits);
        }
    }

    [Fact]
    public void ContainsFollowsTheEvenOddRuleWithHoles()
    {
        GeoPoint[] outer = [new(0, 0), new(0, 10), new(10, 10), new(10, 0), new(0, 0)];
        GeoPoint[] hole = [new(4, 4), new(4, 6), new(6, 6), new(6, 4), new(4, 4)];
        Assert.True(PrefectureOutlines.Contains([outer, hole], new GeoPoint(2, 2)));
        Assert.False(PrefectureOutlines.Contains([outer, hole], new GeoPoint(5, 5)));
        Assert.False(PrefectureOutlines.Contains([outer], new GeoPoint(11, 5)));
    }

    private static double Distance(PrefectureOutline o, GeoPoint g) =>
        o.Polygons.SelectMany(p => p).SelectMany(r => r.Zip(r.Skip(1))).Min(s => Segment(s.First, s.Second, g));

    private static double Segment(GeoPoint a, GeoPoint b, GeoPoint g)
    {
        double dx = b.Lon - a.Lon, dy = b.Lat - a.Lat, l = dx * dx + dy * dy;
        double t = l == 0 ? 0 : Math.Clamp(((g.Lon - a.Lon) * dx + (g.Lat - a.Lat) * dy) / l, 0, 1);
        return Math.Sqrt(Math.Pow(g.Lon - a.Lon - t * dx, 2) + Math.Pow(g.Lat - a.Lat - t * dy, 2));
    }
}
