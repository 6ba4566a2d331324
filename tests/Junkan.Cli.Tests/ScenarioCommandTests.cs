using System.Text.Json;

namespace Junkan.Cli.Tests;

/// <summary>The bundled product scenarios (data/stocks/README.md) through the commands that take <c>--scenario</c>.</summary>
public class ScenarioCommandTests
{
    [Theory]
    [InlineData("reference")]
    [InlineData("high_electrification")]
    public void Assess_runs_each_bundled_scenario_and_names_it(string scenario)
    {
        var (code, stdout, err) = CliRunner.Run("assess", "--scenario", scenario, "--element", "Co", "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(scenario, doc.RootElement.GetProperty("scenario").GetString());
        Assert.True(doc.RootElement.GetProperty("elements").TryGetProperty("Co", out _));
    }

    [Fact]
    public void Select_runs_the_high_electrification_scenario_with_clean_json()
    {
        var (code, stdout, err) = CliRunner.Run("select", "--scenario", "high_electrification", "--draws", "200", "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        Assert.True(doc.RootElement.GetProperty("elements").EnumerateObject().Any());
    }

    [Fact]
    public void The_stocks_table_has_both_scenarios_and_high_electrification_has_the_larger_stock_in_2035()
    {
        var (code, stdout, err) = CliRunner.Run("stocks", "--products", Path.Combine(CliRunner.RepoRoot(), "data", "stocks", "product_inflows.csv"),
            "--from", "2035", "--to", "2035", "--format", "csv");
        Assert.True(code == 0, err);
        double Stock(string scenario) => double.Parse(
            stdout.Split('\n').Single(l => l.StartsWith($"{scenario},bev_passenger_car,2035,stock,", StringComparison.Ordinal)).Split(',')[5],
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Stock("high_electrification") > Stock("reference"));
    }

    [Fact]
    public void An_unknown_scenario_is_bad_input_that_lists_the_known_ones()
    {
        var (code, _, err) = CliRunner.Run("assess", "--scenario", "net_zero", "--element", "Co");
        Assert.Equal(2, code);
        Assert.Contains("reference, high_electrification", err);
    }
}
