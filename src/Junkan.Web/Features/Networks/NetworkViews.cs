using System.Collections.Concurrent;
using Junkan.Application;
using Junkan.Application.Network;
using Junkan.Data.Network;
using Junkan.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Networks;

/// <summary>
/// The bundled network cases (<c>data/network/*.yaml</c> beside the reference data) and their plans through
/// <see cref="NetworkPlanning"/>: one solve at a time (the MILP uses every core), time limit capped at
/// <see cref="MaxTimeLimitSeconds"/>, plans cached per case and parameters.
/// </summary>
internal sealed class NetworkViews(Workspace workspace)
{
    /// <summary>The longest solve a web request may ask for, s.</summary>
    public const double MaxTimeLimitSeconds = 20;

    /// <summary>The time limit when none is asked for, s.</summary>
    public const double DefaultTimeLimitSeconds = 10;

    private const int CacheLimit = 32;
    /// <summary>One solve at a time in the process, whichever data are active (the MILP uses every core).</summary>
    private static readonly SemaphoreSlim Solver = new(1, 1);
    private readonly ConcurrentDictionary<(string, int?, double?, double, bool, NetworkObjective, bool), NetworkPlanDto> _plans = new();
    private IReadOnlyList<NetworkCaseDto>? _cases;

    public string Folder => Path.Combine(workspace.Catalogue.DataFolder, "network");

    /// <summary>Every bundled case, by file name.</summary>
    public IReadOnlyList<NetworkCaseDto> Cases() => _cases ??= [.. Directory.EnumerateFiles(Folder, "*.yaml").Order(StringComparer.Ordinal)
        .Select(f => NetworkDtoMapping.Case(Path.GetFileNameWithoutExtension(f), NetworkCaseLoader.LoadFile(f)))];

    public NetworkCaseDto? Case(string id) => Cases().FirstOrDefault(c => c.Id == id);

    /// <summary>The checked request, or a problem naming <c>case</c>, <c>hubs</c>, <c>carbonPrice</c>, <c>timeLimitSeconds</c>, <c>objective</c> or <c>periods</c>.</summary>
    public (NetworkRequest? Request, IResult? Problem) Check(string id, NetworkPlanRequest p)
    {
        if (Case(id) is null) return (null, Problems.NotFound("case", $"No network case '{id}'; known: {string.Join(", ", Cases().Select(c => c.Id))}."));
        var v = new Validation()
            .Check(p.Hubs is null or (>= 0 and <= 1000), "hubs", "hubs: write 0..1000 (the most hubs to open).")
            .Check(p.CarbonPrice is null || (double.IsFinite(p.CarbonPrice.Value) && p.CarbonPrice >= 0 && p.CarbonPrice <= 1e6), "carbonPrice", "carbonPrice: write 0..1,000,000 JPY/t CO2e.")
            .Check(p.TimeLimitSeconds is null || (p.TimeLimitSeconds > 0 && p.TimeLimitSeconds <= MaxTimeLimitSeconds), "timeLimitSeconds", $"timeLimitSeconds: write more than 0 and at most {MaxTimeLimitSeconds} s.")
            .Check(p.Objective is null || NetworkPlanning.ObjectiveNames.Contains(p.Objective, StringComparer.Ordinal), "objective", "objective: write cost, co2 or pareto.")
            .Check(!p.Periods || Case(id)!.Periods is { Count: > 0 }, "periods", $"periods: the case '{id}' lists no planning years.")
            .Check(!p.Periods || p.Objective != "co2", "periods", "periods: the multi-period plan minimises cost; choose the cost objective.");
        if (v.Result is { } problem) return (null, problem);
        var objective = Enum.Parse<NetworkObjective>(p.Objective ?? "cost", ignoreCase: true);
        return (new NetworkRequest(Path.Combine(Folder, id + ".yaml"), p.Hubs, p.CarbonPrice, 0, p.TimeLimitSeconds ?? DefaultTimeLimitSeconds, p.SingleSource,
            Periods: p.Periods, Objective: objective), null);
    }

    /// <summary>The plan of a checked request (cached; one solve at a time).</summary>
    public async Task<NetworkPlanDto> Plan(string id, NetworkRequest q, CancellationToken cancel)
    {
        var key = (id, q.Hubs, q.CarbonPrice, q.TimeLimitSeconds, q.SingleSource, q.Objective, q.Periods);
        if (_plans.TryGetValue(key, out var hit)) return hit;
        await Solver.WaitAsync(cancel);
        try
        {
            if (_plans.TryGetValue(key, out hit)) return hit;
            var plan = NetworkDtoMapping.Plan(id, await Task.Run(() => NetworkPlanning.Run(q, workspace), CancellationToken.None), q);
            if (_plans.Count >= CacheLimit) _plans.Clear();
            return _plans[key] = plan;
        }
        finally
        {
            Solver.Release();
        }
    }

}
