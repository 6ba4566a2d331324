using Junkan.Data.Stocks;

namespace Junkan.Data.Tests.Stocks;

/// <summary><see cref="YearSeriesFile"/>: year,inflow or year,stock, years ascending without gaps, values finite and ≥ 0.</summary>
public sealed class YearSeriesFileTests : IDisposable
{
    private readonly string dir = Path.Combine(Path.GetTempPath(), "junkan-yearseries-" + Guid.NewGuid().ToString("N"));

    public YearSeriesFileTests() => Directory.CreateDirectory(dir);

    public void Dispose() => Directory.Delete(dir, true);

    private string Write(string text, string name = "series.csv")
    {
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private DataFormatException Fails(string text, string column = "inflow") =>
        Assert.Throws<DataFormatException>(() => YearSeriesFile.Read(Write(text), column));

    [Fact]
    public void Reads_year_and_inflow()
    {
        var (first, values) = YearSeriesFile.Read(Write("year,inflow\n1998,10\n1999,2.5\n2000,0\n2001,1e3\n"), "inflow");
        Assert.Equal(1998, first);
        Assert.Equal(new[] { 10, 2.5, 0, 1000 }, values);
    }

    [Fact]
    public void Reads_the_stock_column_of_a_wider_table()
    {
        var (first, values) = YearSeriesFile.Read(Write("stock,note,year\n5,a,2020\n7,\"b, c\",2021\n"), "stock");
        Assert.Equal(2020, first);
        Assert.Equal(new double[] { 5, 7 }, values);
    }

    [Fact]
    public void A_single_year_is_enough()
    {
        var (first, values) = YearSeriesFile.Read(Write("year,inflow\n2030,4\n"), "inflow");
        Assert.Equal((2030, 1), (first, values.Length));
    }

    [Fact]
    public void A_gap_in_years()
    {
        var e = Fails("year,inflow\n2000,1\n2001,1\n2003,1\n");
        Assert.Equal(("series.csv", 4, "year"), (e.File, e.Row, e.Column));
        Assert.Contains("years jump from 2001 to 2003", e.Problem);
    }

    [Theory]
    [InlineData("2001", "year 2001 after 2001")]
    [InlineData("1999", "year 1999 after 2001")]
    public void A_duplicate_or_descending_year(string year, string fragment)
    {
        var e = Fails($"year,inflow\n2000,1\n2001,1\n{year},1\n");
        Assert.Equal(("series.csv", 4, "year"), (e.File, e.Row, e.Column));
        Assert.Contains(fragment, e.Problem);
        Assert.Contains("ascend", e.Problem);
    }

    [Fact]
    public void A_negative_value()
    {
        var e = Fails("year,stock\n2000,1\n2001,-0.5\n", "stock");
        Assert.Equal(("series.csv", 3, "stock"), (e.File, e.Row, e.Column));
        Assert.Contains("negative", e.Problem);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1,5")]
    [InlineData("")]
    public void A_value_that_is_not_a_finite_number(string value)
    {
        var e = Fails($"year,inflow\n2000,1\n2001,\"{value}\"\n");
        Assert.Equal(("series.csv", 3, "inflow"), (e.File, e.Row, e.Column));
        Assert.Contains(value.Length == 0 ? "number required" : $"'{value}' is not a number", e.Problem);
    }

    [Fact]
    public void A_year_that_is_not_an_integer()
    {
        var e = Fails("year,inflow\n2000.5,1\n");
        Assert.Equal(("series.csv", 2, "year"), (e.File, e.Row, e.Column));
    }

    [Fact]
    public void Header_only()
    {
        var e = Fails("year,inflow\n");
        Assert.Equal(("series.csv", (int?)null), (e.File, e.Row));
        Assert.Contains("no data rows", e.Problem);
    }

    [Fact]
    public void An_empty_file()
    {
        var e = Fails("");
        Assert.Equal(("series.csv", 1), (e.File, e.Row));
        Assert.Contains("empty file", e.Problem);
    }

    [Theory]
    [InlineData("year,stock\n2000,1\n", "inflow")]
    [InlineData("yr,inflow\n2000,1\n", "year")]
    public void A_missing_column(string text, string missing)
    {
        var e = Fails(text);
        Assert.Equal(("series.csv", 1, missing), (e.File, e.Row, e.Column));
        Assert.Contains("missing column", e.Problem);
    }

    [Theory]
    [InlineData("year,inflow\n2020,1\n\n2021,-1\n", 4)]                          // a blank line still counts as a line
    [InlineData("year,inflow,note\n2020,1,\"two\nlines\"\n2021,-1,x\n", 4)]       // a quoted cell over two lines
    [InlineData("year,inflow\r\n2020,1\r\n\r\n\r\n2021,-1\r\n", 5)]
    public void Errors_name_the_line_of_the_file(string text, int line) =>
        Assert.Equal(line, Fails(text, "inflow").Row);
}
