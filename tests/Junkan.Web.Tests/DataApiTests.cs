using System.Net;
using ClosedXML.Excel;
using Junkan.Web.Store;
using Microsoft.Extensions.DependencyInjection;
using static Junkan.Web.Tests.Uploads;

namespace Junkan.Web.Tests;

public sealed class DataApiTests
{
    /// <summary>METI (2021) prints Ni ore imports 2019 as IDN 43 %, NCL 26 %, PHL 22 %, AUS 6 %; a user's revision of that group.</summary>
    private static readonly string[][] NickelRows =
    [
        ["Ni", "mine", "IDN", "2019", "0.40", "158008", "meti-2021-critical-minerals", "3", "revised"],
        ["Ni", "mine", "PHL", "2019", "0.30", "158008", "meti-2021-critical-minerals", "3", ""],
    ];

    private static long Stored(WebHost host) => host.Services.GetRequiredService<SqliteStore>().DataSetCount();

    [Fact]
    public async Task The_template_downloads_as_a_workbook_with_the_import_columns()
    {
        using var host = new WebHost();
        var r = await host.CreateClient().GetAsync("/api/data/template.xlsx");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(XlsxType, r.Content.Headers.ContentType?.MediaType);
        using var wb = new XLWorkbook(new MemoryStream(await r.Content.ReadAsByteArrayAsync()));
        Assert.Equal("share", wb.Worksheet("imports").Cell(1, 5).GetString());
        Assert.Equal("citation", wb.Worksheet("sources").Cell(1, 2).GetString());
    }

