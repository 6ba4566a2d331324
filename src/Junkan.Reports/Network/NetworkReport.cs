using Junkan.Core.Network;

namespace Junkan.Reports.Network;

/// <summary>
/// What the network section shows: the case, the solved plan with its cost (JPY/y), CO2e (t/y) and appraisal, what each
/// stream's national supply rests on, the multi-period plan with its appraisal when one was solved, and the plan's costs
/// per tonne beside published figures.
/// </summary>
public sealed record NetworkReport(NetworkCase Case, NetworkPlan Plan, CostBreakdown? Cost, Co2Breakdown? Co2, Financials? Financials,
    IReadOnlyList<SupplyBasis> Supply, MultiPeriodPlan? Periods = null, MultiPeriodAppraisal? Appraisal = null)
{
    public IReadOnlyList<CostCheck> CostChecks { get; init; } = [];
}
