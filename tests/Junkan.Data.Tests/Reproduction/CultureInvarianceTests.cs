using System.Globalization;
using Junkan.Data.Applications;
using Junkan.Data.Countries;
using Junkan.Data.EuCrm;
using Junkan.Data.Reference;
using Junkan.Data.Usgs;
using Junkan.Data.Wgi;

namespace Junkan.Data.Tests.Reproduction;

/// <summary>
/// The CSV tables the importers write are byte-identical whatever the current culture of the process: every number
/// is formatted with the invariant culture. The importers run on the public files in data/raw into a copy of
/// data/reference, under Japanese and German (comma decimal separator) and under the invariant culture.
/// </summary>
public sealed class CultureInvarianceTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("junkan-culture-").FullName;

    public void Dispose() => Directory.Delete(_work, true);

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("de-DE")]
    public void Imported_csv_tables_do_not_depend_on_the_current_culture(string culture)
    {
        Assert.Equal("1,5", 1.5.ToString(CultureInfo.GetCultureInfo("de-DE")));    // the cultures differ from the invariant one
        string expected = ImportAll(CultureInfo.InvariantCulture, "invariant");
        string actual = ImportAll(CultureInfo.GetCultureInfo(culture), culture);
        var written = Directory.GetFiles(expected, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(written, Directory.GetFiles(actual, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in new[] { "production.csv", "reserves.csv", "prices.csv", "wgi.csv", "applications.csv", "eu_crm_2023.csv", "secondary_supply.csv" })
            Assert.True(File.ReadAllText(Path.Combine(expected, file)) == File.ReadAllText(Path.Combine(actual, file)), $"{file} differs under {culture}");
    }

    /// <summary>Runs every importer with a vendored input inside the culture, into a fresh copy of data/reference.</summary>
    private string ImportAll(CultureInfo culture, string name)
    {
        string dir = Path.Combine(_work, name);
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(TestPaths.ReferenceFolder(), "*.csv")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var countries = new CountryDirectory(Path.Combine(dir, "countries.csv"));
            var map = CsvTable.Read(Path.Combine(dir, "usgs_commodities.csv"), "code", "element").Rows.ToDictionary(r => r.Required("code"), r => r.Required("element"));
            new[] { "mcs2023", "mcs2024" }.Select(r => UsgsMcsImporter.Import(TestPaths.Raw("usgs-mcs", r), countries, map)).Aggregate(UsgsImportResult.Merge).WriteTo(dir);
            WgiImporter.Write(dir, WgiImporter.Import(TestPaths.Raw("wgi", "wgidataset.csv"), Path.Combine(dir, "wgi_crosswalk.csv"), 2010, 2100));
            string t4 = TestPaths.Raw("usgs-mcs", "mcs2024", "trends", "MCS2024_T4_Critical_Minerals_End_Use.csv");
            UsgsApplicationsImporter.Write(dir, UsgsApplicationsImporter.Import(t4, dir));
            EuCrmImporter.ImportInto(TestPaths.Raw("eu-crm-2023", "eureport_results.csv"), dir);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
        return dir;
    }
}
