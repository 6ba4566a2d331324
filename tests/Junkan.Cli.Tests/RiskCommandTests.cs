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
