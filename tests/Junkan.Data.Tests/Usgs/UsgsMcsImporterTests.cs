using System.Text;
using Junkan.Data.Countries;
using Junkan.Data.Usgs;

namespace Junkan.Data.Tests.Usgs;

/// <summary>Each trap listed in shared/data/README.md for the USGS MCS data release, on small fixture files in that layout.</summary>
public sealed class UsgsMcsImporterTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("junkan-usgs-").FullName;
    private static readonly Dictionary<string, string> Map = new() { ["testa"] = "Co", ["testb"] = "W" };

    public void Dispose() => Directory.Delete(root, true);

    private static CountryDirectory Countries() => new(Path.Combine(TestPaths.ReferenceFolder(), "countries.csv"));

    private string Release(string name, params (string Sub, string File, string Text)[] files)
    {
        string folder = Path.Combine(root, name);
        foreach (var (sub, file, text) in files)
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
            // UTF-8 with a byte-order mark, as the USGS files are
            File.WriteAllText(Path.Combine(folder, sub, file), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }
        return folder;
    }

    private const string Header = "Source,Country,Type,Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes\n";

    [Fact]
    public void Bom_footnotes_codes_separators_and_pseudo_countries()
    {
        string world = Header +
            "MCS2099,United\u00a0States,\"Mine production, t\",W,W,,NA,\n" +
            "MCS2099,Japane,\"Mine production, t\",\"1,200\",e1300,,>25,\n" +
            "MCS2099,New Caledonia11,\"Mine production, t\",500,600,,\"7,000\",\n" +
            "MCS2099,Other countries,\"Mine production, t\",300,NA,,XX,\n" +
            "MCS2099,World total (rounded),\"Mine production, t\",\"2,000\",\"2,100\",,\"10,000\",\n";
        var r = UsgsMcsImporter.Import(Release("mcs2099", ("world", "mcs2099-testa_world.csv", world)), Countries(), Map);

        var usa = r.Production.Where(f => f.Country == "USA").ToArray();
        Assert.All(usa, f => { Assert.Null(f.Tonnes); Assert.Equal("W", f.Flag); });          // withheld: a gap, not zero
        var jpn2022 = r.Production.Single(f => f.Country == "JPN" && f.Year == 2022);
        Assert.Equal(1200, jpn2022.Tonnes);                                                     // footnote letter stripped, thousands separator
        var jpn2023 = r.Production.Single(f => f.Country == "JPN" && f.Year == 2023);
        Assert.Equal((1300.0, "E"), (jpn2023.Tonnes!.Value, jpn2023.Flag));                     // "e" estimate, also the _est_ column
        Assert.Equal(600, r.Production.Single(f => f.Country == "NCL" && f.Year == 2023).Tonnes); // footnote digits stripped
        Assert.Equal(300, r.Production.Single(f => f.Country == "OTHER" && f.Year == 2022).Tonnes);
        Assert.Equal(2100, r.Production.Single(f => f.Country == "WORLD" && f.Year == 2023).Tonnes);
        var jpnRes = r.Reserves.Single(f => f.Country == "JPN");
        Assert.Equal((25.0, ">", 2098), (jpnRes.Tonnes!.Value, jpnRes.Flag, jpnRes.Year));     // ">25" kept as a lower bound, flagged; reserves year = release - 1
        Assert.Contains("row 3", jpn2022.Reference);                                          // traceable to file and row
    }

    [Fact]
    public void Several_types_stay_separate_series_with_their_stage()
    {
        string world = Header +
            "MCS2099,China,\"Mine production, t\",100,110,,1000,\n" +
            "MCS2099,China,\"Refinery production, t\",300,330,,,\n";
        var r = UsgsMcsImporter.Import(Release("mcs2099", ("world", "mcs2099-testa_world.csv", world)), Countries(), Map);
        var chn = r.Production.Where(f => f.Country == "CHN" && f.Year == 2023).ToArray();
        Assert.Equal(2, chn.Length);                                                           // never summed across types
        Assert.Equal(110, chn.Single(f => f.Stage == "mine").Tonnes);
        Assert.Equal(330, chn.Single(f => f.Stage == "refined").Tonnes);
    }

    [Fact]
    public void Unknown_country_names_file_row_and_column()
    {
        string world = Header + "MCS2099,China,\"Mine production, t\",1,1,,1,\nMCS2099,Atlantis,\"Mine production, t\",1,1,,1,\n";
        var e = Assert.Throws<DataFormatException>(() =>
            UsgsMcsImporter.Import(Release("mcs2099", ("world", "mcs2099-testa_world.csv", world)), Countries(), Map));
        Assert.Equal(("mcs2099-testa_world.csv", 3, "Country"), (Path.GetFileName(e.File), e.Row, e.Column));
        Assert.Contains("Atlantis", e.Message);
    }

    [Fact]
    public void Bad_value_names_file_row_and_column()
    {
        string world = Header + "MCS2099,China,\"Mine production, t\",12x,1,,1,\n";
        var e = Assert.Throws<DataFormatException>(() =>
            UsgsMcsImporter.Import(Release("mcs2099", ("world", "mcs2099-testa_world.csv", world)), Countries(), Map));
        Assert.Equal((2, "Prod_t_2022"), (e.Row, e.Column));
    }

    [Fact]
    public void File_without_a_type_column_reads_column_three_and_says_so()
    {
        string world = "Source,Country,\"Mine production, t\",Prod_t_2022,Prod_t_est_2023,Prod_notes,Reserves_t,Reserves_notes\n" +
                       "MCS2099,China,\"Mine production, t\",10,20,,30,\n";
        var r = UsgsMcsImporter.Import(Release("mcs2099", ("world", "mcs2099-testb_world.csv", world)), Countries(), Map);
        Assert.Equal(20, r.Production.Single(f => f.Year == 2023).Tonnes);
        Assert.Contains(r.Skipped, s => s.Contains("no 'Type' column"));
    }

    [Fact]
    public void Salient_prices_with_units_and_a_non_salient_file_skipped()
    {
        string salient = "Source,Commodity,Year,Price_dlb,Production_t\nMCS2099,Cobalt,2021,23.7,1\nMCS2099,Cobalt,2022,29.7,1\nMCS2099,Cobalt,2023e,15,1\n";
        string broken = "Source,Country,Type,Prod_t_2022\nMCS2099,China,x,1\n";
        var r = UsgsMcsImporter.Import(Release("mcs2099",
            ("salient", "mcs2099-testa_salient.csv", salient), ("salient", "mcs2099-testb_salient.csv", broken)), Countries(), Map);
        Assert.Equal([2021, 2022], r.Prices.Select(p => p.Year));   // "2023e" is not a year of actuals
        Assert.All(r.Prices, p => Assert.Equal("USD/lb", p.Unit));
        Assert.Contains(r.Skipped, s => s.Contains("mcs2099-testb_salient.csv"));
    }

    [Fact]
    public void Release_year_comes_from_the_folder_name()
    {
        string world = Header + "MCS2099,China,\"Mine production, t\",1,1,,1,\n";
        var e = Assert.Throws<DataFormatException>(() =>
            UsgsMcsImporter.Import(Release("somefolder", ("world", "mcs2099-testa_world.csv", world)), Countries(), Map));
        Assert.Contains("mcs2024", e.Message);
    }
}

