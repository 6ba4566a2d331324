namespace Junkan.Core.Network;

/// <summary>One period of a multi-period plan: its first year, length (years), discount weight, the case with that period's supply and the plan.</summary>
public sealed record PeriodPlan(int Year, int Years, double Weight, NetworkCase Case, NetworkPlan Plan);

/// <summary>
/// A multi-period plan: the solver report of the joint model (objective = present value, JPY of the first year) and
/// the plan of each period. A site open in a period stays open, at the same size, in every later one.
/// </summary>
public sealed record MultiPeriodPlan(SolverReport Report, IReadOnlyList<PeriodPlan> Periods)
{
    /// <summary>The year each opened site first opens, by site id (an existing site: the first period, with no investment).</summary>
    public IReadOnlyDictionary<string, int> OpeningYear()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in Periods)
            foreach (var o in p.Plan.Opened) d.TryAdd(o.Site.Id, p.Year);
        return d;
    }
}

/// <summary>
/// The appraisal of a multi-period plan at the case's discount rate: investment paid in full in the year a site opens,
/// the annual cash flow (revenue − fixed − processing − transport) of each period in each of its years, NPV to the first
/// year over the horizon (no terminal value) and the payback year (cumulative undiscounted cash ≥ 0; null if never).
/// </summary>
public sealed record MultiPeriodAppraisal(double Investment, IReadOnlyList<(int Year, double CashFlow)> CashFlows, double Npv, int? PaybackYear, double DiscountRate);

/// <summary>Accounting of a multi-period plan.</summary>
public static class MultiPeriodAccounting
{
    public static MultiPeriodAppraisal Appraise(MultiPeriodPlan plan, double rate)
    {
        int first = plan.Periods[0].Year;
        var opened = plan.OpeningYear();
        var flows = new List<(int Year, double CashFlow)>();
        double investment = 0;
        foreach (var p in plan.Periods)
        {
            var cost = PlanAccounting.Cost(p.Case, p.Plan, withCarbon: false);
            double annual = cost.Revenue - cost.Fixed - cost.Processing - cost.Transport;
            double capex = p.Plan.Opened.Where(o => opened[o.Site.Id] == p.Year).Sum(o => o.Size.InvestmentJpy);
            investment += capex;
            for (int k = 0; k < p.Years; k++) flows.Add((p.Year + k, annual - (k == 0 ? capex : 0)));
        }
        double npv = flows.Sum(f => f.CashFlow * Math.Pow(1 + rate, -(f.Year - first)));
        double cumulative = 0;
        int? payback = null;
        foreach (var (year, cash) in flows)
        {
            cumulative += cash;
            if (cumulative >= 0 && investment > 0 && payback is null) payback = year;
            if (cumulative < 0) payback = null;
        }
        return new MultiPeriodAppraisal(investment, flows, npv, payback, rate);
    }
}
