using Junkan.Core.Recyclability;

namespace Junkan.Core.Flows;

/// <summary>
/// One Monte Carlo realisation of an element's flow inputs: every estimate drawn (through <see cref="IParameterValues"/>)
/// and fixed as a point, the demand history scaled by the draw of the reference demand, the use shares renormalised to
/// sum to 1, each lifetime moved to its drawn mean. Building it gives one draw of every flow (for flow-level ranges).
/// </summary>
public static class FlowSampling
{
    public static ElementFlowInputs Sample(ElementFlowInputs inputs, IParameterValues values)
    {
        var reference = inputs.ReferenceDemand.Tonnes;
        double k = reference.Value > 0 ? values.Of(reference) / reference.Value : 1;
        var demand = inputs.Demand.Select(d => new DemandPoint(d.Year, Point(d.Tonnes, d.Tonnes.Value * k))).ToArray();
        var shares = inputs.Uses.Select(u => values.Of(u.Share)).ToArray();
        double total = shares.Sum();
        var uses = inputs.Uses.Select((u, i) => u with
        {
            Share = Point(u.Share, total > 0 ? shares[i] / total : u.Share.Value),
            Lifetime = u.Lifetime.WithMean(values.Of(u.LifetimeMean)),
            LifetimeMean = Point(u.LifetimeMean, values.Of(u.LifetimeMean)),
            Parameters = Draw(u.Parameters, values),
        }).ToArray();
        return new ElementFlowInputs(inputs.Element, demand, uses, Draw(inputs.NewScrapShare, values), Draw(inputs.NewScrapRecovery, values));
    }

    private static UseParameters Draw(UseParameters p, IParameterValues v) => p with
    {
        CollectionRate = Draw(p.CollectionRate, v),
        ExportShare = Draw(p.ExportShare, v),
        RecoveryYield = Draw(p.RecoveryYield, v),
        AchievableCollection = Draw(p.AchievableCollection, v),
        AchievableYield = Draw(p.AchievableYield, v),
        ProductExportShare = Draw(p.ProductExportShare, v),
        GrowthRate = Draw(p.GrowthRate, v),
    };

    private static Estimate? Draw(Estimate? e, IParameterValues v) => e is null ? null : Point(e, v.Of(e));

    private static Estimate Point(Estimate e, double value) => Estimate.Point(e.Unit.Clamp(value), e.Unit, e.Provenance, e.Note);
}
