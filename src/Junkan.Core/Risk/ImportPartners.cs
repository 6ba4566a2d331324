using Junkan.Core.Elements;

namespace Junkan.Core.Risk;

/// <summary>A partner's share of Japan's imports of one element at one stage (fraction 0..1).</summary>
public sealed record PartnerShare(string Country, double Share);

/// <summary>Whether Japan's imports at a stage have shares, do not apply, or lack data.</summary>
public enum ImportDataKind { Shares, NotApplicable, NoData }

/// <summary>
/// Japan's imports of one element at one stage: shares by partner (named partners, possibly
/// <see cref="CountryCode.Other"/>; shares may sum to less than 1 where the source attributes only part),
/// or an explicit N/A or no-data with the reason.
/// </summary>
public sealed record ImportPartners(
    SupplyStage Stage,
    ImportDataKind Kind,
    int? Year,
    IReadOnlyList<PartnerShare> Partners,
    double? TotalTonnes,
    IReadOnlyList<string> Sources,
    string? Reason = null,
    string? ProxyLabel = null)
{
    /// <summary>What the shares are of, as the source row says (e.g. "UN Comtrade 2020 ... over HS 2604"); null when not stated.</summary>
    public string? Basis { get; init; }

    /// <summary>The same element and stage from another source (e.g. METI's 2019 slide shares beside Comtrade 2020), computed and shown, never used for the level.</summary>
    public ImportPartners? CrossCheck { get; init; }

    public static ImportPartners NotApplicable(SupplyStage stage, string reason, IReadOnlyList<string> sources) =>
        new(stage, ImportDataKind.NotApplicable, null, [], null, sources, reason);

    public static ImportPartners NoData(SupplyStage stage, string reason) =>
        new(stage, ImportDataKind.NoData, null, [], null, [], reason);

    /// <summary>Sum of the shares given (≤ 1; the rest is not attributed by the source).</summary>
    public double AttributedShare => Partners.Sum(p => p.Share);
}
