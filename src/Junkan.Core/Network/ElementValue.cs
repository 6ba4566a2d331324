using Junkan.Core.Citations;

namespace Junkan.Core.Network;

/// <summary>
/// Value and emission factors of a recovered element: price (JPY/t of element), primary production factor and the
/// secondary-route factor (kg CO2e/kg; null = a gap, counted as 0 and reported), each with its source.
/// </summary>
public sealed record ElementValue(string Element, double PriceJpyPerTonne, double PrimaryCo2, double? SecondaryCo2,
    Provenance PriceSource, Provenance PrimarySource, Provenance? SecondarySource)
{
    /// <summary>Avoided emissions per tonne recovered, t CO2e/t (= kg/kg).</summary>
    public double AvoidedCo2PerTonne => PrimaryCo2 - (SecondaryCo2 ?? 0);
}
