using System.Text.Json;

namespace Junkan.Cli.Tests;

public class RiskCommandTests
{
    [Fact]
    public void Json_is_keyed_by_element_symbol_and_every_value_has_a_source()
    {
        var (code, stdout, err) = CliRunner.Run("risk", "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var elements = doc.RootElement.GetProperty("elements");
        foreach (var symbol in new[] { "Co", "REE", "Nd", "W", "Ni", "Cu" }) Assert.True(elements.TryGetProperty(symbol, out _), symbol);
        foreach (var el in elements.EnumerateObject())
            foreach (var ind in el.Value.EnumerateObject().Where(i => i.Value.TryGetProperty("status", out _)))
                if (ind.Value.GetProperty("value").ValueKind == JsonValueKind.Number)
                    Assert.True(ind.Value.GetProperty("sources").GetArrayLength() > 0, $"{el.Name} {ind.Name} has a value without a source");
    }

    /// <summary>
    /// ⑥ reads Japan's flow systems: tungsten is High (METI, seed 002: scrap leaves the country, domestic recycling is
    /// low), although the EU EOL-RIR proxy of 42 % would have said Low; copper, recycled at scale in Japan, stays Low.
    /// The EU figure is kept as a reference note.
    /// </summary>
    [Theory]
    [InlineData("W", "High", 0.03, 0.15)]
    [InlineData("Cu", "Low", 0.30, 0.60)]
    public void Secondary_supply_comes_from_Japans_flow_system_with_the_EU_rate_as_reference(string element, string level, double low, double high)
    {
        var (code, stdout, err) = CliRunner.Run("risk", "--element", element, "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var six = doc.RootElement.GetProperty("elements").GetProperty(element).GetProperty("secondary_supply");
        Assert.Equal(level, six.GetProperty("level").GetString());
        Assert.InRange(six.GetProperty("value").GetDouble(), low, high);
        Assert.False(six.TryGetProperty("proxy", out _));
        var notes = six.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToArray();
        Assert.Contains(notes, n => n.StartsWith("Japan's flow system", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("eu-eol-rir-2023", StringComparison.Ordinal) && n.Contains("not used for the level", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_flow_systems_beside_the_reference_tables_secondary_supply_is_the_labelled_EU_proxy()
    {
        string root = Path.Combine(Path.GetTempPath(), "junkan-risk-" + Guid.NewGuid().ToString("N"));
        string reference = Path.Combine(root, "reference");
        try
        {
            Directory.CreateDirectory(reference);
            foreach (var f in Directory.GetFiles(Path.Combine(CliRunner.RepoRoot(), "data", "reference")))
                File.Copy(f, Path.Combine(reference, Path.GetFileName(f)));
            var (code, stdout, err) = CliRunner.Run("risk", "--element", "W", "--format", "json", "--data", reference);
            Assert.True(code == 0, err);
            using var doc = JsonDocument.Parse(stdout);
            var six = doc.RootElement.GetProperty("elements").GetProperty("W").GetProperty("secondary_supply");
            Assert.Equal(0.42, six.GetProperty("value").GetDouble(), 6);
            Assert.Contains("eu-eol-rir-2023", six.GetProperty("proxy").GetString(), StringComparison.Ordinal);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void Unknown_element_is_exit_2_on_one_line()
    {
        var (code, stdout, err) = CliRunner.Run("risk", "--element", "Xx");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("junkan: bad input:", err);
    }

    [Fact]
    public void Missing_settings_file_is_exit_2()
    {
        var (code, _, err) = CliRunner.Run("risk", "--settings", "/nonexistent/settings.json");
        Assert.Equal(2, code);
        Assert.Contains("settings.json", err);
    }

    [Fact]
    public void Refining_stage_puts_the_refinery_hhi_on_axis_2_with_its_largest_producer()
    {
        var (code, stdout, err) = CliRunner.Run("risk", "--format", "json", "--stage", "refining");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("refining", doc.RootElement.GetProperty("stage").GetString());
        var cu = doc.RootElement.GetProperty("elements").GetProperty("Cu");
        var axis = cu.GetProperty("production_concentration");
        Assert.Equal("refined", axis.GetProperty("stage").GetString());
        // USGS MCS 2024, refined copper 2023e: China 12,000 of 27,000 kt, 44.4 % (ICSG: about 42 % in 2022).
        Assert.Equal(2165, axis.GetProperty("value").GetDouble(), 0);
        Assert.Equal("CHN 44.4 %", cu.GetProperty("refining_concentration").GetProperty("largest_producer").GetString());
        var co = doc.RootElement.GetProperty("elements").GetProperty("Co").GetProperty("production_concentration");
        Assert.Equal("no data", co.GetProperty("status").GetString());
        Assert.Contains("refinery rows only for", co.GetProperty("notes")[0].GetString());
    }

    [Fact]
    public void Import_dependence_weighting_is_off_by_default_and_makes_copper_refined_low()
    {
        var (code, stdout, err) = CliRunner.Run("risk", "--format", "json", "--element", "Cu");
        Assert.True(code == 0, err);
        using (var plain = JsonDocument.Parse(stdout))
            Assert.False(plain.RootElement.GetProperty("elements").GetProperty("Cu").TryGetProperty("import_dependence", out _));
        (code, stdout, err) = CliRunner.Run("risk", "--format", "json", "--element", "Cu", "--import-dependence");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var cu = doc.RootElement.GetProperty("elements").GetProperty("Cu");
        var refined = cu.GetProperty("import_dependence").GetProperty("import_stability_refined");
        // Comtrade 2020 HS 7403: 9,587 t against Japan's refined-copper demand FY2019 1,001,537 t (kozan-2020-base-metals): w = 0.96 %.
        Assert.Equal(0.00957, refined.GetProperty("weight").GetDouble(), 4);
        Assert.Equal("High", refined.GetProperty("unweighted_level").GetString());
        Assert.Equal("Low", refined.GetProperty("weighted_level").GetString());
        Assert.Equal("High", cu.GetProperty("import_stability_refined").GetProperty("level").GetString());
    }

    [Fact]
    public void Json_has_a_series_per_indicator_with_one_point_per_data_year()
    {
        var (code, stdout, err) = CliRunner.Run("risk", "--format", "json", "--element", "Co");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var mine = doc.RootElement.GetProperty("elements").GetProperty("Co").GetProperty("series").GetProperty("production_concentration");
        int[] years = mine.EnumerateArray().Select(p => p.GetProperty("year").GetInt32()).ToArray();
        Assert.Equal([2021, 2022, 2023], years);
        Assert.Equal(5550, mine[2].GetProperty("value").GetDouble(), 0);
    }
}
