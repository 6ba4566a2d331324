using System.Collections.Concurrent;
using Junkan.Core.Recyclability;

namespace Junkan.Core.Flows;

/// <summary>
/// An element's flow system as the recyclability assessment reads it: the inputs, and per (assessment year, forecast
/// year) a <see cref="FlowTable"/> built once and shared by every Monte Carlo draw. <see cref="Evaluate(IParameterValues, int, int)"/> gives the
/// recovery totals of one draw of the parameters (central values with <see cref="CentralValues"/>), equal to those of
/// <see cref="ElementFlowBuilder.Build"/> at the central values (docs/methods/flows.md §4).
/// </summary>
public sealed class ElementFlowModel
{
    private readonly ConcurrentDictionary<(int, int), Lazy<FlowTable>> _tables = new();

    /// <summary>The model of one element.</summary>
    public ElementFlowModel(ElementFlowInputs inputs) => (Element, Inputs, Members) = (inputs.Element.Value, inputs, []);

    private ElementFlowModel(string group, IReadOnlyList<ElementFlowModel> members) => (Element, Inputs, Members) = (group, null, members);

    /// <summary>
    /// A group (the rare earths) as the sum of its members' systems, never a separate figure: every total is the sum
    /// of the members' totals in the same draw; the dissipative share is demand-weighted.
    /// </summary>
    public static ElementFlowModel Group(string group, IReadOnlyList<ElementFlowModel> members) =>
        members.Count > 0 && members.All(m => m.Inputs is not null) ? new(group, members)
        : throw new ArgumentException($"The group {group} needs at least one member with its own system.", nameof(members));

    public string Element { get; }

    /// <summary>The inputs of a single element (null for a group).</summary>
    public ElementFlowInputs? Inputs { get; }

    /// <summary>The members of a group (empty for a single element).</summary>
    public IReadOnlyList<ElementFlowModel> Members { get; }

    /// <summary>The citation ids of every input of the system (members' for a group).</summary>
    public IReadOnlyCollection<string> SourceIds => _sources ??= Inputs is { } i ? CollectSources(i) : [.. Members.SelectMany(m => m.SourceIds).Distinct()];

    private IReadOnlyCollection<string>? _sources;

    private static HashSet<string> CollectSources(ElementFlowInputs i)
    {
        var all = new List<Estimate?> { i.NewScrapShare, i.NewScrapRecovery };
        all.AddRange(i.Demand.Select(d => d.Tonnes));
        foreach (var u in i.Uses)
        {
            var p = u.Parameters;
            all.AddRange([u.Share, u.LifetimeMean, p.CollectionRate, p.ExportShare, p.RecoveryYield, p.AchievableCollection, p.AchievableYield, p.Trl, p.Content, p.ProductExportShare, p.GrowthRate]);
        }
        return [.. all.Where(e => e is not null).Select(e => e!.SourceId)];
    }

    /// <summary>The table of two years (built on first use, thread-safe); single elements only.</summary>
    public FlowTable Table(int year, int forecastYear)
    {
        var inputs = Inputs ?? throw new InvalidOperationException($"{Element} is a group: its members have the tables.");
        if (year < inputs.FirstDataYear - DemandHistory.SpinUpYears(inputs))
            throw new ArgumentOutOfRangeException(nameof(year), year, $"{Element}'s flow system starts before {inputs.FirstDataYear}, not in {year}.");
        if (_tables.TryGetValue((year, forecastYear), out var known)) return known.Value;   // the draw path: no closure allocated
        return _tables.GetOrAdd((year, forecastYear), k => new Lazy<FlowTable>(() => new FlowTable(inputs, k.Item1, k.Item2))).Value;
    }

    /// <summary>The totals of one draw in <paramref name="year"/>, with the forecast year's potential and recovery.</summary>
    public FlowOutcome Evaluate(IParameterValues values, int year, int forecastYear)
    {
        if (Inputs is not null) return Evaluate(values, Table(year, forecastYear));
        var sum = default(FlowOutcome);
        double dissipative = 0;
        foreach (var m in Members)
        {
            var o = m.Evaluate(values, year, forecastYear);
            dissipative += o.DissipativeShare * o.Demand;
            sum = FlowOutcome.Sum(sum, o);
        }
        return sum with { DissipativeShare = sum.Demand > 0 ? dissipative / sum.Demand : 0, Sources = SourceIds };
    }