    [Fact]
    public async Task A_valid_template_validates_without_storing_then_stores_as_numbered_versions()
    {
        using var host = new WebHost();
        var client = host.CreateClient();
        byte[] wb = Template(NickelRows);
        var v = await client.PostAsync("/api/data/validate", Form("template", wb, "nickel.xlsx", XlsxType));
        Assert.Equal(HttpStatusCode.OK, v.StatusCode);
        var result = await v.Read();
        Assert.True(result.GetProperty("valid").GetBoolean(), result.ToString());
        Assert.Equal("japan_imports.csv", result.GetProperty("changes")[0].GetProperty("table").GetString());
        Assert.Equal(0, Stored(host));

        client.DefaultRequestHeaders.Add("X-User", "analyst-1");
        var first = await client.PostAsync("/api/data/sets", Form("template", wb, "nickel.xlsx", XlsxType, "Ni revision"));
        var second = await client.PostAsync("/api/data/sets", Form("template", wb, "nickel.xlsx", XlsxType, "Ni revision"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(2, (await second.Read()).GetProperty("version").GetInt32());
        var set = await first.Read();
        Assert.Equal(("analyst-1", "nickel.xlsx", 1), (set.GetProperty("author").GetString(), set.GetProperty("fileName").GetString(), set.GetProperty("version").GetInt32()));
        string table = await client.GetStringAsync($"/api/data/sets/{set.GetProperty("id").GetString()}/tables/japan_imports.csv");
        Assert.Contains("Ni,mine,IDN,2019,0.40,158008,meti-2021-critical-minerals,3,revised", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Ni,mine,NCL,2019", table, StringComparison.Ordinal);   // the group is replaced, not mixed
        Assert.Contains("Co,", table, StringComparison.Ordinal);                       // other elements kept
        Assert.Equal(2, Stored(host));
    }

    [Fact]
    public async Task A_template_error_names_sheet_row_and_column_and_nothing_is_stored()
    {
        using var host = new WebHost();
        var client = host.CreateClient();
        byte[] wb = Template(NickelRows[0], ["Ni", "mine", "PHL", "2019", "1.7", "", "meti-2021-critical-minerals", "3", ""]);
        var e = (await (await client.PostAsync("/api/data/validate", Form("template", wb, "bad.xlsx", XlsxType))).Read()).GetProperty("errors")[0];
        Assert.Equal(("bad.xlsx", 3, "imports!E"), (e.GetProperty("file").GetString(), e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()));
        var s = await client.PostAsync("/api/data/sets", Form("template", wb, "bad.xlsx", XlsxType));
        Assert.Equal(HttpStatusCode.BadRequest, s.StatusCode);
        Assert.Contains("imports!E3", (await s.Errors("file"))[0], StringComparison.Ordinal);
        Assert.Equal(0, Stored(host));
    }

    [Fact]
    public async Task A_malformed_comtrade_csv_names_its_row_and_column_as_uploaded()
    {
        using var host = new WebHost();
        string csv = ComtradeHeader + "\nN.csv,2020,392,JPN,M,x,540,NCL,New Caledonia,2604,desc,lots,1,\n";
        var r = await host.CreateClient().PostAsync("/api/data/validate", Csv("comtrade", csv, "Comtrade_2020.csv"));
        var e = (await r.Read()).GetProperty("errors")[0];
        Assert.Equal(("Comtrade_2020.csv", 2, "NetWgt"), (e.GetProperty("file").GetString(), e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()));
        Assert.DoesNotContain(Path.GetTempPath(), e.GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, HttpStatusCode> HostileCsv => new()
    {
        { "comtrade", "../../etc/passwd.csv", "a,b\n1,2\n", HttpStatusCode.BadRequest },
        { "comtrade", "..\\..\\x.csv", "a,b\n1,2\n", HttpStatusCode.BadRequest },
        { "comtrade", "sub/x.csv", "a,b\n1,2\n", HttpStatusCode.BadRequest },
        { "comtrade", "evil.exe", "a,b\n1,2\n", HttpStatusCode.UnsupportedMediaType },
        { "usgs", "cobalt.csv", "a,b\n1,2\n", HttpStatusCode.BadRequest },
        { "comtrade", "formula.csv", ComtradeHeader + "\nN.csv,2020,392,JPN,M,x,540,NCL,\"=HYPERLINK(\"\"http://x\"\")\",2604,desc,1,1,\n", HttpStatusCode.BadRequest },
        { "comtrade", "at.csv", ComtradeHeader + "\n@SUM(A1),2020,392,JPN,M,x,540,NCL,NC,2604,desc,1,1,\n", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(HostileCsv))]
    public async Task Hostile_csv_uploads_are_problems_and_store_nothing(string kind, string fileName, string text, HttpStatusCode status)
    {
        using var host = new WebHost();
        var client = host.CreateClient();
        var v = await client.PostAsync("/api/data/validate", Csv(kind, text, fileName));
        var s = await client.PostAsync("/api/data/sets", Csv(kind, text, fileName));
        Assert.Equal((status, status), (v.StatusCode, s.StatusCode));
        Assert.NotEmpty(await s.Errors("file"));
        Assert.Equal(0, Stored(host));
    }

    [Fact]
    public async Task A_formula_cell_names_its_row_and_column()
    {
        using var host = new WebHost();
        string csv = ComtradeHeader + "\nN.csv,2020,392,JPN,M,x,540,NCL,NC,2604,desc,1,1,\nN.csv,2020,392,JPN,M,x,540,NCL,-2+3+cmd|' /C calc'!A0,2604,desc,1,1,\n";
        var r = await host.CreateClient().PostAsync("/api/data/validate", Csv("comtrade", csv));
        var p = await r.Read();
        Assert.Equal((3, "9"), (p.GetProperty("row").GetInt32(), p.GetProperty("column").GetString()));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61, 0x00, 0x2C, 0x00 }, "comtrade")]       // UTF-16
    [InlineData(new byte[] { 0x61, 0x2C, 0x62, 0x0A, 0xE9, 0x2C, 0x31, 0x0A }, "comtrade")]   // Latin-1 é
    [InlineData(new byte[] { 0x61, 0x2C, 0x00, 0x0A }, "customs")]                  // binary
    public async Task Text_in_a_wrong_encoding_is_415_and_stores_nothing(byte[] bytes, string kind)
    {
        using var host = new WebHost();
        var r = await host.CreateClient().PostAsync("/api/data/sets", Form(kind, bytes, "x.csv"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
        Assert.Equal(0, Stored(host));
    }

    [Fact]
    public async Task An_oversized_upload_is_413_and_stores_nothing()
    {
        using var host = new WebHost();
        byte[] big = new byte[9 * 1024 * 1024];
        Array.Fill(big, (byte)'1');
        var r = await host.CreateClient().PostAsync("/api/data/sets", Form("comtrade", big, "big.csv"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Equal(0, Stored(host));
    }

    [Fact]
    public async Task A_zip_bomb_posing_as_a_workbook_is_refused_before_it_is_opened()
    {
        using var host = new WebHost();
        var r = await host.CreateClient().PostAsync("/api/data/sets", Form("template", ZipBomb(200), "bomb.xlsx", XlsxType));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Contains("zip bomb", (await r.Errors("file"))[0], StringComparison.Ordinal);
        Assert.Equal(0, Stored(host));
    }

    [Theory]
    [InlineData("notzip.xlsx", XlsxType, HttpStatusCode.UnsupportedMediaType)]
    [InlineData("t.xlsx", "image/png", HttpStatusCode.UnsupportedMediaType)]
    public async Task Not_a_workbook_or_a_wrong_type_is_refused(string fileName, string type, HttpStatusCode status)
    {
        using var host = new WebHost();
        var r = await host.CreateClient().PostAsync("/api/data/sets", Form("template", "hello"u8.ToArray(), fileName, type));
        Assert.Equal(status, r.StatusCode);
        Assert.Equal(0, Stored(host));
    }

    [Fact]
    public async Task A_formula_in_the_template_is_an_error_at_its_cell()
    {
        using var host = new WebHost();
        byte[] wb = Template(["Ni", "mine", "IDN", "2019", "=1/2", "", "meti-2021-critical-minerals", "3", ""]);
        var e = (await (await host.CreateClient().PostAsync("/api/data/validate", Form("template", wb, "f.xlsx", XlsxType))).Read()).GetProperty("errors")[0];
        Assert.Equal((2, "imports!E"), (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()));
    }

    [Fact]
    public async Task An_unknown_kind_or_a_non_form_body_names_the_field()
    {
        using var host = new WebHost();
        var client = host.CreateClient();
        Assert.NotEmpty(await (await client.PostAsync("/api/data/validate", Csv("pdf", "a"))).Errors("kind"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.PostAsync("/api/data/validate", Json.Body("{}"))).StatusCode);
    }
}
