namespace Junkan.Core.Structure;

/// <summary>One factor's figures: r, c, prominence r + c, relation r − c, group, ISM level, driving power, dependence and MICMAC quadrant.</summary>
public sealed record FactorResult(Factor Factor, double R, double C, double Prominence, double Relation, FactorGroup Group,
    int Level, int DrivingPower, int Dependence, MicmacQuadrant Quadrant);

/// <summary>The structure of the issues: DEMATEL on the ratings, ISM on T ≥ θ (or on the user's reachability matrix), per factor.</summary>
public sealed record StructureAnalysis(InfluenceMatrix Ratings, DematelResult Dematel, IsmResult Ism, bool IsmFromUserMatrix)
{
    public IReadOnlyList<Factor> Factors => Ratings.Factors;

    public IReadOnlyList<FactorResult> Rows => field ??= [.. Enumerable.Range(0, Factors.Count).Select(i => new FactorResult(Factors[i], Dematel.R[i], Dematel.C[i],
        Dematel.Prominence(i), Dematel.Relation(i), Dematel.Group(i), Ism.Levels[i], Ism.DrivingPower[i], Ism.Dependence[i], Ism.Quadrant(i)))];

    /// <summary>
    /// DEMATEL and ISM: <paramref name="reachability"/> (the user's binary matrix) replaces T ≥ θ as ISM's initial
    /// matrix where given; it must be n × n.
    /// </summary>
    public static StructureAnalysis Run(InfluenceMatrix ratings, double? threshold = null, bool[,]? reachability = null, ThresholdKind rule = ThresholdKind.MeanOfTotalRelation)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (reachability is not null && (reachability.GetLength(0) != ratings.Size || reachability.GetLength(1) != ratings.Size))
            throw new ArgumentException($"the reachability matrix must be {ratings.Size} × {ratings.Size}", nameof(reachability));
        var d = Structure.Dematel.Analyse(ratings, threshold, rule);
        var ism = Structure.Ism.Analyse(reachability ?? Structure.Ism.Initial(d));
        return new StructureAnalysis(ratings, d, ism, reachability is not null);
    }
}
