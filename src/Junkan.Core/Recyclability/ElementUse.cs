namespace Junkan.Core.Recyclability;

/// <summary>A use of an element with its share of Japan's and of world demand (fractions, null = not published) and whether it is dissipative.</summary>
public sealed record ElementUse(string Element, string Use, double? ShareJapan, double? ShareWorld, bool Dissipative, int Year, string SourceId, int Quality, string Note = "");
