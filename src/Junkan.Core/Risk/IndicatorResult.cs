using Junkan.Core.Elements;

namespace Junkan.Core.Risk;

/// <summary>
/// One indicator of one element: value (in <see cref="RiskIndicators.Unit"/>), level, data year, sources,
/// whether it is a proxy, and notes (assumptions, warnings, the reason for N/A or no data).
/// </summary>
public sealed record IndicatorResult(
    RiskIndicator Indicator,
    SupplyStage? Stage,
    IndicatorStatus Status,
    double? Value,
    RiskLevel? Level,
    int? Year,
    IReadOnlyList<string> Sources,
    string? ProxyLabel,
    IReadOnlyList<string> Notes)
{
    public static IndicatorResult NotApplicable(RiskIndicator i, SupplyStage? stage, string reason, IReadOnlyList<string> sources) =>
        new(i, stage, IndicatorStatus.NotApplicable, null, null, null, sources, null, [reason]);

    public static IndicatorResult NoData(RiskIndicator i, SupplyStage? stage, string reason) =>
        new(i, stage, IndicatorStatus.NoData, null, null, null, [], null, [reason]);

    public bool IsProxy => ProxyLabel is not null;
}
