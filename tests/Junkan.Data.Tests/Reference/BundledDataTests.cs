using Junkan.Core.Risk;
using Junkan.Data.Reference;

namespace Junkan.Data.Tests.Reference;

public class BundledDataTests
{
    private static string Folder() => TestPaths.ReferenceFolder();

    [Theory]
    // METI 2021 (seed 002) in words: Ni concentrate and refined imports, Cu concentrate imports and W refined imports are high risk.
    [InlineData("Ni", RiskIndicator.ImportStabilityConcentrate)]
    [InlineData("Ni", RiskIndicator.ImportStabilityRefined)]
    [InlineData("Cu", RiskIndicator.ImportStabilityConcentrate)]
    [InlineData("W", RiskIndicator.ImportStabilityRefined)]
    public void Seed_import_cases_are_high_with_the_default_settings(string element, RiskIndicator indicator)
    {
        var data = ReferenceDataLoader.Load(Folder());
        var profile = new RiskAssessor(RiskSettings.Default, new CountryStability(data.Wgi)).Assess(new RiskInputsBuilder(data).Build(element, 2019));
        Assert.Equal(RiskLevel.High, profile.Get(indicator).Level);
    }

    [Theory]
    [InlineData("REE")]
    [InlineData("W")]
    public void Concentrate_imports_are_not_applicable_where_Japan_imports_none(string element)
    {
        var data = ReferenceDataLoader.Load(Folder());
        var profile = new RiskAssessor(RiskSettings.Default, CountryStability.Empty).Assess(new RiskInputsBuilder(data).Build(element, 2023));
        Assert.Equal(IndicatorStatus.NotApplicable, profile.Get(RiskIndicator.ImportStabilityConcentrate).Status);
    }

    [Fact]
    public void Bad_number_names_file_row_and_column()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "t.csv"), "a,b\n1,x\n");
        var e = Assert.Throws<DataFormatException>(() => CsvTable.Read(Path.Combine(dir, "t.csv"), "a", "b").Rows.Select(r => r.Number("b")).ToArray());
        Assert.Equal(("t.csv", 2, "b"), (e.File, e.Row, e.Column));
    }
}
