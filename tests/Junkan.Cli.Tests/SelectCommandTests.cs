using System.Text.Json;

namespace Junkan.Cli.Tests;

public class SelectCommandTests
{
    [Fact]
    public void Assess_json_is_keyed_by_symbol_covers_every_target_and_cites_every_input()
    {
        var (code, stdout, err) = CliRunner.Run("assess", "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var elements = doc.RootElement.GetProperty("elements");
        foreach (var symbol in new[] { "Bi", "Co", "Cr", "F", "Ga", "Ge", "In", "Mg", "Mn", "Mo", "Ni", "P", "Sb", "Se", "Si", "Ta", "Te", "Ti", "V", "W", "Zr", "REE", "Nd", "Dy", "Tb", "Pr", "I", "Li", "Cu", "Graphite" })
            Assert.True(elements.TryGetProperty(symbol, out _), symbol);
        foreach (var element in elements.EnumerateObject())
            foreach (var source in element.Value.GetProperty("sources").EnumerateArray())
                foreach (var p in source.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
                    Assert.False(string.IsNullOrEmpty(p.Value.GetProperty("source").GetString()), $"{element.Name} {p.Name} has no source");
    }

    [Fact]
    public void Assess_reports_2030_2040_and_2050_and_the_forecast_year_matches_the_growth_input()
    {
        var (code, stdout, err) = CliRunner.Run("assess", "--element", "Co", "--format", "json", "--scenario", "high_electrification");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var co = doc.RootElement.GetProperty("elements").GetProperty("Co");
        var horizons = co.GetProperty("horizons");
        Assert.Equal(["2030", "2040", "2050"], horizons.EnumerateObject().Select(p => p.Name));
        var at2040 = horizons.GetProperty("2040");
        Assert.Equal(co.GetProperty("forecast_recoverable_t").GetDouble(), at2040.GetProperty("recoverable_t").GetDouble(), 6);
        Assert.InRange(at2040.GetProperty("demand_share").GetDouble(), 0, 1);
        // Li-ion demand grows after the last published year (METI's battery target), so more batteries leave by 2050 than by 2040.
        Assert.True(horizons.GetProperty("2050").GetProperty("recoverable_t").GetDouble() > at2040.GetProperty("recoverable_t").GetDouble());
    }

    [Fact]
    public void Assess_json_shows_value_density_with_its_usd_price_and_names_elements_without_a_price()
    {
        var (code, stdout, err) = CliRunner.Run("assess", "--element", "Co", "--format", "json");
        Assert.True(code == 0, err);
        using (var doc = JsonDocument.Parse(stdout))
        {
            var co = doc.RootElement.GetProperty("elements").GetProperty("Co");
            Assert.True(co.GetProperty("criteria").TryGetProperty("value_density", out _));
            var price = co.GetProperty("price");                               // LME cobalt, 29 USD/lb in 2022 (no later LME price)
            Assert.Equal("USD/t", price.GetProperty("unit").GetString());
            Assert.Equal(2022, price.GetProperty("year").GetInt32());
            Assert.Equal(29 * 1000 / 0.45359237, price.GetProperty("value").GetDouble(), 6);
            Assert.StartsWith("usgs-mcs-", price.GetProperty("source").GetString());
        }

        (code, stdout, err) = CliRunner.Run("assess", "--format", "json");
        Assert.True(code == 0, err);
        using (var doc = JsonDocument.Parse(stdout))
        {
            var elements = doc.RootElement.GetProperty("elements");
            // W: carbide scrap at 85 % W × 260 USD per mtu of WO3 (2023) = 26,000 USD/t WO3 ÷ (183.84 / 231.837) W in WO3.
            double w = 0.85 * 26_000 / (183.84 / (183.84 + 3 * 15.999));
            Assert.Equal(w, elements.GetProperty("W").GetProperty("criteria").GetProperty("value_density").GetDouble(), 6);
            foreach (var symbol in new[] { "F", "P", "Ti", "Zr", "REE", "Pr" })
            {
                var e = elements.GetProperty(symbol);
                Assert.Equal(JsonValueKind.Null, e.GetProperty("price").ValueKind);
                Assert.Contains(e.GetProperty("flags").EnumerateArray(), f => f.GetString()!.Contains("no price for value_density"));
            }
            foreach (var symbol in new[] { "Bi", "Co", "Cr", "Cu", "Ga", "Ge", "Graphite", "I", "In", "Li", "Mg", "Mn", "Mo", "Ni", "Nd", "Dy", "Tb", "Sb", "Se", "Si", "Ta", "Te", "V", "W" })
                Assert.True(elements.GetProperty(symbol).GetProperty("price").GetProperty("value").GetDouble() > 0, symbol);
        }
    }

    [Fact]
    public void Select_is_deterministic_for_a_seed_and_keeps_json_clean()
    {
        var (code, a, err) = CliRunner.Run("select", "--draws", "200", "--seed", "5", "--format", "json");
        Assert.True(code == 0, err);
        var (_, b, _) = CliRunner.Run("select", "--draws", "200", "--seed", "5", "--format", "json");
        Assert.Equal(a, b);
        using var doc = JsonDocument.Parse(a);                                 // no progress text in stdout
        var elements = doc.RootElement.GetProperty("elements");
        var selected = doc.RootElement.GetProperty("selected").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(8, selected.Length);
        foreach (var s in selected)
        {
            var e = elements.GetProperty(s);
            Assert.True(e.GetProperty("selected").GetBoolean());
            Assert.Contains("selected", e.GetProperty("reason").GetString());
            Assert.InRange(e.GetProperty("selection_probability").GetDouble(), 0, 1);
        }
        Assert.True(doc.RootElement.GetProperty("sensitivity").TryGetProperty("supply_risk", out _));
        Assert.True(doc.RootElement.GetProperty("sensitivity").TryGetProperty("value_density", out _));   // weight 1 in config/selection-settings.json
        Assert.Equal("USD/t", elements.GetProperty("W").GetProperty("criteria").GetProperty("value_density").GetProperty("unit").GetString());
    }

    [Fact]
    public void A_bad_weights_file_is_bad_input_naming_the_key()
    {
        string file = Path.Combine(Path.GetTempPath(), $"weights-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "weights": { "recoverable": 1, "beauty": 2 } }""");
        try
        {
            var (code, stdout, err) = CliRunner.Run("select", "--draws", "0", "--weights", file);
            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            Assert.Contains("weights.beauty", err);
            File.WriteAllText(file, """{ "weights": { "recoverable": -1 } }""");
            Assert.Contains("weights are finite numbers >= 0", CliRunner.Run("select", "--draws", "0", "--weights", file).Err);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Negative_draws_are_a_usage_error() => Assert.Equal(1, CliRunner.Run("select", "--draws", "-1").Code);
}
