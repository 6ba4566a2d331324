using Junkan.Core.Risk;
using Junkan.Data.Comtrade;
using Junkan.Data.Reference;

namespace Junkan.Data.Tests.Comtrade;

/// <summary>The bundled Comtrade-derived rows are what the importer makes of data/raw/comtrade-japan-2020, and give the published-order figures.</summary>
public sealed class ComtradeReproductionTests : IDisposable
{
    private readonly string work = ComtradeImporterTests.TempReference();

    public void Dispose() => Directory.Delete(work, true);

    [Fact]
    public void Comtrade_tables_are_reproduced_byte_for_byte()
    {
        var result = ComtradeImporter.Import([TestPaths.Raw("comtrade-japan-2020", "Comtrade_all_2020.csv")], work);
        ComtradeImporter.WriteTo(work, result);
        foreach (var f in new[] { "japan_imports.csv", ComtradeImporter.ByCodeFile })
            Assert.True(File.ReadAllText(Path.Combine(TestPaths.ReferenceFolder(), f)) == File.ReadAllText(Path.Combine(work, f)),
                $"{f}: the bundled table differs from what import-comtrade makes of data/raw; rerun junkan data import-comtrade and review the diff");
    }

    [Theory]
    // Σ s²g over Comtrade 2020 partners (WGI 2020, eu-wgi-mean; NCL has no WGI: 0.5).
    // Ni ore: NCL 74.3 %, PHL 25.7 % -> 0.743² * 0.5 + 0.257² * 0.562 = 0.313.
    [InlineData("Ni", RiskIndicator.ImportStabilityConcentrate, 0.313)]
    // Cu concentrate: CHL 46 %, PER 14 %, AUS 9.5 %, CAN 9.5 %, ... -> 0.091 (METI 2019 shares: 0.093).
    [InlineData("Cu", RiskIndicator.ImportStabilityConcentrate, 0.091)]
    public void Bundled_comtrade_import_stability_has_the_hand_computed_value(string element, RiskIndicator indicator, double expected)
    {
        var data = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());
        var profile = new RiskAssessor(RiskSettings.Default, new CountryStability(data.Wgi)).Assess(new RiskInputsBuilder(data).Build(element, 2023));
        var r = profile.Get(indicator);
        Assert.Equal(expected, r.Value!.Value, 3);
        Assert.Contains(ComtradeImporter.SourceId, r.Sources);
    }

    [Fact]
    public void The_METI_slide_shares_stay_as_a_shown_cross_check()
    {
        var data = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());
        var profile = new RiskAssessor(RiskSettings.Default, new CountryStability(data.Wgi)).Assess(new RiskInputsBuilder(data).Build("Ni", 2023));
        var r = profile.Get(RiskIndicator.ImportStabilityConcentrate);
        Assert.Equal(2020, r.Year);
        // METI 2019 (seed 002): IDN 43 %, NCL 26 %, PHL 22 %, AUS 6 %, FIN 3 % -> 0.161 with WGI 2019.
        Assert.Contains(r.Notes, n => n.Contains("Cross-check", StringComparison.Ordinal) && n.Contains("meti-2021-critical-minerals 2019 shares give 0.161", StringComparison.Ordinal));
        Assert.Contains(r.Notes, n => n.Contains("HS 2604", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_element_stage_the_comtrade_file_covers_has_shares_traced_to_partner_rows()
    {
        var data = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());
        var comtrade = data.JapanImports.Where(s => s.SourceId == ComtradeImporter.SourceId).ToArray();
        var covered = comtrade.Select(s => s.Element).ToHashSet();
        foreach (var e in new[] { "Bi", "Co", "Cr", "Cu", "Ga", "Ge", "In", "Li", "Mg", "Mn", "Mo", "Ni", "P", "REE", "Sb", "Se", "Ta", "Ti", "V", "W", "Zr", "Graphite" })
            Assert.Contains(e, covered);
        var byCode = CsvTable.Read(Path.Combine(TestPaths.ReferenceFolder(), ComtradeImporter.ByCodeFile), ComtradeImporter.ByCodeColumns).Rows.ToArray();
        Assert.All(byCode, r => Assert.StartsWith("Comtrade_all_2020.csv row ", r.Text("reference"), StringComparison.Ordinal));
        Assert.Contains(byCode, r => r.Text("hs_code") == "2604" && r.Text("partner") == "NCL" && r.Text("elements") == "Ni:mine");
    }
}
