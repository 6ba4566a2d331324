using Junkan.Data.Recyclability;
using Junkan.Data.Reference;
using Junkan.Data.Stocks;

namespace Junkan.Data.Tests.Recyclability;

/// <summary>emission_factors.csv: the bundled factors load with their citations; bad cells are named by file, row and column.</summary>
public sealed class EmissionFactorTests : IDisposable
{
    private static readonly string Bundled = Path.Combine(TestPaths.RepositoryRoot(), "data", "recyclability");
    private readonly string _copy = Directory.CreateTempSubdirectory("junkan-co2-").FullName;

    public EmissionFactorTests()
    {
        foreach (var f in Directory.GetFiles(Bundled, "*.csv")) File.Copy(f, Path.Combine(_copy, Path.GetFileName(f)));
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private static RecyclabilityData Load(string folder) => RecyclabilityDataLoader.Load(folder,
        ReferenceDataLoader.Load(TestPaths.ReferenceFolder()),
        ProductDataLoader.Load(Path.Combine(TestPaths.RepositoryRoot(), "data", "stocks", "product_inflows.csv")));

    [Fact]
    public void The_bundled_factors_load_with_their_sources()
    {
        var data = Load(Bundled);
        Assert.Equal(2.8, data.EmissionFactors["Cu"].Primary);
        Assert.Null(data.EmissionFactors["Cu"].Secondary);
        Assert.All(data.EmissionFactors.Values, f => Assert.True(data.Citations.ContainsKey(f.SourceId), f.SourceId));
        Assert.Contains(data.Files, f => f.EndsWith("emission_factors.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_without_the_file_has_no_factors()
    {
        File.Delete(Path.Combine(_copy, "emission_factors.csv"));
        var data = Load(_copy);
        Assert.Empty(data.EmissionFactors);
        Assert.DoesNotContain(data.Files, f => f.EndsWith("emission_factors.csv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Xx,2.8,,,,,kg CO2e/kg,metal,2014,nuss-eckelman-2014,4,", "element", "unknown element")]
    [InlineData("Cu,-2,,,,,kg CO2e/kg,metal,2014,nuss-eckelman-2014,4,", "primary", "positive")]
    [InlineData("Cu,abc,,,,,kg CO2e/kg,metal,2014,nuss-eckelman-2014,4,", "primary", "")]
    [InlineData("Cu,2.8,,,3.5,nuss-eckelman-2014,kg CO2e/kg,metal,2014,nuss-eckelman-2014,4,", "secondary", "0..primary")]
    [InlineData("Cu,2.8,,,,,t CO2/t,metal,2014,nuss-eckelman-2014,4,", "unit", "kg CO2e/kg")]
    [InlineData("Cu,2.8,,,,,kg CO2e/kg,metal,2014,nobody-2099,4,", "source_id", "unknown citation")]
    public void Bad_rows_are_named_by_file_row_and_column(string line, string column, string expected)
    {
        string path = Path.Combine(_copy, "emission_factors.csv");
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], line]);
        var e = Assert.Throws<DataFormatException>(() => Load(_copy));
        Assert.Equal(("emission_factors.csv", 2, column), (Path.GetFileName(e.File), e.Row, e.Column));
        Assert.Contains(expected, e.Problem);
    }

    [Fact]
    public void A_second_row_for_an_element_is_refused()
    {
        string path = Path.Combine(_copy, "emission_factors.csv");
        File.AppendAllLines(path, ["Cu,3.0,,,,,kg CO2e/kg,metal,2014,nuss-eckelman-2014,4,"]);
        var e = Assert.Throws<DataFormatException>(() => Load(_copy));
        Assert.Equal("element", e.Column);
    }
}
