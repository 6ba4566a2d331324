using BenchmarkDotNet.Attributes;
using Junkan.Data.Countries;
using Junkan.Data.Reference;
using Junkan.Data.Usgs;

namespace Junkan.Benchmarks;

/// <summary>Importing USGS MCS releases from the vendored raw files (target: the whole MCS 2024 release well under 2 s).</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class UsgsImportBenchmarks
{
    private CountryDirectory countries = null!;
    private Dictionary<string, string> targets = null!;
    private Dictionary<string, string> everything = null!;

    [GlobalSetup]
    public void Setup()
    {
        countries = new CountryDirectory(Path.Combine(RepoPaths.Reference, "countries.csv"));
        targets = CsvTable.Read(Path.Combine(RepoPaths.Reference, "usgs_commodities.csv"), "code", "element").Rows
            .ToDictionary(r => r.Required("code"), r => r.Required("element"));
        everything = UsgsMcsImporter.Commodities(RepoPaths.Raw("usgs-mcs", "mcs2024")).ToDictionary(c => c, c => c);
    }

    /// <summary>
    /// The whole MCS 2024 release: every world and salient file of all 77 commodities; rows naming regions or
    /// qualified countries not in countries.csv (non-target commodities) are skipped and counted.
    /// </summary>
    [Benchmark]
    public int Mcs2024WholeRelease() => Count(UsgsMcsImporter.Import(RepoPaths.Raw("usgs-mcs", "mcs2024"), countries, everything, skipUnknownCountries: true));

    /// <summary>The MCS 2024 release, every world and salient file of the target commodities.</summary>
    [Benchmark(Baseline = true)]
    public int Mcs2024() => Count(UsgsMcsImporter.Import(RepoPaths.Raw("usgs-mcs", "mcs2024"), countries, targets));

    /// <summary>What <c>junkan data import-usgs</c> does for the bundled data: MCS 2023 and 2024, merged.</summary>
    [Benchmark]
    public int Mcs2023And2024Merged() => Count(UsgsImportResult.Merge(
        UsgsMcsImporter.Import(RepoPaths.Raw("usgs-mcs", "mcs2023"), countries, targets),
        UsgsMcsImporter.Import(RepoPaths.Raw("usgs-mcs", "mcs2024"), countries, targets)));

    private static int Count(UsgsImportResult r) => r.Production.Count + r.Reserves.Count + r.Prices.Count;
}
