using System.Collections.Concurrent;
using Junkan.Core.Recyclability;

namespace Junkan.Core.Flows;

/// <summary>
/// An element's flow system as the recyclability assessment reads it: the inputs, and per (assessment year, forecast
/// year) a <see cref="FlowTable"/> built once and shared by every Monte Carlo draw. <see cref="Evaluate"/> gives the
/// recovery totals of one draw of the parameters (central values with <see cref="CentralValues"/>), equal to those of
/// <see cref="ElementFlowBuilder.Build"/> at the central values (docs/methods/flows.md §4).
/// </summary>
public sealed class ElementFlowModel(ElementFlowInputs inputs)
{
    private readonly ConcurrentDictionary<(int, int), Lazy<FlowTable>> _tables = new();

    public ElementFlowInputs Inputs { get; } = inputs;

    /// <summary>The table of two years (built on first use, thread-safe).</summary>
    public FlowTable Table(int year, int forecastYear)
    {
        if (year < Inputs.FirstDataYear - DemandHistory.SpinUpYears(Inputs))
            throw new ArgumentOutOfRangeException(nameof(year), year, $"{Inputs.Element}'s flow system starts before {Inputs.FirstDataYear}, not in {year}.");
        return _tables.GetOrAdd((year, forecastYear), k => new Lazy<FlowTable>(() => new FlowTable(Inputs, k.Item1, k.Item2))).Value;
    }

    /// <summary>
    /// The totals of one draw in the table's years: with k = drawn / central reference demand,
    /// EOL_u = k · (1 − x_u) · (1 − n) · EOL⁰_u(m_u, g_u), recovered = Σ EOL_u · (1 − e_u) · c_u · y_u + k · D · n · r,
    /// achievable likewise with c*_u ≥ c_u and y*_u ≥ y_u, potential = Σ non-dissipative EOL_u + k · D · n
    /// (x product export, n new-scrap share, r its recovery, e export of used products, c collection, y yield).
    /// </summary>
    public FlowOutcome Evaluate(IParameterValues values, FlowTable table)
    {
        var reference = Inputs.ReferenceDemand.Tonnes;
        double k = reference.Value > 0 ? values.Of(reference) / reference.Value : 1;
        double n = Of(values, Inputs.NewScrapShare), r = Of(values, Inputs.NewScrapRecovery);
        var o = new Accumulator();
        for (int u = 0; u < Inputs.Uses.Count; u++)
        {
            var use = Inputs.Uses[u];
            var p = use.Parameters;
            var grid = table.Uses[u];
            double m = values.Of(use.LifetimeMean), g = Of(values, p.GrowthRate);
            double demand = k * grid.DemandAt(g, false), demandLater = k * grid.DemandAt(g, true);
            o.Demand += demand;
            o.NewScrap += demand * n;
            o.NewScrapLater += demandLater * n;
            if (use.Dissipative)
            {
                o.Dissipative += use.Share.Value;
                continue;
            }
            double keep = k * (1 - Of(values, p.ProductExportShare)) * (1 - n);
            double eol = keep * grid.EndOfLifeAt(m, g, false), later = keep * grid.EndOfLifeAt(m, g, true);
            double e = Of(values, p.ExportShare), c = Of(values, p.CollectionRate), y = Of(values, p.RecoveryYield);
            double domestic = eol * (1 - e), achievable = domestic * Math.Max(Of(values, p.AchievableCollection), c) * Math.Max(Of(values, p.AchievableYield), y);
            o.Add(u, eol, later, eol * e, domestic * c, domestic * c * y, achievable);
        }
        double fromScrap = o.NewScrap * r;
        return new FlowOutcome(o.Demand, o.EndOfLife, o.Recovered, fromScrap, o.Achievable + fromScrap,
            o.EndOfLife + o.NewScrap, o.Later + o.NewScrapLater, o.Exported, o.Collected, o.Dissipative, o.Dominant);
    }

    private static double Of(IParameterValues values, Estimate? e) => e is null ? 0 : values.Of(e);

    private struct Accumulator
    {
        public double Demand, NewScrap, NewScrapLater, Dissipative, EndOfLife, Later, Exported, Collected, Recovered, Achievable;
        public int Dominant;
        private double _largest;

        public void Add(int use, double eol, double later, double exported, double collected, double recovered, double achievable)
        {
            (EndOfLife, Later, Exported, Collected, Recovered, Achievable) = (EndOfLife + eol, Later + later, Exported + exported, Collected + collected, Recovered + recovered, Achievable + achievable);
            if (eol > _largest || (Dominant < 0 && eol >= 0)) (_largest, Dominant) = (eol, use);
        }

        public Accumulator() => Dominant = -1;
    }
}

/// <summary>
/// The recovery totals of one evaluation of an element's flow system (t/y in the assessment year unless stated):
/// demand, end-of-life generation, recovered from end-of-life products and from new scrap today, achievable at TRL ≥ 8,
/// the technical potential now and in the forecast year, exported used products and scrap, collected, the dissipative
/// share of demand (fraction) and the index of the use with the largest end-of-life flow (−1: none).
/// </summary>
public readonly record struct FlowOutcome(double Demand, double EndOfLife, double RecoveredEndOfLife, double RecoveredNewScrap, double Achievable,
    double Potential, double PotentialForecast, double Exported, double Collected, double DissipativeShare, int DominantUse)
{
    public double RecoveredToday => RecoveredEndOfLife + RecoveredNewScrap;

    /// <summary>Share of the end-of-life flow that reaches a recycler (fraction; null without end-of-life flow).</summary>
    public double? Collectability => EndOfLife > 0 ? Collected / EndOfLife : null;

    /// <summary>Potential in the forecast year over the potential now (null when there is none now).</summary>
    public double? Growth => Potential > 0 ? PotentialForecast / Potential : null;
}
