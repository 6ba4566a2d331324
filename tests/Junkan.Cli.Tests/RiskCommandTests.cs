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
            foreach (var ind in el.Value.EnumerateObject())
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
}
