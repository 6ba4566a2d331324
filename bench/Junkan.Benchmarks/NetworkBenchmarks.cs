using BenchmarkDotNet.Attributes;
using Junkan.Application.Network;

namespace Junkan.Benchmarks;

/// <summary>
/// The network MILP on the bundled Japanese Li-ion case (47 prefectures, 17 candidate hubs, 2 plants, 2 streams, up to
/// 12 hubs) through the use case: load, solve to optimality (gap 1e-4), account for cost and CO2; supply from the Li
/// flow system. Also the Fukuoka municipality case (35 sources, 8 candidate hubs) in one period and in three periods
/// (joint model, 1 % gap). The national municipal case (1,896 municipalities, 50 candidate hubs, 2 plants, 6 nearest
/// hubs per source) in one and three periods within 60 s each, and every OR-Library instance cap41–cap134 through
/// <c>junkan network cfl</c>'s use case (returns how many reach their capopt.txt optimum). Figures: docs/methods/network.md.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class NetworkBenchmarks
{
    private string libCase = null!;
    private string fukuokaCase = null!;
    private string municipalCase = null!;
    private string[] orLibrary = null!;
    private Junkan.Application.Workspace workspace = null!;

    [GlobalSetup]
    public void Setup()
    {
        libCase = Path.Combine(Path.GetDirectoryName(RepoPaths.Reference)!, "network", "lib-japan.yaml");
        fukuokaCase = Path.Combine(Path.GetDirectoryName(RepoPaths.Reference)!, "network", "regional", "lib-fukuoka.yaml");
        municipalCase = Path.Combine(Path.GetDirectoryName(RepoPaths.Reference)!, "network", "municipal", "lib-japan-municipal.yaml");
        orLibrary = [.. Directory.GetFiles(Path.Combine(Path.GetDirectoryName(RepoPaths.Reference)!, "network", "orlib-cfl"), "cap*.txt")
            .Where(f => !Path.GetFileName(f).StartsWith("capopt", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        workspace = Junkan.Application.Workspace.Open(RepoPaths.Catalogue);
    }

    [Benchmark]
    public double LiIonJapanMunicipalities() => NetworkPlanning.Run(new NetworkRequest(municipalCase, TimeLimitSeconds: 60), workspace).Plan.Report.Gap ?? double.NaN;

    [Benchmark]
    public double LiIonJapanMunicipalitiesThreePeriods() =>
        NetworkPlanning.Run(new NetworkRequest(municipalCase, TimeLimitSeconds: 60, Periods: true), workspace).Periods?.Plan.Report.Gap ?? double.NaN;

    /// <summary>All 37 instances; the number that reach the published optimum within 0.01.</summary>
    [Benchmark]
    public int OrLibraryAllInstances() => orLibrary.Count(f => CflSolving.Run(new CflRequest(f, TimeLimitSeconds: 60)) is { Difference: double d } && Math.Abs(d) < 0.01);

    [Benchmark]
    public double FukuokaMunicipalities() => NetworkPlanning.Run(new NetworkRequest(fukuokaCase, TimeLimitSeconds: 60), workspace).Plan.Report.Objective ?? double.NaN;

    [Benchmark]
    public double FukuokaMunicipalitiesThreePeriods() =>
        NetworkPlanning.Run(new NetworkRequest(fukuokaCase, TimeLimitSeconds: 60, Periods: true), workspace).Periods?.Plan.Report.Objective ?? double.NaN;

    [Benchmark]
    public double LiIonJapanPrefectures() => NetworkPlanning.Run(new NetworkRequest(libCase, TimeLimitSeconds: 60), workspace).Plan.Report.Objective ?? double.NaN;
}