    /// <summary>
    /// The totals of one draw in the table's years: with k = drawn / central reference demand,
    /// EOL_u = k · (1 − x_u) · (1 − n) · EOL⁰_u(m_u, g_u), recovered = Σ EOL_u · (1 − e_u) · c_u · y_u + k · D · n · r,
    /// achievable likewise with c*_u ≥ c_u and y*_u ≥ y_u, potential = Σ non-dissipative EOL_u + k · D · n
    /// (x product export, n new-scrap share, r its recovery, e export of used products, c collection, y yield).
    /// </summary>
    public FlowOutcome Evaluate(IParameterValues values, FlowTable table)
    {
        var inputs = Inputs ?? throw new InvalidOperationException($"{Element} is a group: evaluate it by years.");
        var reference = inputs.ReferenceDemand.Tonnes;
        double k = reference.Value > 0 ? values.Of(reference) / reference.Value : 1;
        double n = Of(values, inputs.NewScrapShare), r = Of(values, inputs.NewScrapRecovery);
        var o = new Accumulator();
        for (int u = 0; u < inputs.Uses.Count; u++)
        {
            var use = inputs.Uses[u];
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
            o.RecoveredLater += later * (1 - e) * c * y;
        }
        double fromScrap = o.NewScrap * r;
        return new FlowOutcome(o.Demand, o.EndOfLife, o.Recovered, fromScrap, o.Achievable + fromScrap,
            o.EndOfLife + o.NewScrap, o.Later + o.NewScrapLater, o.Exported, o.Collected, o.Dissipative, o.Dominant < 0 ? null : inputs.Uses[o.Dominant], o.DominantEndOfLife)
        { RecoveredForecast = o.RecoveredLater + o.NewScrapLater * r, Sources = SourceIds };
    }

    private static double Of(IParameterValues values, Estimate? e) => e is null ? 0 : values.Of(e);

    private struct Accumulator
    {
        public double Demand, NewScrap, NewScrapLater, Dissipative, EndOfLife, Later, Exported, Collected, Recovered, Achievable, RecoveredLater;
        public int Dominant;
        public double DominantEndOfLife;

        public void Add(int use, double eol, double later, double exported, double collected, double recovered, double achievable)
        {
            (EndOfLife, Later, Exported, Collected, Recovered, Achievable) = (EndOfLife + eol, Later + later, Exported + exported, Collected + collected, Recovered + recovered, Achievable + achievable);
            if (eol > DominantEndOfLife || Dominant < 0) (DominantEndOfLife, Dominant) = (eol, use);
        }

        public Accumulator() => Dominant = -1;
    }
}

/// <summary>
/// The recovery totals of one evaluation of an element's flow system (t/y in the assessment year unless stated):
/// demand, end-of-life generation, recovered from end-of-life products and from new scrap today, achievable at TRL ≥ 8,
/// the technical potential now and in the forecast year, exported used products and scrap, collected, the dissipative
/// share of demand (fraction) and the use with the largest end-of-life flow (null: none) with that flow (t/y).
/// </summary>
public readonly record struct FlowOutcome(double Demand, double EndOfLife, double RecoveredEndOfLife, double RecoveredNewScrap, double Achievable,
    double Potential, double PotentialForecast, double Exported, double Collected, double DissipativeShare, UseProfile? DominantUse, double DominantEndOfLife)
{
    /// <summary>The sum of two outcomes (a group's members); the dominant use is the larger one's; the dissipative share is left to the caller.</summary>
    public static FlowOutcome Sum(FlowOutcome a, FlowOutcome b) =>
        new(a.Demand + b.Demand, a.EndOfLife + b.EndOfLife, a.RecoveredEndOfLife + b.RecoveredEndOfLife, a.RecoveredNewScrap + b.RecoveredNewScrap,
            a.Achievable + b.Achievable, a.Potential + b.Potential, a.PotentialForecast + b.PotentialForecast, a.Exported + b.Exported, a.Collected + b.Collected, 0,
            b.DominantEndOfLife > a.DominantEndOfLife || a.DominantUse is null ? b.DominantUse : a.DominantUse, Math.Max(a.DominantEndOfLife, b.DominantEndOfLife))
        { RecoveredForecast = a.RecoveredForecast + b.RecoveredForecast };

    public double RecoveredToday => RecoveredEndOfLife + RecoveredNewScrap;

    /// <summary>Recovered in the forecast year at today's rates (end of life and new scrap, t/y).</summary>
    public double RecoveredForecast { get; init; }

    /// <summary>The citation ids of the inputs (demand, shares, lifetimes, rates) behind these totals.</summary>
    public IReadOnlyCollection<string> Sources { get; init; } = [];

    /// <summary>The model figure for a published quantity: recovered_eol, recovered_new_scrap, else the total recovered today (t/y).</summary>
    public double ForQuantity(string quantity) => quantity switch
    {
        "recovered_eol" => RecoveredEndOfLife,
        "recovered_new_scrap" => RecoveredNewScrap,
        _ => RecoveredToday,
    };

    /// <summary>Share of the end-of-life flow that reaches a recycler (fraction; null without end-of-life flow).</summary>
    public double? Collectability => EndOfLife > 0 ? Collected / EndOfLife : null;

    /// <summary>Potential in the forecast year over the potential now (null when there is none now).</summary>
    public double? Growth => Potential > 0 ? PotentialForecast / Potential : null;
}
