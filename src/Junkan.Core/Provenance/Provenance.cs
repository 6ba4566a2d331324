namespace Junkan.Core.Provenance;

/// <summary>Where a number comes from: source id (a row of sources.csv), data year and quality.</summary>
/// <param name="SourceId">Id of the citation in <c>data/reference/sources.csv</c>.</param>
/// <param name="Year">Year the figure refers to (not the publication year).</param>
/// <param name="Quality">Quality score 1..5.</param>
/// <param name="Reference">Table, file and row (or page) the value was read from, for tracing.</param>
public sealed record Provenance(string SourceId, int Year, QualityScore Quality, string? Reference = null);
