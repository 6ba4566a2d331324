namespace Junkan.Core.Network;

/// <summary>A point on the earth: latitude and longitude in decimal degrees (WGS84).</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    /// <summary>Mean earth radius, km (IUGG mean radius R1 = 6371.0088 km).</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle (haversine) distance to <paramref name="other"/>, km.</summary>
    public double DistanceKm(GeoPoint other)
    {
        double p1 = Lat * Math.PI / 180, p2 = other.Lat * Math.PI / 180;
        double dp = p2 - p1, dl = (other.Lon - Lon) * Math.PI / 180;
        double a = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public bool IsValid => Lat is >= -90 and <= 90 && Lon is >= -180 and <= 180;
}
