using BenchmarkDotNet.Attributes;
using Junkan.Application.Network;

namespace Junkan.Benchmarks;

/// <summary>
/// The network MILP on the bundled Japanese Li-ion case (47 prefectures, 17 candidate hubs, 2 plants, 2 streams, up to
/// 12 hubs) through the use case: load, solve to optimality (gap 1e-4), account for cost and CO2; supply from the Li
/// flow system. Also the Fukuoka municipality case (35 sources, 8 candidate hubs) in one period and in three periods
/// (joint model, 1 % gap).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class NetworkBenchmarks
{
    private string libCase = null!;
    private string fukuokaCase = null!;
    private Junkan.Application.Workspace workspace = null!;

    [GlobalSetup]
    public void Setup()
    {
        libCase = Path.Combine(Path.GetDirectoryName(RepoPaths.Reference)!, "network", "lib-japan.yaml");
        fukuokaCase = Path.Combine(Path.GetDirectoryName(RepoPaths.Reference)!, "network", "regional", "lib-fukuoka.yaml");
        workspace = Junkan.Application.Workspace.Open(RepoPaths.Catalogue);
    }

    [Benchmark]
    public double FukuokaMunicipalities() => NetworkPlanning.Run(new NetworkRequest(fukuokaCase, TimeLimitSeconds: 60), workspace).Plan.Report.Objective ?? double.NaN;

    [Benchmark]
    public double FukuokaMunicipalitiesThreePeriods() =>
        NetworkPlanning.Run(new NetworkRequest(fukuokaCase, TimeLimitSeconds: 60, Periods: true), workspace).Periods?.Plan.Report.Objective ?? double.NaN;

    [Benchmark]
    public double LiIonJapanPrefectures() => NetworkPlanning.Run(new NetworkRequest(libCase, TimeLimitSeconds: 60), workspace).Plan.Report.Objective ?? double.NaN;
}
