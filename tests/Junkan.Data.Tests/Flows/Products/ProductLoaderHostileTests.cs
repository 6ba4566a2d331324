namespace Junkan.Data.Tests.Flows.Products;

/// <summary>Bad product data is refused with file, row and column, on a copy of data/flows/products with one row spoiled.</summary>
public sealed class ProductLoaderHostileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("junkan-products-").FullName;

    public ProductLoaderHostileTests()
    {
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot(), "data", "flows", "products"), "*.csv")) File.Copy(f, Path.Combine(_folder, Path.GetFileName(f)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DataFormatException Spoil(string file, string line, string replacement, string? reported = null)
    {
        string path = Path.Combine(_folder, file), text = File.ReadAllText(path);
        int i = text.IndexOf(line, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{line}' not in {file}");
        File.WriteAllText(path, text[..i] + replacement + text[(i + line.Length)..]);
        var e = Assert.Throws<DataFormatException>(() => BundledProductTests.Load(_folder));
        Assert.EndsWith(reported ?? file, e.Place, StringComparison.Ordinal);
        Assert.NotNull(e.Row);
        return e;
    }

    [Fact]
    public void A_sold_product_without_lifetime_names_the_lifetime_column()
    {
        var e = Spoil("products.csv", "\"normal:mean=13.5,sd=4\",12.16,15,airia-hoyu-doko,3,0.28,0.2,0.35,jumvea-2019-used-car-exports,3,,\"Lifetime and export", ",12.16,15,airia-hoyu-doko,3,0.28,0.2,0.35,jumvea-2019-used-car-exports,3,,\"Lifetime and export");
        Assert.Equal("lifetime", e.Column);
        Assert.Contains("needs a lifetime", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_above_its_high_end_names_the_content_column()
    {
        var e = Spoil("product_contents.csv", "hev_car,Nd,1.0,0.5,1.5,", "hev_car,Nd,2.0,0.5,1.5,");
        Assert.Equal("content", e.Column);
    }

    [Fact]
    public void Years_that_go_back_name_the_year_column()
    {
        var e = Spoil("product_units.csv", "hev_car,2009,", "hev_car,1999,");
        Assert.Equal("year", e.Column);
        Assert.Contains("ascend", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_remainder_that_turns_negative_names_the_product_row_and_the_year()
    {
        var e = Spoil("product_units.csv", "hev_car,2019,1217000,1150000,1300000,", "hev_car,2019,9217000,,,", reported: "products.csv");
        Assert.Equal("remainder_of", e.Column);
        Assert.Contains("is negative in 20", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_source_is_refused()
    {
        Assert.Equal("source_id", Spoil("product_contents.csv", "ice_car,Cu,22.3,15,30,kg/unit,2021,iea-2021-conventional-car", "ice_car,Cu,22.3,15,30,kg/unit,2021,nowhere").Column);
    }

    [Fact]
    public void A_check_with_an_unknown_measure_is_refused()
    {
        Assert.Equal("measure", Spoil("published_checks.csv", "Cu,recovered_t,room_air_conditioner,2010", "Cu,recovered,room_air_conditioner,2010").Column);
    }
}
