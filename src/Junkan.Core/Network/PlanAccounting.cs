namespace Junkan.Core.Network;

/// <summary>Annual cost of a plan, JPY/y: annualised investment, fixed, variable (processing), transport, minus revenue, plus carbon cost.</summary>
public sealed record CostBreakdown(double AnnualisedInvestment, double Fixed, double Processing, double Transport, double Revenue, double Carbon)
{
    /// <summary>Net annual cost, JPY/y (the cost objective with the carbon price).</summary>
    public double Total => AnnualisedInvestment + Fixed + Processing + Transport - Revenue + Carbon;
}

/// <summary>Revenue of one recovered element: tonnes/y, the element's value and payable; JPY/y = t × price × payable share.</summary>
public sealed record ElementRevenue(ElementValue Value, double Tonnes)
{
    public double Jpy => Tonnes * Value.RevenueJpyPerTonne;

    /// <summary>The revenue at the full metal price (share 1), JPY/y: the upper bound.</summary>
    public double UpperBoundJpy => Tonnes * Value.PriceJpyPerTonne;
}

/// <summary>Annual CO2e of a plan, t/y: transport, process energy, and avoided primary production (a credit, positive number).</summary>
public sealed record Co2Breakdown(double Transport, double ProcessEnergy, double AvoidedPrimary, IReadOnlyList<string> SecondaryGaps)
{
    public double Net => Transport + ProcessEnergy - AvoidedPrimary;
}

/// <summary>
/// Investment appraisal of a plan: total investment (JPY), annual net cash flow (revenue − operating and transport cost,
/// JPY/y), NPV at the case's discount rate over the plant life, and simple payback (years; null if the cash flow is not positive).
/// </summary>
public sealed record Financials(double Investment, double AnnualCashFlow, double Npv, double? PaybackYears, double DiscountRate, int LifeYears);

/// <summary>Cost, CO2 and financial accounting of a plan from its flows and opened sites (the solver's objective is checked against it).</summary>
public static class PlanAccounting
{
    /// <summary>Tonnes of each element recovered at each plant: Σ shipped t × output content × plant recovery.</summary>
    public static Dictionary<string, double> Recovered(NetworkCase c, IEnumerable<Flow> shipments)
    {
        var result = new Dictionary<string, double>();
        foreach (var f in shipments)
        {
            var stream = c.Streams.First(s => s.Id == f.Stream);
            var plant = c.Plants.First(p => p.Id == f.To);
            foreach (var e in stream.Elements)
            {
                double t = f.Tonnes * e.OutputContent(stream.HubYield) * plant.Recovery.GetValueOrDefault(e.Element);
                result[e.Element] = result.GetValueOrDefault(e.Element) + t;
            }
        }
        return result;
    }

    public static CostBreakdown Cost(NetworkCase c, NetworkPlan plan, bool withCarbon = true)
    {
        double crf = c.Economics.CapitalRecoveryFactor;
        double inv = plan.Opened.Sum(o => o.Size.InvestmentJpy * crf);
        double fixedCost = plan.Opened.Sum(o => o.Size.FixedJpyPerYear);
        double processing = plan.Opened.Sum(o => o.Site.VariableJpyPerTonne * o.InputT);
        double transport = plan.Collection.Concat(plan.Shipments).Sum(f => TransportCost(c.Mode(f.Mode), f.Tonnes, f.Km));
        double revenue = plan.Recovered.Sum(kv => kv.Value * (c.Element(kv.Key)?.RevenueJpyPerTonne ?? 0));
        double carbon = withCarbon ? c.Economics.CarbonPriceJpyPerTonne * Co2(c, plan).Net : 0;
        return new CostBreakdown(inv, fixedCost, processing, transport, revenue, carbon);
    }

    /// <summary>Revenue of each recovered element, JPY/y: t × price × payable share, with what the share rests on (ordinal order).</summary>
    public static IReadOnlyList<ElementRevenue> Revenue(NetworkCase c, NetworkPlan plan) =>
        [.. plan.Recovered.Where(kv => c.Element(kv.Key) is not null).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new ElementRevenue(c.Element(kv.Key)!, kv.Value))];

    /// <summary>Transport cost of one flow, JPY/y: t × km × rate + t × handling.</summary>
    public static double TransportCost(TransportMode m, double tonnes, double km) => tonnes * (km * m.CostJpyPerTonneKm + m.HandlingJpyPerTonne);

    /// <summary>Transport CO2e of one flow, t/y: t·km × kg/t·km / 1000.</summary>
    public static double TransportCo2(TransportMode m, double tonnes, double km) => tonnes * km * m.Co2KgPerTonneKm / 1000;

    public static Co2Breakdown Co2(NetworkCase c, NetworkPlan plan)
    {
        double transport = plan.Collection.Concat(plan.Shipments).Sum(f => TransportCo2(c.Mode(f.Mode), f.Tonnes, f.Km));
        double energy = plan.Opened.Sum(o => o.InputT * o.Site.EnergyKwhPerTonne * c.Economics.GridKgPerKwh / 1000);
        double avoided = plan.Recovered.Sum(kv => kv.Value * (c.Element(kv.Key)?.AvoidedCo2PerTonne ?? 0));
        var gaps = plan.Recovered.Keys.Where(e => c.Element(e)?.SecondaryCo2 is null).Order(StringComparer.Ordinal).ToList();
        return new Co2Breakdown(transport, energy, avoided, gaps);
    }

    /// <summary>NPV = −I + Σ_{t=1..n} CF/(1+r)^t and simple payback I/CF (the carbon cost is not a cash flow).</summary>
    public static Financials Appraise(NetworkCase c, NetworkPlan plan)
    {
        var cost = Cost(c, plan, withCarbon: false);
        double investment = plan.Opened.Sum(o => o.Size.InvestmentJpy);
        double cash = cost.Revenue - cost.Fixed - cost.Processing - cost.Transport;
        double r = c.Economics.DiscountRate;
        int n = c.Economics.LifeYears;
        double annuity = r == 0 ? n : (1 - Math.Pow(1 + r, -n)) / r;
        double? payback = cash > 0 ? investment / cash : null;
        return new Financials(investment, cash, -investment + cash * annuity, payback, r, n);
    }
}
