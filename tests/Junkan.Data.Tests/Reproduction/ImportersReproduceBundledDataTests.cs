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
    private static string Root => Path.GetDirectoryName(Path.GetDirectoryName(TestPaths.ReferenceFolder()))!;
    private static string Raw(params string[] parts) => Path.Combine([Root, "data", "raw", .. parts]);

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
