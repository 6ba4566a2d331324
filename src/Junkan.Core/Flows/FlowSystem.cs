using System.Globalization;

namespace Junkan.Core.Flows;

/// <summary>
/// A material-flow system in the vocabulary of ODYM, flodym and STAN: processes (some holding stocks, the boundary
/// outside), flows between them per year in t/y of one element, and stocks at year end in t. Checked when
/// constructed: every flow joins two defined processes, every series covers every year with finite values ≥ 0 and
/// only stock processes hold stocks. <see cref="Balance"/> is the executable mass balance of every process and year.
/// </summary>
public sealed class FlowSystem
{
    private readonly Dictionary<ProcessId, Process> _processes;

    public FlowSystem(string name, string boundary, int firstYear, int years, IReadOnlyList<Process> processes, IReadOnlyList<Flow> flows, IReadOnlyList<ProcessStock> stocks)
    {
        (Name, Boundary, FirstYear, Years, Processes, Flows, Stocks) = (name, boundary, firstYear, years, processes, flows, stocks);
        if (years < 1) throw Error($"a system needs at least one year, not {years}");
        _processes = new Dictionary<ProcessId, Process>(processes.Count);
        foreach (var p in processes)
            if (!_processes.TryAdd(p.Id, p)) throw Error($"process '{p.Id}' is defined twice");
        foreach (var f in flows) Check(f);
        foreach (var s in stocks) Check(s);
    }

    /// <summary>What the system is, e.g. "Cu, Japan".</summary>
    public string Name { get; }

    /// <summary>The system boundary in words (region, what is inside, the unit).</summary>
    public string Boundary { get; }

    public int FirstYear { get; }
    public int Years { get; }
    public int LastYear => FirstYear + Years - 1;
    public IReadOnlyList<Process> Processes { get; }
    public IReadOnlyList<Flow> Flows { get; }
    public IReadOnlyList<ProcessStock> Stocks { get; }

    /// <summary>The year index of <paramref name="year"/>; throws <see cref="ArgumentOutOfRangeException"/> outside the system.</summary>
    public int IndexOf(int year) => year >= FirstYear && year <= LastYear ? year - FirstYear
        : throw new ArgumentOutOfRangeException(nameof(year), year, $"The system covers {FirstYear}..{LastYear}.");

    /// <summary>Σ of the flows of one kind in year index <paramref name="t"/> (t/y).</summary>
    public double Total(FlowKind kind, int t)
    {
        double sum = 0;
        foreach (var f in Flows) if (f.Kind == kind) sum += f.Values[t];
        return sum;
    }

    /// <summary>Σ of the stocks of one process in year index <paramref name="t"/> (t).</summary>
    public double StockOf(ProcessId process, int t)
    {
        double sum = 0;
        foreach (var s in Stocks) if (s.Process == process) sum += s.Values[t];
        return sum;
    }

    /// <summary>
    /// The balance of every non-boundary process in year index <paramref name="t"/>: inputs, outputs, stock change
    /// (stock[t] − stock[t − 1], with the first year's change given as the stock itself minus the change-free start
    /// when <paramref name="openingStock"/> is null) and residual = in − out − Δs.
    /// </summary>
    public IReadOnlyList<ProcessBalance> Balance(int t, IReadOnlyDictionary<ProcessId, double>? openingStock = null)
    {
        var result = new List<ProcessBalance>();
        foreach (var p in Processes)
        {
            if (p.Kind == ProcessKind.Boundary) continue;
            double input = 0, output = 0;
            foreach (var f in Flows)
            {
                if (f.To == p.Id) input += f.Values[t];
                if (f.From == p.Id) output += f.Values[t];
            }
            double change = 0;
            if (p.Kind == ProcessKind.Stock)
            {
                double before = t > 0 ? StockOf(p.Id, t - 1) : openingStock?.GetValueOrDefault(p.Id) ?? 0;
                change = StockOf(p.Id, t) - before;
            }
            result.Add(new ProcessBalance(p.Id, input, output, change));
        }
        return result;
    }

    /// <summary>
    /// The worst residual over every process and year, relative to the largest flow or stock change of that process
    /// in that year (the tolerance scales with the values, as flodym's mass-balance check does). 0 = exact.
    /// </summary>
    public double MaxRelativeResidual(IReadOnlyDictionary<ProcessId, double>? openingStock = null)
    {
        double worst = 0;
        for (int t = 0; t < Years; t++)
            foreach (var b in Balance(t, openingStock))
                worst = Math.Max(worst, b.RelativeResidual);
        return worst;
    }

    private void Check(Flow f)
    {
        foreach (var end in new[] { f.From, f.To })
            if (!_processes.ContainsKey(end))
                throw Error($"flow {f.From} → {f.To} ({f.Kind}): process '{end}' is not defined in the system");
        CheckSeries(f.Values, $"flow {f.From} → {f.To} ({f.Kind}{(f.Use is null ? "" : ", " + f.Use)})");
    }

    private void Check(ProcessStock s)
    {
        if (!_processes.TryGetValue(s.Process, out var p)) throw Error($"stock of '{s.Process}': the process is not defined");
        if (p.Kind != ProcessKind.Stock) throw Error($"stock of '{s.Process}': the process is a {p.Kind}, not a stock");
        CheckSeries(s.Values, $"stock of {s.Process}{(s.Use is null ? "" : ", " + s.Use)}");
    }

    private void CheckSeries(double[] values, string what)
    {
        if (values.Length != Years) throw Error($"{what} has {values.Length} years; the system has {Years}");
        for (int t = 0; t < values.Length; t++)
            if (!double.IsFinite(values[t]) || values[t] < 0)
                throw Error(string.Create(CultureInfo.InvariantCulture, $"{what} in {FirstYear + t} is {values[t]}; flows and stocks are finite and ≥ 0"));
    }

    private FlowSystemException Error(string problem) => new($"flow system {Name}", null, null, problem);
}

/// <summary>The balance of one process in one year: t/y in, out and stock change; residual = in − out − Δs.</summary>
public readonly record struct ProcessBalance(ProcessId Process, double Input, double Output, double StockChange)
{
    public double Residual => Input - Output - StockChange;

    /// <summary>|residual| / max(in, out, |Δs|), 0 for a process without any flow.</summary>
    public double RelativeResidual
    {
        get
        {
            double scale = Math.Max(Math.Max(Input, Output), Math.Abs(StockChange));
            return scale == 0 ? 0 : Math.Abs(Residual) / scale;
        }
    }
}
