namespace Junkan.Core.Citations;

/// <summary>
/// Where a figure comes from, the one provenance type of every estimate: the citation, its quality score, the year
/// the figure refers to (not the publication year; null = undated, e.g. a general ore grade) and the unit as the
/// source published it when Junkan converted it (null = used as published).
/// </summary>
public sealed record Provenance(SourceId Source, QualityScore Quality, int? Year = null, string? PublishedUnit = null)
{
    /// <summary>Provenance from raw fields (a loader checks them first and names the file, row and column).</summary>
    public static Provenance Of(string sourceId, int quality, int? year = null, string? publishedUnit = null) =>
        new(new SourceId(sourceId), new QualityScore(quality), year, publishedUnit);
}
