using System.Text.Json;

namespace Junkan.Cli.Tests;

/// <summary>The CO2 effect of recycling in <c>assess</c>: recovered today × the primary factor, gaps shown as gaps.</summary>
public class AssessCarbonTests
{
    [Fact]
    public void Copper_avoids_its_recovered_tonnes_times_2_8_gross_and_gallium_is_a_gap()
    {
        var (code, stdout, err) = CliRunner.Run("assess", "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var elements = doc.RootElement.GetProperty("elements");
        var cu = elements.GetProperty("Cu");
        var co2 = cu.GetProperty("co2");
        double recovered = cu.GetProperty("recoverable_t").GetDouble();
        Assert.Equal(recovered * 2.8, co2.GetProperty("avoided_today_t").GetDouble(), 6);
        Assert.True(co2.GetProperty("gross").GetBoolean());
        // Order of magnitude: 0.3-3 Mt CO2e/y for 0.3-0.6 Mt of copper, against Japan's 1,135 Mt (FY2022): about 0.1 %.
        Assert.InRange(co2.GetProperty("avoided_today_t").GetDouble(), 3e5, 3e6);
        var ga = elements.GetProperty("Ga").GetProperty("co2");
        Assert.True(ga.TryGetProperty("gap", out _));
        Assert.Equal(JsonValueKind.Null, ga.GetProperty("avoided_today_t").ValueKind);
    }

    [Fact]
    public void The_table_shows_the_effect_with_its_caveat()
    {
        var (code, stdout, err) = CliRunner.Run("assess", "--element", "Cu");
        Assert.True(code == 0, err);
        Assert.Contains("CO2 effect of recycling", stdout);
        Assert.Contains("gap (gross)", stdout);
        Assert.Contains("upper bound", stdout);
    }
}
