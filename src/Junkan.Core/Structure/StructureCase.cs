using Junkan.Core.Citations;

namespace Junkan.Core.Structure;

/// <summary>
/// A structural analysis as a user writes it: a name in Japanese and English, the factors with where each comes from,
/// the experts' ratings with their provenance (source id, quality, year, unit "rating 0..4"), an optional threshold θ (a number, or the rule: mean of T, or mean plus one standard deviation)
/// and an optional binary reachability matrix for ISM. <see cref="IsExample"/> marks ratings that only show the method.
/// </summary>
public sealed record StructureCase(string NameJa, string NameEn, bool IsExample, InfluenceMatrix Ratings, Provenance RatingsProvenance,
    IReadOnlyDictionary<FactorId, string> FactorSources, double? Threshold = null, bool[,]? Reachability = null,
    ThresholdKind ThresholdRule = ThresholdKind.MeanOfTotalRelation)
{
    /// <summary>The unit of every rating.</summary>
    public const string RatingUnit = "rating 0..4";

    public string Name(string language) => language == "ja" && NameJa.Length > 0 ? NameJa : NameEn;
}
