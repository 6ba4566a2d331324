using Junkan.Data.EuCrm;
using Junkan.Data.Reference;

namespace Junkan.Data.Tests.EuCrm;

/// <summary>Runs where the EU results file is present: data/raw (vendored, so always in CI), JUNKAN_EUCRM_CSV, or the workplace shared folder.</summary>
public sealed class EuCrmSourceFactAttribute : FactAttribute
{
    public EuCrmSourceFactAttribute()
    {
        if (BundledEuCrmTests.SourceFile() is null)
            Skip = "EU 2023 results file not found (shared/data/eu-crm-2023/eureport_results.csv above the repository, or JUNKAN_EUCRM_CSV)";
    }
}

public class BundledEuCrmTests
{
    internal static string RepositoryRoot() => TestPaths.RepositoryRoot();

    private static string Reference => Path.Combine(RepositoryRoot(), "data", "reference");

    internal static string? SourceFile()
    {
        if (Environment.GetEnvironmentVariable("JUNKAN_EUCRM_CSV") is { Length: > 0 } env) return File.Exists(env) ? env : null;
        string vendored = TestPaths.Raw("eu-crm-2023", "eureport_results.csv");
        if (File.Exists(vendored)) return vendored;
        for (var d = new DirectoryInfo(RepositoryRoot()); d is not null; d = d.Parent)
        {
            string f = Path.Combine(d.FullName, "shared", "data", "eu-crm-2023", "eureport_results.csv");
            if (File.Exists(f)) return f;
        }
        return null;
    }

    [EuCrmSourceFact]
    public void Bundled_tables_are_exactly_what_the_importer_makes_of_the_eu_file()
    {
        string dir = Directory.CreateTempSubdirectory("junkan-eucrm-").FullName;
        foreach (var f in new[] { "elements.csv", "sources.csv", EuCrmImporter.MaterialsMapFile })
            File.Copy(Path.Combine(Reference, f), Path.Combine(dir, f));
        var result = EuCrmImporter.ImportInto(SourceFile()!, dir);
        foreach (var f in new[] { EuCrmImportResult.MaterialsFile, EuCrmImportResult.SecondaryFile })
            Assert.Equal(File.ReadAllText(Path.Combine(Reference, f)), File.ReadAllText(Path.Combine(dir, f)));
        // the defects of the 2023 transcription, each reported
        Assert.Equal(["Coking coal", "Diatomite", "Magnesite", "Natural cork", "Strontium"], result.Excluded);
        Assert.Contains(result.Warnings, w => w.Material == "Tungsten" && w.Message.StartsWith("duplicate", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Material == "LREE" && w.Column == "supply_risk_primary");
    }

    [Fact]
    public void Bundled_secondary_shares_are_eu_proxies_and_reach_the_risk_inputs()
    {
        var data = ReferenceDataLoader.Load(Reference);
        var co = Assert.Single(data.EuCrm, m => m.Material == "Cobalt");
        Assert.Equal((2.8, 0.22), (co.SupplyRisk, co.EolRir));
        Assert.All(data.Secondary, s => Assert.Equal((EuCrmImporter.SecondaryBasis, 2), (s.Basis, s.Quality)));
        var inputs = new RiskInputsBuilder(data).Build("Co", 2023);
        Assert.Equal(0.22, inputs.Secondary!.Share);
        Assert.Contains("not Japan's own figure", inputs.Secondary.ProxyLabel);
        Assert.Null(new RiskInputsBuilder(data).Build("I", 2023).Secondary); // iodine is not in the EU 2023 results
    }
}
