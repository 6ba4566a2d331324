using Junkan.Core.Elements;
using Junkan.Core.Risk;
using Junkan.Data.Comtrade;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Tests.Comtrade;

public sealed class ComtradeImporterTests : IDisposable
{
    private const string Current = "Source.Name,RefYear,ReporterCode,ReporterISO,FlowCode,FlowDesc,PartnerCode,PartnerISO,PartnerDesc,CmdCode,CmdDesc,NetWgt,PrimaryValue,Column1";
    private const string Legacy = "Classification,Year,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Netweight (kg),Trade Value (US$)";

    private readonly string refDir = TempReference();

    public void Dispose() => Directory.Delete(refDir, true);

    private static string Row(string material, string flow, string partnerCode, string iso, string name, string code, string kg, string usd, string reporter = "392") =>
        $"{material},2020,{reporter},JPN,{flow},x,{partnerCode},{iso},{name},{code},desc,{kg},{usd},";

    /// <summary>
    /// Hand-checked slice: Ni ore 2604 NCL 2,000 t, PHL 1,000 t (World 3,000 t; PHL repeated under a second material
    /// download); Ni unwrought 7502 (heading) AUS 60,000 t, Other Asia nes 40,000 t; 811292 (Ga/Ge/In, shared) CHN 3 t, KOR 1 t;
    /// Li carbonate 283691 CHL 1,000 t and DEU without net weight; an export row and an unmapped code (iron ore 2601).
    /// </summary>
    private static readonly string[] Slice =
    [
        Row("Nickel_a.csv", "M", "0", "W00", "World", "2604", "3000000", "90000"),
        Row("Nickel_a.csv", "M", "540", "NCL", "New Caledonia", "2604", "2000000", "60000"),
        Row("Nickel_a.csv", "M", "608", "PHL", "Philippines", "2604", "1000000", "30000"),
        Row("Nickel_b.csv", "M", "608", "PHL", "Philippines", "2604", "1000000", "30000"),
        Row("Nickel_b.csv", "M", "36", "AUS", "Australia", "7502", "60000000", "9000"),
        Row("Nickel_b.csv", "M", "490", "S19", "\"Other Asia, nes\"", "7502", "40000000", "6000"),
        Row("Indium.csv", "M", "156", "CHN", "China", "811292", "3000", "300"),
        Row("Indium.csv", "M", "410", "KOR", "South Korea", "811292", "1000", "100"),
        Row("Lithium.csv", "M", "152", "CHL", "Chile", "283691", "1000000", "8000"),
        Row("Lithium.csv", "M", "276", "DEU", "Germany", "283691", "0", "5000"),
        Row("Nickel_a.csv", "X", "156", "CHN", "China", "2604", "9000000", "1"),
        Row("Iron.csv", "M", "36", "AUS", "Australia", "2601", "5", "1"),
    ];

    /// <summary>A copy of the bundled reference folder as it was before the Comtrade import (METI 2019 quotes only).</summary>
    internal static string TempReference()
    {
        string dir = Directory.CreateTempSubdirectory("junkan-comtrade-").FullName;
        foreach (var f in Directory.GetFiles(TestPaths.ReferenceFolder(), "*.csv").Where(f => Path.GetFileName(f) != ComtradeImporter.ByCodeFile))
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        string imports = Path.Combine(dir, "japan_imports.csv");
        var lines = File.ReadAllLines(imports);
        File.WriteAllLines(imports, lines.Where(l => !l.Contains("," + ComtradeImporter.SourceId + ",", StringComparison.Ordinal)));
        return dir;
    }

    private string Csv(string header, params string[] rows)
    {
        string path = Path.Combine(refDir, "comtrade.csv");
        File.WriteAllText(path, string.Join("\n", [header, .. rows]) + "\n");
        return path;
    }

    private static Dictionary<string, double> Shares(ComtradeImportResult r, string element, SupplyStage stage) =>
        r.Shares.Where(s => s.Element == element && s.Stage == stage && s.Year == 2020).ToDictionary(s => s.Partner, s => s.Share);

