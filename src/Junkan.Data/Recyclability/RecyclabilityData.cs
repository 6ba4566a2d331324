using Junkan.Core.Recyclability;
using Junkan.Data.Reference;

namespace Junkan.Data.Recyclability;

/// <summary>A parameter that no published figure was found for: element, source (null for element parameters), parameter and what was searched.</summary>
public sealed record DataGap(string Element, string? Source, string Parameter, string Note);

/// <summary>
/// The recyclability data set (data/recyclability/): one profile per element, the citations behind every figure,
/// the gaps, and the files read (for the run manifest).
/// </summary>
public sealed record RecyclabilityData(
    IReadOnlyList<ElementProfile> Profiles, IReadOnlyDictionary<string, SourceRecord> Citations, IReadOnlyList<DataGap> Gaps, IReadOnlyList<string> Files)
{
    /// <summary>The stated assumptions of default_assumptions.csv (collection by route, yields), which the flow systems fill gaps with too.</summary>
    public IReadOnlyList<DefaultAssumption> Defaults { get; init; } = [];

    /// <summary>Emission factors of primary (and secondary) production by element (emission_factors.csv; none = gaps).</summary>
    public IReadOnlyDictionary<string, EmissionFactor> EmissionFactors { get; init; } = new Dictionary<string, EmissionFactor>();

    public ElementProfile Profile(string element) =>
        Profiles.FirstOrDefault(p => p.Element.Equals(element, StringComparison.OrdinalIgnoreCase))
        ?? throw new Junkan.Core.Inputs.NotInDataException("element", $"No recyclability data for element '{element}'; known: {string.Join(", ", Profiles.Select(p => p.Element))}.");
}
