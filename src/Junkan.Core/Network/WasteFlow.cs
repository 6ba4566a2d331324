using Junkan.Core.Citations;

namespace Junkan.Core.Network;

/// <summary>
/// A collected stream (used Li-ion batteries, PV panels, e-scrap...). <see cref="HubYield"/>: tonnes leaving a hub for a
/// plant per tonne received (dismantling and discharge remove mass). A hazardous stream (damaged Li-ion batteries) may
/// only go to hubs that accept it, no farther than <see cref="MaxHazardKm"/> (route km), and counts against hub storage caps.
/// </summary>
public sealed record WasteFlow(string Id, string NameEn, string NameJa, double HubYield, bool Hazardous, double? MaxHazardKm,
    IReadOnlyList<ElementContent> Elements, Provenance YieldSource);

/// <summary>
/// One element in a stream: <see cref="Content"/> t of element per t of stream as collected, <see cref="HubRetention"/>
/// the share of it the hub passes on to the plant (the rest is lost at the hub).
/// </summary>
public sealed record ElementContent(string Element, double Content, double HubRetention, Provenance Source)
{
    /// <summary>t of element per t of hub output (the hub concentrates the stream by 1/yield).</summary>
    public double OutputContent(double hubYield) => Content * HubRetention / hubYield;
}
