using Junkan.Core.Flows;
using Junkan.Data.Reference;

namespace Junkan.Data.Flows;

/// <summary>An element without a flow system and why (a data gap, shown, never a silent zero).</summary>
public sealed record FlowGap(string Element, string Reason);

/// <summary>
/// The flow-system data of data/flows/: the inputs of every element that has demand, use shares and use profiles, the
/// elements that lack them (with the reason), the citations of data/flows/citations.csv and the files read.
/// </summary>
public sealed record FlowData(IReadOnlyDictionary<string, ElementFlowInputs> Inputs, IReadOnlyList<FlowGap> Gaps,
    IReadOnlyDictionary<string, SourceRecord> Citations, IReadOnlyList<string> Files)
{
    /// <summary>Published recovered tonnes of recycling_statistics.csv to compare the systems with (quantity = the flow they cover).</summary>
    public IReadOnlyList<Core.Recyclability.PublishedFigure> Figures { get; init; } = [];

    /// <summary>
    /// Published tonnages of cross_checks.csv in t of element (quantity e.g. urban_mine_stock, the NIMS 2008 stocks;
    /// a group's in t RE), to set beside the systems; fractions, years and product tonnes are not read.
    /// </summary>
    public IReadOnlyList<Core.Recyclability.PublishedFigure> CrossChecks { get; init; } = [];

    /// <summary>The inputs of one element; throws <see cref="Core.Inputs.NotInDataException"/> with the reason when it has no system.</summary>
    public ElementFlowInputs Of(string element)
    {
        var hit = Inputs.Keys.FirstOrDefault(k => k.Equals(element, StringComparison.OrdinalIgnoreCase));
        if (hit is not null) return Inputs[hit];
        var gap = Gaps.FirstOrDefault(g => g.Element.Equals(element, StringComparison.OrdinalIgnoreCase));
        throw new Core.Inputs.NotInDataException("--element", gap is null
            ? $"No flow system for element '{element}'; known: {string.Join(", ", Inputs.Keys.Order(StringComparer.Ordinal))}."
            : $"No flow system for {gap.Element}: {gap.Reason}.");
    }
}
