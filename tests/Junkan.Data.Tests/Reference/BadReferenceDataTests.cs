using System.Text;
using Junkan.Data.Reference;

namespace Junkan.Data.Tests.Reference;

/// <summary>Each kind of bad input in a reference table gives an error naming file, row (where one applies) and column.</summary>
public sealed class BadReferenceDataTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("junkan-badref-").FullName;

    public BadReferenceDataTests()
    {
        foreach (var f in Directory.GetFiles(TestPaths.ReferenceFolder(), "*.csv")) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
    }

    public void Dispose() => Directory.Delete(dir, true);

    /// <summary>Replaces the first data row of a table with <paramref name="row"/>.</summary>
    private void ReplaceFirstRow(string file, string row)
    {
        var lines = File.ReadAllLines(Path.Combine(dir, file)).ToList();
        lines[1] = row;
        File.WriteAllLines(Path.Combine(dir, file), lines);
    }

    private DataFormatException Load() => Assert.Throws<DataFormatException>(() => ReferenceDataLoader.Load(dir));

    [Fact]
    public void Negative_tonnage()
    {
        ReplaceFirstRow("production.csv", "Bi,bismu,Refinery production,refined,CHN,2023,-5,t,,usgs-mcs-2024,5,test");
        var e = Load();
        Assert.Equal(("production.csv", 2, "value"), (e.File, e.Row, e.Column));
        Assert.Contains("negative", e.Message);
    }

    [Fact]
    public void Bad_number()
    {
        ReplaceFirstRow("production.csv", "Bi,bismu,Refinery production,refined,CHN,2023,12O00,t,,usgs-mcs-2024,5,test");
        var e = Load();
        Assert.Equal(("production.csv", 2, "value"), (e.File, e.Row, e.Column));
    }

    [Fact]
    public void Wrong_columns()
    {
        var lines = File.ReadAllLines(Path.Combine(dir, "reserves.csv"));
        lines[0] = lines[0].Replace("country", "nation");
        File.WriteAllLines(Path.Combine(dir, "reserves.csv"), lines);
        var e = Load();
        Assert.Equal(("reserves.csv", 1, "country"), (e.File, e.Row, e.Column));
    }

    [Fact]
    public void Wrong_cell_count()
    {
        ReplaceFirstRow("prices.csv", "Bi,bismu,Price_Average_dlb,2019");
        var e = Load();
        Assert.Equal(("prices.csv", 2), (e.File, e.Row));
    }

    [Fact]
    public void Shares_that_sum_above_one()
    {
        File.AppendAllText(Path.Combine(dir, "japan_imports.csv"), "Ni,mine,CHN,2019,0.5,158008,meti-2021-critical-minerals,3,test\n");
        var e = Load();
        Assert.Equal(("japan_imports.csv", "share"), (e.File, e.Column));
        Assert.Contains("Ni mine 2019", e.Message);
    }

    [Fact]
    public void Share_outside_0_1()
    {
        ReplaceFirstRow("japan_imports.csv", "Ni,mine,IDN,2019,43,158008,meti-2021-critical-minerals,3,percent by mistake");
        var e = Load();
        Assert.Equal(("japan_imports.csv", 2, "share"), (e.File, e.Row, e.Column));
    }

    [Fact]
    public void Unknown_element()
    {
        File.AppendAllText(Path.Combine(dir, "secondary_supply.csv"), "Xx,2023,0.1,japan,ec-crm-2023,2,test\n");
        var e = Load();
        Assert.Equal(("secondary_supply.csv", "element"), (e.File, e.Column));
        Assert.Contains("'Xx'", e.Message);
    }

    [Fact]
    public void Unknown_source_id()
    {
        File.AppendAllText(Path.Combine(dir, "secondary_supply.csv"), "Co,2024,0.1,japan,nowhere-2024,2,test\n");
        var e = Load();
        Assert.Equal(("secondary_supply.csv", "source_id"), (e.File, e.Column));
    }

    [Fact]
    public void Wrong_encoding()
    {
        var sjis = CodePagesEncoding();
        File.WriteAllBytes(Path.Combine(dir, "elements.csv"),
            sjis.GetBytes("symbol,name_en,name_ja,kind,parent,nedo_target\nCo,Cobalt,コバルト,element,,yes\n"));
        var e = Load();
        Assert.Equal("elements.csv", e.File);
        Assert.Contains("UTF-8", e.Message);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var text = File.ReadAllText(Path.Combine(dir, "sources.csv"));
        File.WriteAllText(Path.Combine(dir, "sources.csv"), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.NotEmpty(ReferenceDataLoader.Load(dir).Sources);
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932);
    }
}
