using BenchmarkDotNet.Attributes;
using Junkan.Application.Network;

namespace Junkan.Benchmarks;

/// <summary>
/// The network MILP on the bundled Japanese Li-ion case (47 prefectures, 17 candidate hubs, 2 plants, 2 streams, up to
/// 12 hubs) through the use case: load, solve to optimality (gap 1e-4), account for cost and CO2.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class NetworkBenchmarks
{
    private string libCase = null!;

    [GlobalSetup]
    public void Setup() => libCase = Path.Combine(Path.GetDirectoryName(RepoPaths.Reference)!, "network", "lib-japan.yaml");

    [Benchmark]
    public double LiIonJapanPrefectures() => NetworkPlanning.Run(new NetworkRequest(libCase, TimeLimitSeconds: 60)).Plan.Report.Objective ?? double.NaN;
}
