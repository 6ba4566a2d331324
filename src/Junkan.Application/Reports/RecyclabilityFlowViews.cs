using Junkan.Core.Flows;
using Junkan.Core.Recyclability;
using Junkan.Reports.Model;

namespace Junkan.Application.Reports;

/// <summary>
/// The flow-system parts of the recyclability report: per element the totals with 5–95 % ranges, the coverage and the
/// systems to 2050 (central growth) for the Sankey; and the NIMS 2008 urban-mine cross-check against the modelled in-use and disposal stocks.
/// </summary>
internal static class RecyclabilityFlowViews
{
    /// <summary>The quantity of cross_checks.csv holding the NIMS 2008 urban-mine stocks.</summary>
    public const string UrbanMineQuantity = "urban_mine_stock";

    public static ElementFlowView? View(ElementProfile p, int year) => p.Flows is not { } model ? null
        : new ElementFlowView(FlowSpread.Of(model, year), FlowCoverage.Of(model, year), Systems(model),
            [.. model.SourceIds.Order(StringComparer.Ordinal)]);

    /// <summary>The full systems to <see cref="Flows.FlowRequest.LastYear"/>: the element's, or each member's for a group.</summary>
    public static IReadOnlyList<ElementFlowSystem> Systems(ElementFlowModel model) =>
        [.. (model.Inputs is { } i ? [i] : model.Members.Select(m => m.Inputs!)).Select(x => ElementFlowBuilder.Build(x, Flows.FlowRequest.LastYear))];

    /// <summary>One row per published urban-mine stock; the model's stocks summed over the systems (a group's members), each in the published year or its first year when later.</summary>
    public static IReadOnlyList<UrbanMineCheck> UrbanMine(IEnumerable<PublishedFigure> crossChecks, Func<string, IReadOnlyList<ElementFlowSystem>?> systems, Func<string, IReadOnlyList<string>> sources) =>
        [.. crossChecks.Where(f => f.Quantity == UrbanMineQuantity).Select(f =>
        {
            var s = systems(f.Element);
            if (s is null || s.Count == 0) return new UrbanMineCheck(f, null, null, null, []);
            int Year(ElementFlowSystem x) => Math.Max(f.Published.Year ?? x.System.FirstYear, x.System.FirstYear);
            double Stock(ProcessId process) => s.Sum(x => x.System.StockOf(process, x.System.IndexOf(Year(x))));
            return new UrbanMineCheck(f, s.Max(Year), Stock(ElementProcesses.Use), Stock(ElementProcesses.Disposal), sources(f.Element)) { Group = s.Count > 1 };
        })];
}
