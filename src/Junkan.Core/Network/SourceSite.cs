namespace Junkan.Core.Network;

/// <summary>A source area (prefecture or municipality) with its supply per stream id, t/y.</summary>
public sealed record SourceSite(string Id, string NameEn, string NameJa, GeoPoint Point, IReadOnlyDictionary<string, double> Supply);
