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
}
