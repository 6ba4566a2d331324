using System.Globalization;
using System.Net;
using System.Text;
using Junkan.Core.Network;

namespace Junkan.Reports.Network;

/// <summary>
/// A deterministic SVG map of a plan: sources (grey circles, area ∝ supply), collection flows (thin grey lines),
/// hub → plant shipments (lines by mode, width ∝ tonnes), opened hubs (squares) and plants (triangles) with their names,
/// over the bundled prefecture outlines (<see cref="PrefectureOutlines"/>). Equirectangular projection: x = lon · cos φ0,
/// y = −lat, φ0 the middle latitude of the frame; the frame is the points' bounding box widened to the whole land
/// polygons (islands) the points lie on. No tiles, nothing fetched; coordinates rounded to 0.1 px.
/// </summary>
public static class NetworkMap
{
    private const double Width = 720, Height = 560, Pad = 40;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly Dictionary<string, string> ModeColour = new(StringComparer.Ordinal) { ["truck"] = "#d9480f", ["rail"] = "#1971c2", ["ship"] = "#0c8599" };

    public static string Render(NetworkCase c, NetworkPlan plan, NetworkLabels t)
    {
        var points = c.Sources.Select(s => s.Point).Concat(plan.Opened.Select(o => o.Site.Point)).ToList();
        if (points.Count == 0) points.Add(new GeoPoint(35, 135));
        var outlines = PrefectureOutlines.Japan;
        var p = Projection.Fit([.. points, .. Land(outlines, points).SelectMany(poly => poly[0])]);
        var sites = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var f in c.Hubs.Concat(c.Plants)) sites.TryAdd(f.Id, f.Point);
        foreach (var s in c.Sources) sites.TryAdd(s.Id, s.Point);
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"{Enc(t["Map"])}\">\n");
        sb.Append("<rect width=\"100%\" height=\"100%\" fill=\"#e3eef7\"/>\n");
        Outlines(sb, p, outlines, t);
        double maxSupply = Math.Max(1e-9, c.Sources.Select(s => s.Supply.Values.Sum()).DefaultIfEmpty(0).Max());
        foreach (var f in plan.Collection.OrderBy(f => f.From, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal).ThenBy(f => f.Stream, StringComparer.Ordinal))
            Line(sb, p, sites[f.From], sites[f.To], "#adb5bd", 0.6, null);
        double maxShip = Math.Max(1e-9, plan.Shipments.Select(f => f.Tonnes).DefaultIfEmpty(0).Max());
        foreach (var f in plan.Shipments.OrderBy(f => f.From, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal).ThenBy(f => f.Stream, StringComparer.Ordinal).ThenBy(f => f.Mode, StringComparer.Ordinal))
            Line(sb, p, sites[f.From], sites[f.To], ModeColour.GetValueOrDefault(f.Mode, "#495057"), 1 + 5 * f.Tonnes / maxShip, $"{f.From} → {f.To} {StreamName(c, f.Stream, t)} {t.Mode(f.Mode)} {F(f.Tonnes, "N0")} t/y");
        foreach (var s in c.Sources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var (x, y) = p.Xy(s.Point);
            double r = 1.5 + 6 * Math.Sqrt(s.Supply.Values.Sum() / maxSupply);
            sb.Append(Inv, $"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"{F(r)}\" fill=\"#868e96\" fill-opacity=\"0.55\"><title>{Enc(t.Language == "ja" ? s.NameJa : s.NameEn)} {F(s.Supply.Values.Sum(), "N0")} t/y</title></circle>\n");
        }
        var labels = new MapLabels(Width);
        foreach (var o in plan.Opened.OrderBy(o => o.Site.Kind).ThenBy(o => o.Site.Id, StringComparer.Ordinal)) Site(sb, p, o, t, labels);
        Legend(sb, t);
        return sb.Append("</svg>\n").ToString();
    }

    /// <summary>The outline polygons (islands) that contain at least one of the points.</summary>
    private static IEnumerable<IReadOnlyList<GeoPoint[]>> Land(IReadOnlyList<PrefectureOutline> outlines, IReadOnlyList<GeoPoint> points) =>
        outlines.SelectMany(o => o.Polygons).Where(poly => points.Any(q => PrefectureOutlines.Contains(poly, q)));

    /// <summary>One path per prefecture (its polygons that reach into the frame), land light grey with grey borders over a pale blue sea.</summary>
    private static void Outlines(StringBuilder sb, Projection p, IReadOnlyList<PrefectureOutline> outlines, NetworkLabels t)
    {
        foreach (var o in outlines)
        {
            var d = new StringBuilder();
            foreach (var poly in o.Polygons.Where(poly => p.Overlaps(poly[0])))
                foreach (var ring in poly)
                {
                    for (int i = 0; i < ring.Length; i++)
                    {
                        var (x, y) = p.Xy(ring[i]);
                        d.Append(i == 0 ? 'M' : 'L').Append(F(x)).Append(',').Append(F(y));
                    }
                    d.Append('Z');
                }
            if (d.Length == 0) continue;
            sb.Append(Inv, $"<path d=\"{d}\" fill=\"#f8f9fa\" fill-rule=\"evenodd\" stroke=\"#adb5bd\" stroke-width=\"0.6\"><title>{Enc(t.Language == "ja" ? o.NameJa : o.NameEn)}</title></path>\n");
        }
    }

    private static void Site(StringBuilder sb, Projection p, OpenedSite o, NetworkLabels t, MapLabels labels)
    {
        var (x, y) = p.Xy(o.Site.Point);
        string title = $"{t.Name(o.Site)} {F(o.InputT, "N0")} t/y";
        if (o.Site.Kind == FacilityKind.Hub)
            sb.Append(Inv, $"<rect x=\"{F(x - 5)}\" y=\"{F(y - 5)}\" width=\"10\" height=\"10\" fill=\"#5f3dc4\" stroke=\"#fff\"><title>{Enc(title)}</title></rect>\n");
        else
            sb.Append(Inv, $"<polygon points=\"{F(x)},{F(y - 8)} {F(x + 7)},{F(y + 5)} {F(x - 7)},{F(y + 5)}\" fill=\"#c2255c\" stroke=\"#fff\"><title>{Enc(title)}</title></polygon>\n");
        var (tx, ty, anchor) = labels.Place(x, y, t.Name(o.Site));
        sb.Append(Inv, $"<text x=\"{F(tx)}\" y=\"{F(ty)}\"{(anchor == "end" ? " text-anchor=\"end\"" : "")} font-size=\"11\" font-family=\"sans-serif\" fill=\"#212529\">{Enc(t.Name(o.Site))}</text>\n");
    }

    private static void Line(StringBuilder sb, Projection p, GeoPoint a, GeoPoint b, string colour, double width, string? title)
    {
        var (x1, y1) = p.Xy(a);
        var (x2, y2) = p.Xy(b);
        sb.Append(Inv, $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{colour}\" stroke-width=\"{F(width)}\" stroke-opacity=\"0.8\"");
        sb.Append(title is null ? "/>\n" : $"><title>{Enc(title)}</title></line>\n");
    }

    private static string StreamName(NetworkCase c, string id, NetworkLabels t) =>
        c.Streams.FirstOrDefault(s => s.Id == id) is { } s ? (t.Language == "ja" ? s.NameJa : s.NameEn) : id;

    private static void Legend(StringBuilder sb, NetworkLabels t)
    {
        double y = Height - 14, x = 12;
        foreach (var (mode, colour) in ModeColour)
        {
            sb.Append(Inv, $"<line x1=\"{F(x)}\" y1=\"{F(y)}\" x2=\"{F(x + 20)}\" y2=\"{F(y)}\" stroke=\"{colour}\" stroke-width=\"3\"/>");
            sb.Append(Inv, $"<text x=\"{F(x + 24)}\" y=\"{F(y + 4)}\" font-size=\"11\" font-family=\"sans-serif\">{Enc(t.Mode(mode))}</text>\n");
            x += Math.Max(70, 24 + MapLabels.TextWidth(t.Mode(mode)) + 16);   // the next entry after this one's name
        }
    }

    private static string F(double v, string format = "0.0") => v.ToString(format, Inv);

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Equirectangular projection fitted to the points' bounding box (x scaled by cos of the mean latitude).</summary>
    private sealed record Projection(double MinLon, double MaxLat, double Scale, double CosLat, double OffsetX, double OffsetY)
    {
        public static Projection Fit(IReadOnlyList<GeoPoint> pts)
        {
            double minLat = pts.Min(q => q.Lat), maxLat = pts.Max(q => q.Lat), minLon = pts.Min(q => q.Lon), maxLon = pts.Max(q => q.Lon);
            double cos = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
            double w = Math.Max(1e-6, (maxLon - minLon) * cos), h = Math.Max(1e-6, maxLat - minLat);
            double scale = Math.Min((Width - 2 * Pad) / w, (Height - 2 * Pad - 20) / h);
            return new Projection(minLon, maxLat, scale, cos, (Width - w * scale) / 2, (Height - 20 - h * scale) / 2);
        }

        /// <summary>Whether a ring's bounding box reaches into the frame (with a 10 px margin).</summary>
        public bool Overlaps(GeoPoint[] ring)
        {
            var xy = ring.Select(Xy).ToList();
            return xy.Max(q => q.X) >= -10 && xy.Min(q => q.X) <= Width + 10 && xy.Max(q => q.Y) >= -10 && xy.Min(q => q.Y) <= Height + 10;
        }

        public (double X, double Y) Xy(GeoPoint g) => (OffsetX + (g.Lon - MinLon) * CosLat * Scale, OffsetY + (MaxLat - g.Lat) * Scale);
    }
}
