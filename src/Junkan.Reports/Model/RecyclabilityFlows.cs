using Junkan.Core.Flows;
using Junkan.Core.Recyclability;

namespace Junkan.Reports.Model;

/// <summary>
/// What an element's flow system gives the report: the totals of the assessment year with their 5–95 % ranges
/// (<see cref="FlowSpread"/>, t/y), the share of per-use parameters given by a figure (0..1), the full systems to the
/// last year (one, or a group's members) for the Sankey, and the citation ids of every input.
/// </summary>
public sealed record ElementFlowView(FlowSpread Spread, double Coverage, IReadOnlyList<ElementFlowSystem> Systems, IReadOnlyList<string> SourceIds);

/// <summary>
/// A published urban-mine stock (NIMS 2008, t of element) beside the modelled stock: in-use stock and the cumulated
/// disposal (landfill, incineration residue) stock of the system in <see cref="ModelYear"/> (the published year, or
/// the system's first year when that is later: <see cref="Shifted"/>), summed over a group's members. Null model
/// values: the element has no flow system.
/// </summary>
public sealed record UrbanMineCheck(PublishedFigure Figure, int? ModelYear, double? InUseStock, double? DisposalStock, IReadOnlyList<string> ModelSources)
{
    /// <summary>In-use plus disposal stock (t): the scope closest to NIMS, which counts products in manufacture, in use and in waste.</summary>
    public double? Total => InUseStock + DisposalStock;

    /// <summary>Model total / published (null without a model figure or a published zero).</summary>
    public double? Ratio => Total is { } m && Figure.Published.Value > 0 ? m / Figure.Published.Value : null;

    /// <summary>Whether the model stocks are a group's sum of members (each member in its own year, <see cref="ModelYear"/> the latest).</summary>
    public bool Group { get; init; }

    /// <summary>Whether the model year differs from the published year (the system starts later).</summary>
    public bool Shifted => ModelYear is { } y && Figure.Published.Year is { } p && y != p;
}
