namespace Junkan.Core.Recyclability;

/// <summary>
/// One source of an element in Japan with its parameters (each an <see cref="Estimate"/> or null = data gap):
/// generation (t of source material per year), contained (t of element per year, where published directly), content
/// (mass fraction), collection rates today and achievable, pre- and end-processing yields, TRL of the best route.
/// For an end-of-life product with a stock model, <see cref="Product"/> names it and the contained tonnes come from
/// the model's end-of-life flows. <see cref="Recovered"/> is an output figure (t of element recovered per year, already
/// after collection and processing losses): where given, it is today's recoverable tonnage as published, never multiplied
/// again by a collection rate or yields. A <see cref="SourceKind.ByProduct"/> source is primary supply (by-product
/// recovery from ores, concentrates or fuels): <see cref="IsPrimary"/>; its tonnes are shown, never counted as recycling.
/// </summary>
public sealed record RecyclingSource(
    string Element, string Id, SourceKind Kind, string? Product, CollectionRoute Route, string NameEn, string NameJa,
    Estimate? Generation, Estimate? Contained, Estimate? Content,
    Estimate? CollectionNow, Estimate? CollectionAchievable, Estimate? YieldPre, Estimate? YieldEnd, Estimate? Trl, string Note = "", Estimate? Recovered = null)
{
    /// <summary>Whether the source is primary by-product recovery (kind by_product), shown apart and never counted as recycling.</summary>
    public bool IsPrimary => Kind == SourceKind.ByProduct;

    /// <summary>The parameters that are data gaps for the recoverable quantity (names as in the data files).</summary>
    public IReadOnlyList<string> Gaps(bool hasProductFlows)
    {
        if (IsPrimary) return Recovered is null ? ["recovered (primary by-product output)"] : [];
        if (Recovered is not null) return [];
        var gaps = new List<string>();
        if (!hasProductFlows && Contained is null && (Generation is null || Content is null))
            gaps.Add(Generation is null && Content is null ? "contained (or generation and content)" : Generation is null ? "generation" : "content");
        if (CollectionNow is null) gaps.Add("collection_rate_now");
        if (YieldPre is null) gaps.Add("yield_pre");
        if (YieldEnd is null) gaps.Add("yield_end");
        return gaps;
    }
}
