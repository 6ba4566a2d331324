using Junkan.Data.EuCrm;
using Junkan.Data.Reference;

namespace Junkan.Data.Tests.EuCrm;

public class EuCrmImporterTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "eucrm");

    private static string Fixture(string name) => Path.Combine(Fixtures, name);

    private static EuCrmMaterialMap Map() =>
        EuCrmMaterialMap.Read(Fixture("materials.csv"), ["Co", "Cu", "Ni", "REE", "Nd", "W", "Ga", "Mg", "I"]);

    private static EuCrmImportResult Import(string name) => EuCrmImporter.Import(Fixture(name), Map());

    [Fact]
    public void Cobalt_is_read_correctly()
    {
        var r = Import("results_clean.csv");
        var co = Assert.Single(r.Materials, m => m.Material == "Cobalt");
        Assert.Equal(("Co", 2.8, 6.8, 0.22, "extraction", 2.8, 0.5), (co.Element, co.SupplyRisk, co.EconomicImportance, co.EolRir, co.SrStage, co.SupplyRiskPrimary, co.SupplyRiskRefined));
        Assert.Equal((EuCrmImporter.SourceId, 4), (co.SourceId, co.Quality));
        Assert.DoesNotContain(r.Warnings, w => w.File == "results_clean.csv");
        Assert.Empty(r.Excluded);
        // materials of the map that the file lacks are reported against the map
        Assert.Contains(r.Warnings, w => (w.File, w.Material) == ("materials.csv", "Tungsten") && w.Message.Contains("not in results_clean.csv"));
    }

    [Fact]
    public void Secondary_share_is_the_eol_rir_as_a_fraction_labelled_as_a_proxy()
    {
        var s = Assert.Single(Import("results_clean.csv").Secondary, x => x.Element == "Co");
        Assert.Equal((2023, 0.22, "eu-eol-rir-2023", "ec-crm-2023", 2), (s.Year, s.Share, s.Basis, s.SourceId, s.Quality));
        Assert.Contains("proxy for Japan's secondary share of demand (no public Japanese figure)", s.Note);
        Assert.Contains("2016-2020 average", s.Note);
        Assert.Equal(0.55, Assert.Single(Import("results_clean.csv").Secondary, x => x.Element == "Cu").Share);
    }

    [Fact]
    public void Unmapped_materials_are_written_without_element_and_get_no_secondary_row()
    {
        var r = Import("results_clean.csv");
        Assert.Null(Assert.Single(r.Materials, m => m.Material == "Aluminium").Element);
        Assert.Equal(["Co", "Cu", "Nd", "Ni", "REE"], r.Secondary.Select(s => s.Element));
        Assert.DoesNotContain(r.Secondary, s => s.Element == "I");
    }

    [Fact]
    public void Ree_group_takes_the_lower_of_lree_and_hree_and_says_so()
    {
        // fixture: LREE 1 %, HREE 3 % (synthetic, to tell min from max)
        var ree = Assert.Single(Import("results_clean.csv").Secondary, x => x.Element == "REE");
        Assert.Equal(0.01, ree.Share);
        Assert.Contains("lowest EOL-RIR of 'HREE' (3 %), 'LREE' (1 %)", ree.Note);
        Assert.Equal(0.01, Assert.Single(Import("results_clean.csv").Secondary, x => x.Element == "Nd").Share);
    }

    [Fact]
    public void Identical_duplicate_row_is_kept_once_with_a_warning()
    {
        var r = Import("results_duplicate.csv");
        Assert.Single(r.Materials, m => m.Material == "Tungsten");
        var w = Assert.Single(r.Warnings, x => x.File == "results_duplicate.csv");
        Assert.Equal(("results_duplicate.csv", 4, "Tungsten"), (w.File, w.Row, w.Material));
        Assert.Contains("duplicate of row 3", w.Message);
        Assert.Equal(0.42, Assert.Single(r.Secondary, s => s.Element == "W").Share);
    }

    [Fact]
    public void Conflicting_duplicate_row_is_an_error_naming_row_and_column()
    {
        var e = Assert.Throws<DataFormatException>(() => Import("results_duplicate_conflict.csv"));
        Assert.Equal(("results_duplicate_conflict.csv", 3, "end_of_life"), (e.File, e.Row, e.Column));
        Assert.Contains("first in row 2", e.Problem);
    }

    [Fact]
    public void Percent_sign_in_a_score_is_left_empty_and_flagged()
    {
        var r = Import("results_percent.csv");
        var lree = Assert.Single(r.Materials, m => m.Material == "LREE");
        Assert.Null(lree.SupplyRiskPrimary);
        Assert.Equal((3.7, 5.9, 3.58, 0.01), (lree.SupplyRisk, lree.EconomicImportance, lree.SupplyRiskRefined, lree.EolRir));
        Assert.Contains("'281%'", lree.Note);
        var w = Assert.Single(r.Warnings, x => x.Column == "supply_risk_primary");
        Assert.Equal((3, "LREE"), (w.Row, w.Material));
        Assert.Contains("'281%'", w.Message);
        Assert.DoesNotContain(r.MaterialRows().SelectMany(c => c), c => c is "281" or "2.81");
        // the reported SR (3.7) against the processing-stage SR (3.58): a rounding doubt, reported
        Assert.Contains(r.Warnings, x => x.Row == 3 && x.Column == "supply_risk");
    }

    [Fact]
    public void Shifted_rows_are_excluded_with_a_warning_naming_the_row()
    {
        var r = Import("results_shifted.csv");
        Assert.Equal(["Coking coal", "Strontium", "Gallium", "Magnesium"], r.Excluded);
        Assert.Equal(["Cobalt", "Nickel"], r.Materials.Select(m => m.Material));
        string[] Excluded(string material) => r.Warnings.Where(w => w.Material == material && w.Message.Contains("row excluded")).Select(w => $"{w.Row}:{w.Column}").ToArray();
        Assert.Equal(["3:eu_used_supply_refined"], Excluded("Coking coal")); // a number where a sourcing code belongs
        Assert.Equal(["4:eu_used_supply_refined"], Excluded("Strontium"));
        Assert.Equal(["5:supply_risk_refined"], Excluded("Gallium"));          // a stage code where a number belongs
        Assert.Equal(["6:"], Excluded("Magnesium"));                           // 18 cells, the header has 17
        // mapped elements whose row was excluded get no figures, and the map reports it
        Assert.Equal(["Co", "Ni"], r.Secondary.Select(s => s.Element));
        Assert.Contains(r.Warnings, w => w.File == "materials.csv" && w.Material == "Gallium" && w.Message.Contains("excluded"));
    }

    [Fact]
    public void Map_rejects_unknown_elements_and_repeated_materials()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "m.csv"), "material_name,element,note\nCobalt,Xx,\n");
        Assert.Equal((2, "element"), Row(Assert.Throws<DataFormatException>(() => EuCrmMaterialMap.Read(Path.Combine(dir, "m.csv"), ["Co"]))));
        File.WriteAllText(Path.Combine(dir, "m.csv"), "material_name,element,note\nCobalt,Co,\ncobalt,Co,\n");
        Assert.Equal((3, "material_name"), Row(Assert.Throws<DataFormatException>(() => EuCrmMaterialMap.Read(Path.Combine(dir, "m.csv"), ["Co"]))));
        static (int?, string?) Row(DataFormatException e) => (e.Row, e.Column);
    }

    private static string ReferenceCopy()
    {
        string dir = Directory.CreateTempSubdirectory("junkan-eucrm-").FullName;
        File.Copy(Fixture("elements.csv"), Path.Combine(dir, "elements.csv"));
        File.Copy(Fixture("sources.csv"), Path.Combine(dir, "sources.csv"));
        File.Copy(Fixture("materials.csv"), Path.Combine(dir, EuCrmImporter.MaterialsMapFile));
        File.WriteAllText(Path.Combine(dir, "eu_crm_2023.csv"), "old materials\n");
        File.WriteAllText(Path.Combine(dir, "secondary_supply.csv"), "old secondary\n");
        return dir;
    }

    [Theory]
    [InlineData("results_duplicate_conflict.csv")]
    [InlineData("missing.csv")]
    public void On_error_no_file_is_changed(string input)
    {
        string dir = ReferenceCopy();
        Assert.Throws<DataFormatException>(() => EuCrmImporter.ImportInto(Fixture(input), dir));
        Assert.Equal("old materials\n", File.ReadAllText(Path.Combine(dir, "eu_crm_2023.csv")));
        Assert.Equal("old secondary\n", File.ReadAllText(Path.Combine(dir, "secondary_supply.csv")));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void Missing_source_citation_is_an_error_and_nothing_is_written()
    {
        string dir = ReferenceCopy();
        File.WriteAllText(Path.Combine(dir, "sources.csv"), "id,citation,publisher,year,url,licence\n");
        var e = Assert.Throws<DataFormatException>(() => EuCrmImporter.ImportInto(Fixture("results_clean.csv"), dir));
        Assert.Equal("sources.csv", e.File);
        Assert.Equal("old secondary\n", File.ReadAllText(Path.Combine(dir, "secondary_supply.csv")));
    }

    [Fact]
    public void Both_tables_are_written_and_read_back_by_the_table_reader()
    {
        string dir = ReferenceCopy();
        EuCrmImporter.ImportInto(Fixture("results_clean.csv"), dir);
        var eu = CsvTable.Read(Path.Combine(dir, "eu_crm_2023.csv"), EuCrmImportResult.MaterialColumns).Rows.ToArray();
        Assert.Equal(7, eu.Length);
        Assert.Equal(0.22, eu.Single(r => r.Text("material") == "Cobalt").OptionalFraction("eol_rir"));
        var sec = CsvTable.Read(Path.Combine(dir, "secondary_supply.csv"), EuCrmImportResult.SecondaryColumns).Rows.ToArray();
        Assert.Equal(0.16, sec.Single(r => r.Text("element") == "Ni").Fraction("share"));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }
}