public class UsgsWholeReleaseTests
{
    [Fact]
    public void The_whole_mcs_2024_release_imports_when_unknown_names_are_skipped_and_listed()
    {
        string reference = TestPaths.ReferenceFolder();
        string folder = TestPaths.Raw("usgs-mcs", "mcs2024");
        var all = UsgsMcsImporter.Commodities(folder).ToDictionary(c => c, c => c);
        Assert.Equal(77, all.Count);
        var r = UsgsMcsImporter.Import(folder, new CountryDirectory(Path.Combine(reference, "countries.csv")), all, skipUnknownCountries: true);
        Assert.True(r.Production.Count > 2000, $"{r.Production.Count} production rows");
        Assert.Contains(r.Skipped, s => s.StartsWith("mcs2024-abras_world.csv row 3: unknown country name", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Skipped, s => s.Contains("mcs2024-cobal_world.csv row"));   // target files lose nothing
    }

    [Theory]
    [InlineData("tungs", "Price_WO3dt", "USD/mtu")]            // meta: dollars per dry metric ton unit of WO3
    [InlineData("manga", "Price_CN_CIF_dt", "USD/mtu")]        // meta: dollars per metric ton unit
    [InlineData("zirco", "Price_Zircon_sponge_CN_t", "USD/kg")] // meta: dollars per kilogram
    [InlineData("zirco", "Price_Zircon_imported_t", "USD/t")]  // gross weight per metric ton: the name is right
    public void Price_units_follow_the_USGS_metadata_where_the_column_name_misleads(string code, string series, string unit)
    {
        string folder = TestPaths.Raw("usgs-mcs", "mcs2024");
        var r = UsgsMcsImporter.Import(folder, new CountryDirectory(Path.Combine(TestPaths.ReferenceFolder(), "countries.csv")),
            new Dictionary<string, string> { [code] = code }, skipUnknownCountries: true);
        var rows = r.Prices.Where(p => p.Series == series).ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, p => Assert.Equal(unit, p.Unit));
    }
}

public class UsgsValueTests
{
    [Theory]
    [InlineData("170,000", 170000.0, "")]
    [InlineData("e1300", 1300.0, "E")]
    [InlineData(">25", 25.0, ">")]
    [InlineData("W", null, "W")]
    [InlineData("Very small", null, "Q")]
    [InlineData("Categorized as \"large\"", null, "Q")]
    [InlineData("Less than ½ unit.", null, "Q")]
    public void Cells_parse_to_a_number_or_a_flagged_gap(string raw, double? number, string flag) =>
        Assert.Equal(new UsgsValue(number, flag), UsgsValue.Parse(raw));

    [Theory]
    [InlineData("12x")]
    [InlineData("-5")]
    [InlineData("about twenty")]
    public void Anything_else_is_not_a_value(string raw) => Assert.Null(UsgsValue.Parse(raw));
}