    [Fact]
    public void Known_answer_shares_from_a_hand_computed_slice()
    {
        var r = ComtradeImporter.Import([Csv(Current, Slice)], refDir);

        Assert.Equal(new Dictionary<string, double> { ["NCL"] = 0.6667, ["PHL"] = 0.3333 }, Shares(r, "Ni", SupplyStage.Mine));
        Assert.All(r.Shares.Where(s => s.Element == "Ni" && s.Stage == SupplyStage.Mine), s => Assert.Equal(3000, s.TotalTonnes));
        Assert.Equal(new Dictionary<string, double> { ["AUS"] = 0.6, ["XAS"] = 0.4 }, Shares(r, "Ni", SupplyStage.Refined));
        Assert.Equal(new Dictionary<string, double> { ["CHL"] = 1 }, Shares(r, "Li", SupplyStage.Refined));
        foreach (var e in new[] { "Ga", "Ge", "In" })
        {
            Assert.Equal(new Dictionary<string, double> { ["CHN"] = 0.75, ["KOR"] = 0.25 }, Shares(r, e, SupplyStage.Refined));
            Assert.All(r.Shares.Where(s => s.Element == e), s => Assert.Equal(ComtradeShares.QualityShared, s.Quality));
        }
        var niFirst = r.Shares.First(s => s.Element == "Ni" && s.Stage == SupplyStage.Mine);
        Assert.Equal((ComtradeImporter.SourceId, ComtradeShares.QualityOfficial), (niFirst.SourceId, niFirst.Quality));
        Assert.Contains("HS 2604", niFirst.Note);
        Assert.Equal(1, r.Duplicates);
        Assert.Contains(r.Warnings, w => w.Contains("DEU HS 283691", StringComparison.Ordinal));
        Assert.Contains(r.Warnings, w => w.Contains("2601", StringComparison.Ordinal));
        Assert.DoesNotContain(r.ByCode, x => x.Partner.Kind == PartnerKind.World);
        Assert.Contains(r.ByCode, x => x is { Code: "2604", Partner.Partner: "NCL", Tonnes: 2000 });
    }

    [Fact]
    public void Legacy_layout_gives_the_same_shares()
    {
        string[] rows =
        [
            "H5,2020,1,Import,392,Japan,0,World,WLD,2604,Nickel ores,3000000,90000",
            "H5,2020,1,Import,392,Japan,540,New Caledonia,NCL,2604,Nickel ores,2000000,60000",
            "H5,2020,1,Import,392,Japan,608,Philippines,PHL,2604,Nickel ores,1000000,30000",
            "H5,2020,2,Export,392,Japan,156,China,CHN,2604,Nickel ores,5,1",
        ];
        var r = ComtradeImporter.Import([Csv(Legacy, rows)], refDir);
        Assert.Equal(new Dictionary<string, double> { ["NCL"] = 0.6667, ["PHL"] = 0.3333 }, Shares(r, "Ni", SupplyStage.Mine));
    }

    [Fact]
    public void Legacy_layout_without_partner_codes_is_mapped_by_iso()
    {
        string header = "Year,Trade Flow,Reporter Code,Partner ISO,Commodity Code,Netweight (kg),Trade Value (US$)";
        var r = ComtradeImporter.Import([Csv(header, "2020,Import,392,WLD,2604,3000,1", "2020,Import,392,NCL,2604,1000,1", "2020,Import,392,PHL,2604,2000,1")], refDir);
        Assert.Equal(new Dictionary<string, double> { ["PHL"] = 0.6667, ["NCL"] = 0.3333 }, Shares(r, "Ni", SupplyStage.Mine));
    }

    [Fact]
    public void Import_stability_of_the_slice_is_the_hand_computed_value()
    {
        var r = ComtradeImporter.Import([Csv(Current, Slice)], refDir);
        ComtradeImporter.WriteTo(refDir, r);
        var data = ReferenceDataLoader.Load(refDir);
        var inputs = new RiskInputsBuilder(data).Build("Ni", 2020);
        Assert.Equal((ImportDataKind.Shares, 2020), (inputs.ConcentrateImports.Kind, inputs.ConcentrateImports.Year));
        var value = ImportStabilityCalculator.Compute(inputs.ConcentrateImports, new CountryStability(data.Wgi), RiskSettings.Default);
        // NCL has no WGI: g = 0.5. PHL WGI 2020 (-0.11, -0.78, 0.07, 0.11, -0.65, -0.51): mean -0.311667, g = (2.5 + 0.311667) * 0.2 = 0.562333.
        double expected = 0.6667 * 0.6667 * 0.5 + 0.3333 * 0.3333 * 0.562333;
        Assert.Equal(expected, value.Value, 5);
        Assert.Equal(["NCL"], value.AssumedCountries);
    }

    [Fact]
    public void Unknown_partner_names_file_row_and_column()
    {
        var e = Assert.Throws<DataFormatException>(() => ComtradeImporter.Import([Csv(Current, Slice[0], Row("N.csv", "M", "9999", "ZZZ", "Nowhere", "2604", "1", "1"))], refDir));
        Assert.Equal(("comtrade.csv", 3, "PartnerCode"), (e.File, e.Row, e.Column));
        Assert.Contains("9999", e.Message);
    }

