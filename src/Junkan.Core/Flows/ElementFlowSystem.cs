namespace Junkan.Core.Flows;

/// <summary>
/// The flow system of one element of Japan (t/y of element) from its first data year to the last modelled year, with
/// the inputs and scenario it was built from, the in-use stock of the year before the first (built by the spin-up),
/// and the totals the assessment reads.
/// </summary>
public sealed record ElementFlowSystem(FlowSystem System, ElementFlowInputs Inputs, GrowthScenario Scenario, double OpeningInUseStock)
{
    /// <summary>Opening stocks for the balance of the first year: the in-use stock left by the spin-up; sinks start empty.</summary>
    public IReadOnlyDictionary<ProcessId, double> OpeningStock => new Dictionary<ProcessId, double> { [ElementProcesses.Use] = OpeningInUseStock };

    /// <summary>The worst relative mass-balance residual over every process and year (0 = exact).</summary>
    public double MaxRelativeResidual => System.MaxRelativeResidual(OpeningStock);

    /// <summary>The totals of one year.</summary>
    public FlowTotals TotalsIn(int year)
    {
        int t = System.IndexOf(year);
        double T(FlowKind k) => System.Total(k, t);
        return new FlowTotals(year, DemandHistory.Basis(Inputs, year),
            Demand: T(FlowKind.ToUse) + T(FlowKind.ProductExport) + T(FlowKind.NewScrap),
            EndOfLife: T(FlowKind.EndOfLife), RecoveredEndOfLife: RecoveredFromEndOfLife(t), RecoveredNewScrap: T(FlowKind.NewScrap) * (Inputs.NewScrapRecovery?.Value ?? 0),
            NewScrap: T(FlowKind.NewScrap), Exported: T(FlowKind.UsedProductExport), ProductExport: T(FlowKind.ProductExport),
            Dissipated: T(FlowKind.Dissipation), PrimaryInput: T(FlowKind.PrimaryInput), InUseStock: System.StockOf(ElementProcesses.Use, t),
            Achievable: Achievable(t));
    }

    /// <summary>
    /// Element recovered from end-of-life products in year index t: Σ_u collected_u · y_u, whether it returns to
    /// fabrication or leaves as secondary export (recovered beyond demand).
    /// </summary>
    private double RecoveredFromEndOfLife(int t)
    {
        double sum = 0;
        foreach (var f in System.Flows)
            if (f.Kind == FlowKind.Collected) sum += f.Values[t] * FlowRates.Yield(Inputs.Uses.First(u => u.Use == f.Use).Parameters);
        return sum;
    }

    /// <summary>Achievable recovery with TRL ≥ 8 technology in year index t: Σ_u EOL_u·(1 − export_u)·c*_u·y*_u + new scrap · recovery.</summary>
    private double Achievable(int t)
    {
        double sum = 0;
        foreach (var f in System.Flows)
        {
            if (f.Kind == FlowKind.NewScrap) sum += f.Values[t] * (Inputs.NewScrapRecovery?.Value ?? 0);
            if (f.Kind != FlowKind.EndOfLife) continue;
            var p = Inputs.Uses.First(u => u.Use == f.Use).Parameters;
            sum += f.Values[t] * (1 - (p.ExportShare?.Value ?? 0)) * FlowRates.AchievableCollection(p) * FlowRates.AchievableYield(p);
        }
        return sum;
    }
}

/// <summary>
/// An element's totals in one year (t/y; in-use stock in t): demand to fabrication, end-of-life generation, recovered
/// from end-of-life products and from new scrap, new scrap generated, exported used products and scrap, products
/// exported, dissipated, primary input, achievable recovery at TRL ≥ 8, and the technical potential (all
/// non-dissipated end-of-life flow plus new scrap).
/// </summary>
public sealed record FlowTotals(int Year, DemandBasis Basis, double Demand, double EndOfLife, double RecoveredEndOfLife, double RecoveredNewScrap,
    double NewScrap, double Exported, double ProductExport, double Dissipated, double PrimaryInput, double InUseStock, double Achievable)
{
    public double RecoveredToday => RecoveredEndOfLife + RecoveredNewScrap;
    public double Potential => EndOfLife + NewScrap;
}
