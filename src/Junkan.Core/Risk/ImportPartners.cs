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
    public static ImportPartners NotApplicable(SupplyStage stage, string reason, IReadOnlyList<string> sources) =>
        new(stage, ImportDataKind.NotApplicable, null, [], null, sources, reason);

    public static ImportPartners NoData(SupplyStage stage, string reason) =>
        new(stage, ImportDataKind.NoData, null, [], null, [], reason);

    /// <summary>Sum of the shares given (≤ 1; the rest is not attributed by the source).</summary>
    public double AttributedShare => Partners.Sum(p => p.Share);
}
