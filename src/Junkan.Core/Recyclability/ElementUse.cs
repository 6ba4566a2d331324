namespace Junkan.Core.Recyclability;

/// <summary>
/// A use of an element with its share of Japan's and of world demand (fractions, null = not published), whether it is
/// dissipative (null = not known), the data year (null = undated) and the quality of the shares (null when no share is given).
/// </summary>
public sealed record ElementUse(string Element, string Use, double? ShareJapan, double? ShareWorld, bool? Dissipative, int? Year, string SourceId, int? Quality, string Note = "");
