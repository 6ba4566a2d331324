using Junkan.Core.Citations;

namespace Junkan.Core.Network;

/// <summary>
/// A stream whose national supply comes from an element flow system of Japan: the end-of-life flow of one use of one
/// element (t element/y) divided by the element's content of the collected product (t/t), times the stream's share of
/// that product (e.g. 0.95 intact, 0.05 damaged packs). <see cref="Apply"/> false: computed and shown beside the case
/// file's total for comparison only (the flow system does not describe the stream well enough to replace it).
/// </summary>
public sealed record FlowSupplySpec(string Stream, string Element, string Use, double Content, double Share, Provenance ContentSource, Provenance ShareSource,
    bool Apply = true)
{
    /// <summary>Product tonnes per year from an end-of-life element flow (t element/y).</summary>
    public double Tonnes(double endOfLifeElementTonnes) => endOfLifeElementTonnes / Content * Share;
}

/// <summary>A published national figure the model's supply of a stream is compared with (t/y in a year), with its source and what it counts.</summary>
public sealed record PublishedSupply(string Stream, int Year, double Tonnes, Provenance Source, string Note);

/// <summary>
/// What the national supply of a stream in a year rests on: tonnes (t/y), the basis ("flow system" or "case file"), a
/// sentence saying how it was derived, and the published figures it is compared with.
/// </summary>
public sealed record SupplyBasis(string Stream, int Year, double Tonnes, string Basis, string Derivation, IReadOnlyList<PublishedSupply> Published)
{
    public const string FlowSystem = "flow system";
    public const string CaseFile = "case file";
    public const string CompareOnly = "flow system (comparison, not applied)";
}
