namespace Junkan.Core.Recyclability;

/// <summary>
/// What Junkan knows of one element for the recyclability assessment: Japan's demand (t/y), dissipative share of
/// demand, ore grade (mass fraction), global EOL recycling rate (UNEP 2011), EU EOL-RIR (2023), Japan's urban-mine
/// stock (t, NIMS), its uses and its recycling sources. Null = a data gap, shown as such.
/// </summary>
public sealed record ElementProfile(
    string Element, Estimate? JapanDemand, Estimate? DissipativeShare, Estimate? OreGrade, Estimate? EolRecyclingRate,
    Estimate? EolRecyclingInputRateEu, Estimate? UrbanMineStock, IReadOnlyList<ElementUse> Uses, IReadOnlyList<RecyclingSource> Sources)
{
    /// <summary>Published figures of the element's recovered tonnes in Japan to compare the model with (comparisons.csv).</summary>
    public IReadOnlyList<PublishedFigure> Comparisons { get; init; } = [];

    /// <summary>
    /// The element's flow system of Japan (docs/methods/flows.md): when present, the recovered, achievable and potential
    /// tonnes, collectability, dissipation, growth and TRL come from it instead of the recycling sources.
    /// </summary>
    public Flows.ElementFlowModel? Flows { get; init; }
}
