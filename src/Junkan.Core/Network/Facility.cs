using Junkan.Core.Citations;

namespace Junkan.Core.Network;

/// <summary>Hub (collection, storage, discharge, dismantling, black mass) or plant (refining, smelting, remelting).</summary>
public enum FacilityKind { Hub, Plant }

/// <summary>
/// A candidate or existing site. Existing sites are open (one of their sizes must be chosen). Costs in JPY; capacity in
/// t/y of input. <see cref="Recovery"/> (plants): share of each element in the input that is recovered and sold.
/// <see cref="Modes"/>: transport modes the site can ship or receive by (truck is always possible).
/// </summary>
public sealed record Facility(string Id, string NameEn, string NameJa, FacilityKind Kind, GeoPoint Point, bool Existing,
    bool AcceptsHazardous, double? HazardStorageCapT, IReadOnlyList<SizeOption> Sizes, double VariableJpyPerTonne, double EnergyKwhPerTonne,
    IReadOnlyDictionary<string, double> Recovery, IReadOnlySet<string> Modes, Provenance CostSource)
{
    public bool CanUse(string mode) => mode == "truck" || Modes.Contains(mode);

    /// <summary>Where the sizes' investment figures come from, when not from <see cref="CostSource"/> (case key <c>investment_source</c>).</summary>
    public Provenance? InvestmentSource { get; init; }

    /// <summary>The citation ids of the site's cost figures: operating cost, then investment if cited apart.</summary>
    public IReadOnlyList<string> CostSourceIds => InvestmentSource is { } i && i.Source.Value != CostSource.Source.Value
        ? [CostSource.Source.Value, i.Source.Value] : [CostSource.Source.Value];
}

/// <summary>A size option: capacity (t/y of input), investment (JPY, zero for an existing site) and fixed operating cost (JPY/y).</summary>
public sealed record SizeOption(string Name, double CapacityT, double InvestmentJpy, double FixedJpyPerYear);
