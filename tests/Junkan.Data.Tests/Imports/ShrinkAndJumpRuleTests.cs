using Junkan.Core.Inputs;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Tests.Imports;

/// <summary>The boundaries of the shrink rule (50 % of a group's rows) and of the vintage check (100x), on small tables.</summary>
public sealed class ShrinkAndJumpRuleTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("junkan-rules-").FullName;
    private static readonly string[] Header = ["element", "country", "year", "value", "reference"];

    public void Dispose() => Directory.Delete(dir, true);

    private GuardedTable Table(params string?[][] rows) => new(Path.Combine(dir, "reserves.csv"), Header, rows)
    {
        GroupBy = ["element"],
        Vintage = new VintageColumns("element", ["country"], "year", "value", "reference"),
    };

    private static string?[] Row(string element, string country, int year, string value, string? reference = null) =>
        [element, country, year.ToString(System.Globalization.CultureInfo.InvariantCulture), value, reference ?? ""];

    private static string N(string v) => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);

    private static string?[][] Rows(string element, int n) => [.. Enumerable.Range(0, n).Select(i => Row(element, $"C{i:00}", 2020, "1"))];

    private void Existing(params string?[][] rows) => ImportWriter.Write([Table(rows)], new ImportGuard(true, [new("Co", null), new("W", null)]));

    [Theory]
    [InlineData(10, 5, false)]  // exactly half: kept
    [InlineData(10, 4, true)]   // below half
    [InlineData(10, 0, true)]   // absent now
    [InlineData(1, 1, false)]
    public void A_group_below_half_its_rows_is_refused(int before, int after, bool refused)
    {
        Existing([.. Rows("Co", before), .. Rows("W", 3)]);
        var write = () => ImportWriter.Write([Table([.. Rows("Co", after), .. Rows("W", 3)])], ImportGuard.Strict);
        if (!refused) { write(); return; }
        var e = Assert.Throws<DataFormatException>(write);
        Assert.StartsWith("reserves.csv:-:element:", e.Message);
        Assert.Contains($"Co: {before} rows before, {(after == 0 ? "none now (absent)" : $"{after} now")}", e.Message);
        Assert.DoesNotContain("W:", e.Message);
        ImportWriter.Write([Table([.. Rows("Co", after), .. Rows("W", 3)])], new ImportGuard(AllowShrink: true, []));
    }

    [Theory]
    [InlineData("100", "9999", 2020, false)]   // 99.99x
    [InlineData("100", "10000", 2020, true)]   // 100x up
    [InlineData("10000", "100", 2020, true)]   // 100x down
    [InlineData("100", "10000", 2021, true)]   // no 2021 before: compared with the latest earlier year (2020)
    [InlineData("0", "10000", 2020, false)]    // zero: no ratio
    [InlineData("100", "", 2020, false)]       // empty: no value
    public void A_change_by_100x_is_refused_naming_file_row_column_and_both_values(string old, string now, int year, bool refused)
    {
        Existing(Row("Co", "COD", 2020, old), Row("W", "CHN", 2020, "5"));
        var table = Table(Row("Co", "COD", year, now, "mcs2099-cobal_world.csv row 7 Reserves_t = 'x' t"), Row("W", "CHN", 2020, "5"));
        var write = () => ImportWriter.Write([table], new ImportGuard(AllowShrink: true, []));
        if (!refused) { write(); return; }
        var e = Assert.Throws<DataFormatException>(write);
        Assert.StartsWith("mcs2099-cobal_world.csv:7:Reserves_t:", e.Message);
        Assert.Contains($"{N(now)} is 100x", e.Message);
        Assert.Contains($"than {N(old)} (2020) in the table being replaced (reserves.csv row 2 value)", e.Message);
        Assert.Contains("--confirm-jump Co:reserves", e.Message);
    }

    [Theory]
    [InlineData("Co", true)]
    [InlineData("co:reserves", true)]
    [InlineData("Co:reserves.csv", true)]
    [InlineData("Co:production", false)]
    [InlineData("W", false)]
    public void A_confirmation_names_the_element_and_optionally_the_table(string confirm, bool accepted)
    {
        Existing(Row("Co", "COD", 2020, "1"));
        var write = () => ImportWriter.Write([Table(Row("Co", "COD", 2020, "1000"))], new ImportGuard(true, [JumpConfirmation.Parse(confirm)]));
        if (accepted) write();
        else Assert.Throws<DataFormatException>(write);
    }

    [Theory]
    [InlineData("Se:reserves:x")]
    [InlineData(":reserves")]
    [InlineData("Se:")]
    public void A_malformed_confirmation_is_a_usage_error(string text) =>
        Assert.StartsWith("--confirm-jump", Assert.Throws<UsageException>(() => JumpConfirmation.Parse(text)).Message);

    [Fact]
    public void A_refused_write_leaves_the_table_byte_identical_and_no_temporary_file()
    {
        Existing(Rows("Co", 10));
        byte[] before = File.ReadAllBytes(Path.Combine(dir, "reserves.csv"));
        Assert.Throws<DataFormatException>(() => ImportWriter.Write([Table(Rows("Co", 2))], ImportGuard.Strict));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(dir, "reserves.csv")));
        Assert.Equal(["reserves.csv"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_rename_restores_the_tables_already_replaced()
    {
        string a = Path.Combine(dir, "a.csv");
        File.WriteAllText(a, "x\nold\n");
        Directory.CreateDirectory(Path.Combine(dir, "b.csv")); // the second target cannot be replaced
        Assert.ThrowsAny<IOException>(() => CsvFile.WriteAllAtomic(
        [
            (a, ["x"], [["new"]]),
            (Path.Combine(dir, "b.csv"), ["x"], [["new"]]),
        ]));
        Assert.Equal("x\nold\n", File.ReadAllText(a));
        Assert.Equal(["a.csv"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }
}
