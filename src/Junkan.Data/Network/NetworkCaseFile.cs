using Junkan.Core.Network;

namespace Junkan.Data.Network;

/// <summary>
/// A case file as read: the case (supply as written), its file path, the planning years (empty = one period), the
/// streams whose national supply comes from a flow system, the national totals written in the file per stream (t/y,
/// year, source id), published figures to compare the supply with, the regions' weight column (null without regions)
/// and published cost figures to compare the plan's costs per tonne with.
/// </summary>
public sealed record NetworkCaseFile(NetworkCase Case, string Path, IReadOnlyList<int> Periods, IReadOnlyList<FlowSupplySpec> FlowSupply,
    IReadOnlyDictionary<string, (double Tonnes, int? Year, string Source)> NationalSupply, IReadOnlyList<PublishedSupply> Published, string? Weight)
{
    public IReadOnlyList<PublishedCost> PublishedCosts { get; init; } = [];
}
