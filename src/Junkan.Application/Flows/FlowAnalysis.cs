using Junkan.Core.Flows;
using Junkan.Core.Inputs;
using Junkan.Core.Recyclability;

namespace Junkan.Application.Flows;

/// <summary>
/// What to build: one element (a group gives each member), the year shown in detail (default: the assessment year of
/// the selection settings), the growth scenario and the Monte Carlo draws behind the flow ranges.
/// </summary>
public sealed record FlowRequest(string Element, int? Year = null, string Scenario = "central", int Draws = 200, int Seed = 1)
{
    public const int LastYear = 2050;

    public GrowthScenario Growth => Scenario switch
    {
        "low" => GrowthScenario.Low,
        "central" => GrowthScenario.Central,
        "high" => GrowthScenario.High,
        _ => throw new UsageException("--scenario", $"--scenario {Scenario}: write low, central or high (the range of each use's growth rate)"),
    };
}

/// <summary>One element's system, the year shown, and the 5th/95th percentile of every flow (t/y) in that year, by flow index.</summary>
public sealed record ElementFlows(ElementFlowSystem System, int Year, double[] Low, double[] High, double Coverage);

/// <summary>The systems of a request: one, or the members of a group (whose sum is the group).</summary>
public sealed record FlowResult(string Element, IReadOnlyList<ElementFlows> Systems, GrowthScenario Scenario, int Draws)
{
    /// <summary>The bottom-up product systems reconciled with these systems (none when no product maps to the element).</summary>
    public BottomUpResult BottomUp { get; init; } = BottomUpResult.None;
}

/// <summary>Use case <c>flows</c>: the element flow systems of Japan (docs/methods/flows.md).</summary>
public sealed class FlowAnalysis(Workspace workspace)
{
    public FlowResult Run(FlowRequest request, CancellationToken cancel = default)
    {
        var growth = request.Growth;
        if (request.Draws is < 0 or > 10_000) throw new UsageException("--draws", $"--draws {request.Draws}: write 0..10,000 (the draws behind the flow ranges)");
        var r = workspace.Recyclability;
        var model = r.Data.Profile(request.Element).Flows
            ?? throw new NotInDataException("--element", $"{request.Element} has no flow system: {r.Flows.Gaps.FirstOrDefault(g => g.Element == request.Element)?.Reason ?? "no data"}.");
        int year = request.Year ?? r.Settings.Year;
        var members = model.Inputs is { } single ? [single] : model.Members.Select(m => m.Inputs!).ToArray();
        var systems = members.Select(inputs =>
        {
            cancel.ThrowIfCancellationRequested();
            if (year < inputs.FirstDataYear || year > FlowRequest.LastYear)
                throw new NotInDataException("--year", $"--year {year}: the flow system of {inputs.Element} covers {inputs.FirstDataYear}..{FlowRequest.LastYear}.");
            var central = ElementFlowBuilder.Build(inputs, FlowRequest.LastYear, growth);
            var (low, high) = Ranges(inputs, central, year, growth, request);
            return new ElementFlows(central, year, low, high, FlowCoverage.Of(inputs));
        }).ToArray();
        return new FlowResult(model.Element, systems, growth, request.Draws) { BottomUp = BottomUpAnalysis.For(workspace, systems, year) };
    }

    /// <summary>5th and 95th percentile of each flow in the year over <see cref="FlowRequest.Draws"/> sampled systems.</summary>
    private static (double[] Low, double[] High) Ranges(ElementFlowInputs inputs, ElementFlowSystem central, int year, GrowthScenario growth, FlowRequest request)
    {
        int t = central.System.IndexOf(year), n = central.System.Flows.Count;
        if (request.Draws == 0) return ([.. central.System.Flows.Select(f => f[t])], [.. central.System.Flows.Select(f => f[t])]);
        var samples = new double[n][];
        for (int i = 0; i < n; i++) samples[i] = new double[request.Draws];
        Parallel.For(0, request.Draws, d =>
        {
            var values = new SampledValues(new Random(unchecked(request.Seed * 7919 + d)));
            var s = ElementFlowBuilder.Build(FlowSampling.Sample(inputs, values), FlowRequest.LastYear, growth);
            for (int i = 0; i < n; i++) samples[i][d] = s.System.Flows[i][t];
        });
        var low = new double[n];
        var high = new double[n];
        for (int i = 0; i < n; i++)
        {
            Array.Sort(samples[i]);
            (low[i], high[i]) = (samples[i][(int)(0.05 * (request.Draws - 1))], samples[i][(int)Math.Ceiling(0.95 * (request.Draws - 1))]);
        }
        return (low, high);
    }
}
