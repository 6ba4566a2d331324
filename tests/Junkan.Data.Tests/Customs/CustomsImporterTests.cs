using System.Text;
using Junkan.Core.Elements;
using Junkan.Data.Customs;
using Junkan.Data.Reference;

namespace Junkan.Data.Tests.Customs;

public class CustomsImporterTests
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string Header = string.Join(',',
        new[] { "Exp or Imp", "Year", "Custom", "HS", "Country", "Unit1", "Unit2", "Quantity1-Year", "Quantity2-Year", "Value-Year" }
            .Concat(Months.SelectMany(m => new[] { $"Quantity1-{m}", $"Quantity2-{m}", $"Value-{m}" })));

    private static string Row(string flow, int year, string hs, string country, string u1, string u2, string q1, string q2, string value) =>
        string.Join(',', new[] { flow, year.ToString(System.Globalization.CultureInfo.InvariantCulture), "100", hs, country, u1, u2, q1, q2, value }
            .Concat(Enumerable.Repeat("0", 36)));

    /// <summary>Hand-checked: Ni mine IDN 1500 t (2 offices), PHL 1000 t, NCL 500 t (Unit1 MT, Unit2 NO) of 3000 t;
    /// 2615 90 (Nb/Ta/V ores, shared) COD 100 t, CHN 300 t; W refined over 8101 94 + 2841 80: CHN 30 t, VNM 10 t.</summary>
    private static readonly string[] KnownRows =
    [
        Row("2", 2023, "260400000", "118", "MT", "KG", "1000", "1000000", "150000"),
        Row("2", 2023, "260400000", "118", "", "KG", "0", "500000", "70000"),
        Row("2", 2023, "260400000", "117", "", "MT", "0", "1000", "90000"),
        Row("2", 2023, "260400000", "618", "MT", "NO", "500", "3", "40000"),
        Row("1", 2023, "260400000", "105", "", "KG", "0", "9000000", "1"),
        Row("2", 2023, "260111000", "999", "", "KG", "0", "123", "1"),
        Row("2", 2023, "260111000", "601", "", "KG", "0", "456", "1"),
        Row("2", 2023, "261590000", "533", "", "KG", "0", "100000", "5000"),
        Row("2", 2023, "261590000", "105", "", "KG", "0", "300000", "9000"),
        Row("2", 2023, "810194000", "105", "", "KG", "0", "30000", "3000"),
        Row("2", 2023, "284180000", "110", "", "KG", "0", "10000", "800"),
    ];

    private static string BundledFolder() => TestPaths.ReferenceFolder();

    /// <summary>A temporary copy of the bundled reference folder (the bundled files are never written).</summary>
    private static string TempReference()
    {
        string dir = Directory.CreateTempSubdirectory("junkan-customs-").FullName;
        foreach (var f in Directory.GetFiles(BundledFolder(), "*.csv")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    private static string Write(string folder, string name, IEnumerable<string> lines, Encoding? encoding = null, bool bom = false)
    {
        string path = Path.Combine(folder, name);
        byte[] body = (encoding ?? new UTF8Encoding(false)).GetBytes(string.Join("\r\n", lines) + "\r\n");
        File.WriteAllBytes(path, bom ? [0xEF, 0xBB, 0xBF, .. body] : body);
        return path;
    }

    private static string Csv(string folder, params string[] rows) => Write(folder, "imports.csv", [Header, .. rows]);

    private static Dictionary<string, double> Shares(CustomsImportResult r, string element, SupplyStage stage, int year) =>
        r.Shares.Where(s => s.Element == element && s.Stage == stage && s.Year == year).ToDictionary(s => s.Partner, s => s.Share);

    [Fact]
    public void Known_answer_shares_by_element_stage_partner_and_year()
    {
        string refDir = TempReference();
        var r = CustomsImporter.Import([Csv(refDir, KnownRows)], refDir);

        var ni = Shares(r, "Ni", SupplyStage.Mine, 2023);
        Assert.Equal(new Dictionary<string, double> { ["IDN"] = 0.5, ["PHL"] = 0.3333, ["NCL"] = 0.1667 }, ni);
        var niRows = r.Shares.Where(s => s.Element == "Ni").ToArray();
        Assert.All(niRows, s => Assert.Equal(3000, s.TotalTonnes));
        Assert.All(niRows, s => Assert.Equal((CustomsImporter.SourceId, CustomsImporter.QualityOfficial), (s.SourceId, s.Quality)));
        Assert.Contains("gross weight", niRows[0].Note);

        foreach (var e in new[] { "Ta", "V" })
        {
            Assert.Equal(new Dictionary<string, double> { ["CHN"] = 0.75, ["COD"] = 0.25 }, Shares(r, e, SupplyStage.Mine, 2023));
            var rows = r.Shares.Where(s => s.Element == e).ToArray();
            Assert.All(rows, s => Assert.Equal(CustomsImporter.QualityShared, s.Quality));
            Assert.Contains("shared subheading: shares are of the whole subheading", rows[0].Note);
        }

        Assert.Equal(new Dictionary<string, double> { ["CHN"] = 0.75, ["VNM"] = 0.25 }, Shares(r, "W", SupplyStage.Refined, 2023));
        Assert.Contains("HS 284180 810194", r.Shares.First(s => s.Element == "W").Note);

        // Exports and the unmapped iron ore (whose unknown country 999 does not matter) are left out; the HS code is reported.
        Assert.Equal((10, 8), (r.ImportRows, r.MappedRows));
        Assert.Contains(r.Warnings, w => w.Contains("260111000 (2)"));
        Assert.Equal(["Ni", "Ta", "V", "W"], r.Shares.Select(s => s.Element).Distinct().Order());

        var idn = r.ByHs.Single(h => h.Hs == "260400000" && h.Partner == "IDN");
        Assert.Equal((1500.0, 220000.0), (idn.Tonnes, idn.ValueKyen));
    }

    [Fact]
    public void Written_tables_keep_other_rows_and_load_with_the_reference_data()
    {
        string refDir = TempReference();
        string sharesPath = Path.Combine(refDir, "japan_imports.csv");
        var before = File.ReadAllLines(sharesPath);
        var r = CustomsImporter.Import([Csv(refDir, KnownRows)], refDir);
        CustomsImporter.WriteTo(refDir, r);

        var after = File.ReadAllLines(sharesPath);
        Assert.Equal(before, after.Take(before.Length));                  // METI 2019 rows kept as they were
        Assert.Equal(before.Length + r.Shares.Count, after.Length);
        Assert.Contains("Ni,mine,IDN,2023,0.5,3000,mof-trade-stats,5,", after[before.Length]);

        var data = ReferenceDataLoader.Load(refDir);
        Assert.Equal(0.3333, data.JapanImports.Single(i => i.Element == "Ni" && i.Year == 2023 && i.Partner == "PHL").Share);
        Assert.True(File.Exists(Path.Combine(refDir, "japan_imports_by_hs.csv")));

        // A re-import replaces the same element-stage-years instead of adding to them.
        CustomsImporter.WriteTo(refDir, CustomsImporter.Import([Csv(refDir, KnownRows)], refDir));
        Assert.Equal(after, File.ReadAllLines(sharesPath));
        Assert.Empty(Directory.GetFiles(refDir, "*.tmp"));
    }

    [Fact]
    public void Import_replaces_rows_of_the_same_element_stage_and_year_only()
    {
        string refDir = TempReference();
        var r = CustomsImporter.Import([Csv(refDir, Row("2", 2019, "260400000", "601", "", "KG", "0", "2000", "1"))], refDir);
        var before = File.ReadAllBytes(Path.Combine(refDir, "japan_imports.csv"));
        var e = Assert.Throws<DataFormatException>(() => CustomsImporter.WriteTo(refDir, r)); // 5 METI partners replaced by 1: the shrink rule
        Assert.Contains("Ni mine 2019: 5 rows before, 1 now", e.Message);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(refDir, "japan_imports.csv")));
        CustomsImporter.WriteTo(refDir, r, new Junkan.Data.Imports.ImportGuard(AllowShrink: true, []));
        var rows = ReferenceDataLoader.Load(refDir).JapanImports;
        var niMine = rows.Where(i => i.Element == "Ni" && i.Stage == SupplyStage.Mine && i.Year == 2019).ToArray();
        Assert.Equal(("AUS", 1.0, 2.0, "mof-trade-stats"), (niMine.Single().Partner, niMine.Single().Share, niMine.Single().TotalTonnes!.Value, niMine.Single().SourceId));
        Assert.Contains(rows, i => i.Element == "Ni" && i.Stage == SupplyStage.Refined && i.Year == 2019 && i.SourceId == "meti-2021-critical-minerals");
    }

    [Fact]
    public void Shift_jis_file_with_japanese_flow_words_is_read()
    {
        string refDir = TempReference();
        var sjis = CustomsEncoding.ShiftJis;
        string path = Write(refDir, "sjis.csv",
        [
            Header,
            Row("輸入", 2023, "260300000", "409", "", "KG", "0", "3000000", "1"),
            Row("輸入", 2023, "260300000", "407", "", "KG", "0", "1000000", "1"),
            Row("輸出", 2023, "260300000", "105", "", "KG", "0", "5000000", "1"),
        ], sjis);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path)));
        Assert.Equal(932, CustomsEncoding.Detect(path).CodePage);

        var r = CustomsImporter.Import([path], refDir);
        Assert.Equal(new Dictionary<string, double> { ["CHL"] = 0.75, ["PER"] = 0.25 }, Shares(r, "Cu", SupplyStage.Mine, 2023));
    }

    [Fact]
    public void Utf8_file_with_bom_is_read()
    {
        string refDir = TempReference();
        string path = Write(refDir, "bom.csv",
        [
            Header,
            Row("輸入", 2023, "283691000", "409", "", "KG", "0", "6000", "1"),
            Row("Import", 2023, "283691000", "413", "", "KG", "0", "2000", "1"),
            Row("2", 2023, "282520000", "105", "", "KG", "0", "2000", "1"),
        ], bom: true);
        Assert.Equal(65001, CustomsEncoding.Detect(path).CodePage);

        var r = CustomsImporter.Import([path], refDir);
        Assert.Equal(new Dictionary<string, double> { ["CHL"] = 0.6, ["ARG"] = 0.2, ["CHN"] = 0.2 }, Shares(r, "Li", SupplyStage.Refined, 2023));
    }

    [Fact]
    public void Year_option_selects_one_year_of_a_multi_year_file()
    {
        string refDir = TempReference();
        string path = Csv(refDir,
            Row("2", 2022, "261000000", "551", "", "KG", "0", "1000", "1"),
            Row("2", 2023, "261000000", "551", "", "KG", "0", "1000", "1"),
            Row("2", 2023, "261000000", "234", "", "KG", "0", "3000", "1"));
        Assert.Equal([2022, 2023], CustomsImporter.Import([path], refDir).Shares.Select(s => s.Year).Distinct().Order());

        var r = CustomsImporter.Import([path], refDir, new CustomsImportOptions(Year: 2023));
        Assert.Equal(new Dictionary<string, double> { ["TUR"] = 0.75, ["ZAF"] = 0.25 }, Shares(r, "Cr", SupplyStage.Mine, 2023));
        Assert.DoesNotContain(r.Shares, s => s.Year == 2022);

        var e = Assert.Throws<DataFormatException>(() => CustomsImporter.Import([path], refDir, new CustomsImportOptions(Year: 2021)));
        Assert.Contains("2022, 2023", e.Problem);
    }

    [Fact]
    public void Missing_column_names_file_row_and_column()
    {
        string refDir = TempReference();
        string path = Write(refDir, "nocol.csv", ["Exp or Imp,Year,HS,Country,Unit1,Unit2,Quantity1-Year,Quantity2-Year", "2,2023,260400000,118,,KG,0,1"]);
        var e = Assert.Throws<DataFormatException>(() => CustomsImporter.Import([path], refDir));
        Assert.Equal(("nocol.csv", 1, "Value-Year"), (e.File, e.Row, e.Column));
    }

    [Theory]
    [InlineData("abc", "Quantity2-Year", "not a number")]
    [InlineData("-5", "Quantity2-Year", "negative")]
    public void Bad_quantity_names_file_row_and_column(string quantity, string column, string problem)
    {
        string refDir = TempReference();
        string path = Csv(refDir, Row("2", 2023, "260400000", "118", "", "KG", "0", "10", "1"), Row("2", 2023, "260400000", "117", "", "KG", "0", quantity, "1"));
        var e = Assert.Throws<DataFormatException>(() => CustomsImporter.Import([path], refDir));
        Assert.Equal(("imports.csv", 3, column), (e.File, e.Row, e.Column));
        Assert.Contains(problem, e.Problem);
    }

    [Fact]
    public void Unknown_unit_names_file_row_and_column()
    {
        string refDir = TempReference();
        string path = Csv(refDir, Row("2", 2023, "260400000", "118", "", "LBS", "0", "10", "1"));
        var e = Assert.Throws<DataFormatException>(() => CustomsImporter.Import([path], refDir));
        Assert.Equal(("imports.csv", 2, "Unit2"), (e.File, e.Row, e.Column));
        Assert.Contains("'LBS'", e.Problem);
    }

    [Fact]
    public void Row_without_a_weight_unit_is_an_error()
    {
        string refDir = TempReference();
        string path = Csv(refDir, Row("2", 2023, "260400000", "118", "", "NO", "0", "10", "1"));
        var e = Assert.Throws<DataFormatException>(() => CustomsImporter.Import([path], refDir));
        Assert.Equal(("imports.csv", 2, "Unit2"), (e.File, e.Row, e.Column));
        Assert.Contains("no weight unit", e.Problem);
    }

    [Fact]
    public void Unknown_country_code_is_an_error_by_default_and_other_on_request()
    {
        string refDir = TempReference();
        string path = Csv(refDir, Row("2", 2023, "260400000", "118", "", "KG", "0", "3000", "1"), Row("2", 2023, "260400000", "999", "", "KG", "0", "1000", "1"));
        var e = Assert.Throws<DataFormatException>(() => CustomsImporter.Import([path], refDir));
        Assert.Equal(("imports.csv", 3, "Country"), (e.File, e.Row, e.Column));
        Assert.Contains("'999'", e.Problem);

        var r = CustomsImporter.Import([path], refDir, new CustomsImportOptions(UnknownCountry: UnknownCountryPolicy.Other));
        Assert.Equal(new Dictionary<string, double> { ["IDN"] = 0.75, ["OTHER"] = 0.25 }, Shares(r, "Ni", SupplyStage.Mine, 2023));
        Assert.Contains(r.Warnings, w => w.Contains("999"));
    }

    [Fact]
    public void Exports_only_file_is_an_error_with_a_clear_message()
    {
        string refDir = TempReference();
        string path = Csv(refDir, Row("1", 2023, "260400000", "118", "", "KG", "0", "3000", "1"), Row("Export", 2023, "750210000", "105", "", "KG", "0", "1", "1"));
        var e = Assert.Throws<DataFormatException>(() => CustomsImporter.Import([path], refDir));
        Assert.Equal(("imports.csv", "Exp or Imp"), (e.File, e.Column));
        Assert.Contains("no import rows", e.Problem);
    }

    [Fact]
    public void File_without_any_mapped_hs_code_is_an_error()
    {
        string refDir = TempReference();
        string path = Csv(refDir, Row("2", 2023, "260111000", "601", "", "KG", "0", "3000", "1"));
        var e = Assert.Throws<DataFormatException>(() => CustomsImporter.Import([path], refDir));
        Assert.Equal("HS", e.Column);
        Assert.Contains("260111000", e.Problem);
    }

    [Fact]
    public void Failed_import_leaves_the_existing_tables_unchanged()
    {
        string refDir = TempReference();
        string sharesPath = Path.Combine(refDir, "japan_imports.csv");
        byte[] before = File.ReadAllBytes(sharesPath);
        string good = Csv(refDir, KnownRows);
        string bad = Write(refDir, "bad.csv", [Header, Row("2", 2023, "260300000", "409", "", "KG", "0", "x", "1")]);

        Assert.Throws<DataFormatException>(() => CustomsImporter.WriteTo(refDir, CustomsImporter.Import([good, bad], refDir)));
        Assert.Equal(before, File.ReadAllBytes(sharesPath));
        Assert.False(File.Exists(Path.Combine(refDir, "japan_imports_by_hs.csv")));

        // A corrupt existing table stops the write before either table is replaced.
        File.WriteAllText(sharesPath, "element,stage\nNi,mine\n");
        var r = CustomsImporter.Import([good], refDir);
        Assert.Throws<DataFormatException>(() => CustomsImporter.WriteTo(refDir, r));
        Assert.Equal("element,stage\nNi,mine\n", File.ReadAllText(sharesPath));
        Assert.False(File.Exists(Path.Combine(refDir, "japan_imports_by_hs.csv")));
        Assert.Empty(Directory.GetFiles(refDir, "*.tmp"));
    }

    [Fact]
    public void Bundled_hs_and_country_tables_load_and_cover_the_partner_countries()
    {
        string dir = BundledFolder();
        var elements = CsvTable.Read(Path.Combine(dir, "elements.csv"), "symbol").Rows.Select(r => r.Required("symbol")).ToHashSet();
        var map = HsMapping.Load(Path.Combine(dir, "hs_codes.csv"), elements);
        Assert.Equal(["Ta", "V"], map.For("261590000").Select(e => e.Element).Order());
        Assert.All(map.For("261590"), e => Assert.True(e.Shared));
        Assert.False(map.For("260400").Single().Shared);
        Assert.Empty(map.For("260111"));

        var codes = MofCountryCodes.Load(Path.Combine(dir, "mof_countries.csv"));
        Assert.Equal(("CHN", "AUS", "CHL", "RUS", "NCL"), (codes.TryResolve("105"), codes.TryResolve("601"), codes.TryResolve("409"), codes.TryResolve("224"), codes.TryResolve("618")));
        Assert.Null(codes.TryResolve("999"));
    }
}
