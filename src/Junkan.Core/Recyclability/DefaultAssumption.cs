namespace Junkan.Core.Recyclability;

/// <summary>
/// A stated assumption for a source parameter no publication gives (data/recyclability/default_assumptions.csv):
/// applies to sources of <see cref="Kind"/> (null = any) and <see cref="Route"/> (null = any); the most specific match
/// wins. Applied values carry the source id <see cref="SourceId"/>, quality 1 and the rationale, so every output can
/// show that they are assumptions, and the Monte Carlo draws them over their (wide) range.
/// </summary>
public sealed record DefaultAssumption(SourceKind? Kind, CollectionRoute? Route, string Parameter, double Value, double Low, double High, string Rationale)
{
    public const string SourceId = "junkan-assumption";

    public bool Matches(RecyclingSource s, string parameter) =>
        parameter == Parameter && (Kind is null || Kind == s.Kind) && (Route is null || Route == s.Route);

    private int Specificity => (Kind is null ? 0 : 2) + (Route is null ? 0 : 1);

    public Estimate ToEstimate() => new(Value, Low, High, Quantities.EstimateUnit.Fraction, Citations.Provenance.Of(SourceId, 1), Rationale);

    /// <summary>
    /// Fills the collection rate and yields a source lacks with the most specific matching assumption; not for a source
    /// with a published output (its losses are in the figure) nor a primary by-product source (not recycling).
    /// </summary>
    public static RecyclingSource Apply(RecyclingSource s, IReadOnlyList<DefaultAssumption> defaults)
    {
        if (s.IsPrimary || s.Recovered is not null) return s;
        Estimate? Pick(Estimate? given, string parameter) => given
            ?? defaults.Where(d => d.Matches(s, parameter)).OrderByDescending(d => d.Specificity).FirstOrDefault()?.ToEstimate();
        return s with
        {
            CollectionNow = Pick(s.CollectionNow, "collection_rate_now"),
            YieldPre = Pick(s.YieldPre, "yield_pre"),
            YieldEnd = Pick(s.YieldEnd, "yield_end"),
        };
    }

    /// <summary>Whether an estimate is an applied assumption rather than a sourced figure.</summary>
    public static bool IsAssumed(Estimate? e) => e?.SourceId == SourceId;
}
