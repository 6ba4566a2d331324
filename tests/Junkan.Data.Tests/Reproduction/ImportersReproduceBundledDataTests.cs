using Junkan.Data.Countries;
using Junkan.Data.Reference;
using Junkan.Data.Usgs;
using Junkan.Data.Wgi;

namespace Junkan.Data.Tests.Reproduction;

/// <summary>
/// The bundled tables are exactly what the importers make of the public files vendored in data/raw (USGS MCS 2023
/// and 2024, World Bank WGI): nobody edited a derived number by hand, and next year's rerun starts from the same code.
/// </summary>
public sealed class ImportersReproduceBundledDataTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("junkan-repro-").FullName;
    private static string Raw(params string[] parts) => TestPaths.Raw(parts);

    public void Dispose() => Directory.Delete(work, true);

    [Fact]
    public void Usgs_tables_are_reproduced_byte_for_byte()
    {
        string reference = TestPaths.ReferenceFolder();
        var countries = new CountryDirectory(Path.Combine(reference, "countries.csv"));
        var map = CsvTable.Read(Path.Combine(reference, "usgs_commodities.csv"), "code", "element").Rows.ToDictionary(r => r.Required("code"), r => r.Required("element"));
        var result = new[] { "mcs2023", "mcs2024" }.Select(r => UsgsMcsImporter.Import(Raw("usgs-mcs", r), countries, map)).Aggregate(UsgsImportResult.Merge);
        result.WriteTo(work);
        foreach (var f in new[] { "production.csv", "reserves.csv", "prices.csv" }) AssertSameFile(reference, f);
    }

    [Fact]
    public void Wgi_table_is_reproduced_byte_for_byte()
    {
        string reference = TestPaths.ReferenceFolder();
        var rows = WgiImporter.Import(Raw("wgi", "wgidataset.csv"), Path.Combine(reference, "wgi_crosswalk.csv"), 2010, 2100);
        WgiImporter.Write(work, rows);
        AssertSameFile(reference, "wgi.csv");
    }

    private void AssertSameFile(string reference, string file)
    {
        var expected = File.ReadAllText(Path.Combine(reference, file));
        var actual = File.ReadAllText(Path.Combine(work, file));
        Assert.True(expected == actual, $"{file}: the bundled table differs from what the importer makes of data/raw; rerun junkan data import-* and review the diff");
    }
}

public class ApplicationsReproducedTests
{
    [Fact]
    public void Applications_table_is_reproduced_from_mcs_2024_table_t4()
    {
        string reference = TestPaths.ReferenceFolder();
        string work = Directory.CreateTempSubdirectory("junkan-apps-").FullName;
        try
        {
            string t4 = TestPaths.Raw("usgs-mcs", "mcs2024", "trends", "MCS2024_T4_Critical_Minerals_End_Use.csv");
            var rows = Junkan.Data.Applications.UsgsApplicationsImporter.Import(t4, reference);
            Junkan.Data.Applications.UsgsApplicationsImporter.Write(work, rows);
            Assert.Equal(File.ReadAllText(Path.Combine(reference, "applications.csv")), File.ReadAllText(Path.Combine(work, "applications.csv")));
            Assert.Contains(rows, r => r is { Element: "Nd", Application: "permanent-magnets" });
            Assert.Contains(rows, r => r is { Element: "Co", Application: "batteries" });
            Assert.DoesNotContain(rows, r => r.Application == "research-and-development");
        }
        finally { Directory.Delete(work, true); }
    }

    [Theory]
    [InlineData("Batteries, catalysts, and metallurgy.", "Batteries|catalysts|metallurgy")]
    [InlineData("Batteries and metallurgy.", "Batteries|metallurgy")]
    [InlineData("Research and development.", "Research and development")]
    [InlineData("Liquid crystal displays.", "Liquid crystal displays")]
    public void Application_lists_are_split_as_written(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Junkan.Data.Applications.UsgsApplicationsImporter.Split(text)));
}
