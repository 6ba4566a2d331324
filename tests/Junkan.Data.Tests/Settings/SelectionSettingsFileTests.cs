using Junkan.Data.Settings;

namespace Junkan.Data.Tests.Settings;

public sealed class SelectionSettingsFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("junkan-selection-").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    private string Write(string extra)
    {
        string path = Path.Combine(folder, "selection.json");
        File.WriteAllText(path, $$"""{ "year": 2024, "forecast_year": 2040, {{extra}} "weights": { "recoverable": 1 } }""");
        return path;
    }

    [Fact]
    public void Horizons_are_read_and_default_to_2030_2040_2050()
    {
        Assert.Equal([2030, 2035], SelectionSettingsFile.Load(Write("\"horizons\": [2030, 2035],")).Horizons);
        var defaults = SelectionSettingsFile.Load(Write(""));
        Assert.Equal([2030, 2040, 2050], defaults.Horizons);
        Assert.Equal(2050, defaults.LastYear);
        Assert.Equal([2030, 2040, 2050], defaults.ReportYears);
    }

    [Fact]
    public void The_forecast_year_joins_the_report_years_once()
    {
        var s = SelectionSettingsFile.Load(Write("\"horizons\": [2030, 2050],"));
        Assert.Equal([2030, 2040, 2050], s.ReportYears);
    }

    [Theory]
    [InlineData("\"horizons\": [2040, 2030],", "2030 follows 2040")]
    [InlineData("\"horizons\": [2020],", "2020 is before year 2024")]
    [InlineData("\"horizons\": [2030, \"x\"],", "horizons[1]")]
    [InlineData("\"horizons\": 2030,", "an array of years")]
    public void Bad_horizons_name_the_file_and_what_is_wrong(string extra, string expected)
    {
        var e = Assert.Throws<DataFormatException>(() => SelectionSettingsFile.Load(Write(extra)));
        Assert.Equal("selection.json", e.File);
        Assert.Contains(expected, e.Message);
    }
}