    [Fact]
    public void A_reporter_other_than_Japan_is_refused()
    {
        var e = Assert.Throws<DataFormatException>(() => ComtradeImporter.Import([Csv(Current, Row("N.csv", "M", "540", "NCL", "New Caledonia", "2604", "1", "1", reporter: "410"))], refDir));
        Assert.Equal((2, "ReporterCode"), (e.Row, e.Column));
    }

    [Fact]
    public void A_repeated_row_with_other_figures_names_both_rows()
    {
        var e = Assert.Throws<DataFormatException>(() => ComtradeImporter.Import(
            [Csv(Current, Slice[1], Row("Other.csv", "M", "540", "NCL", "New Caledonia", "2604", "2500000", "60000"))], refDir));
        Assert.Equal((3, "NetWgt"), (e.Row, e.Column));
        Assert.Contains("rows 2 and 3", e.Message);
    }

    [Fact]
    public void A_bad_net_weight_names_file_row_and_column()
    {
        var e = Assert.Throws<DataFormatException>(() => ComtradeImporter.Import([Csv(Current, Row("N.csv", "M", "540", "NCL", "New Caledonia", "2604", "lots", "1"))], refDir));
        Assert.Equal(("comtrade.csv", 2, "NetWgt"), (e.File, e.Row, e.Column));
    }

    [Fact]
    public void A_file_of_exports_only_is_refused()
    {
        var e = Assert.Throws<DataFormatException>(() => ComtradeImporter.Import([Csv(Current, Row("N.csv", "X", "540", "NCL", "New Caledonia", "2604", "1", "1"))], refDir));
        Assert.Equal("FlowCode", e.Column);
    }

    [Fact]
    public void Not_a_comtrade_file_is_refused_at_the_header()
    {
        var e = Assert.Throws<DataFormatException>(() => ComtradeImporter.Import([Csv("a,b", "1,2")], refDir));
        Assert.Equal(1, e.Row);
    }

    [Fact]
    public void A_heading_and_its_subheading_are_not_counted_twice()
    {
        var r = ComtradeImporter.Import([Csv(Current, Row("Mo.csv", "M", "152", "CHL", "Chile", "2613", "3000", "1"), Row("Mo.csv", "M", "842", "USA", "USA", "261390", "1000", "1"))], refDir);
        Assert.Equal(new Dictionary<string, double> { ["CHL"] = 1 }, Shares(r, "Mo", SupplyStage.Mine));
        Assert.Contains(r.Warnings, w => w.Contains("261390", StringComparison.Ordinal) && w.Contains("heading", StringComparison.Ordinal));
    }

    [Fact]
    public void A_thousandfold_tonnage_against_the_table_being_replaced_is_refused()
    {
        ComtradeImporter.WriteTo(refDir, ComtradeImporter.Import([Csv(Current, Slice)], refDir));
        // the same download in grams instead of kilograms: every tonnage 1000x
        var grams = Slice.Select(s => s.Replace(",2000000,", ",2000000000,", StringComparison.Ordinal).Replace(",1000000,", ",1000000000,", StringComparison.Ordinal)).ToArray();
        var result = ComtradeImporter.Import([Csv(Current, grams)], refDir);
        string before = File.ReadAllText(Path.Combine(refDir, "japan_imports.csv"));
        var e = Assert.Throws<DataFormatException>(() => ComtradeImporter.WriteTo(refDir, result));
        Assert.Contains("--confirm-jump", e.Message);
        Assert.Equal(before, File.ReadAllText(Path.Combine(refDir, "japan_imports.csv")));
        ComtradeImporter.WriteTo(refDir, result, new ImportGuard(false, [new JumpConfirmation("2604", null), new JumpConfirmation("283691", null), new JumpConfirmation("Ni", null), new JumpConfirmation("Li", null)]));
    }

    [Fact]
    public void Existing_rows_of_other_years_and_sources_are_kept()
    {
        ComtradeImporter.WriteTo(refDir, ComtradeImporter.Import([Csv(Current, Slice)], refDir));
        var data = ReferenceDataLoader.Load(refDir);
        Assert.Contains(data.JapanImports, s => s is { Element: "Ni", Year: 2019, SourceId: "meti-2021-critical-minerals" });
        Assert.Contains(data.JapanImports, s => s is { Element: "Ni", Year: 2020, SourceId: ComtradeImporter.SourceId, Partner: "NCL" });
    }
}
