namespace Junkan.Cli.Tests;

public class PolicyCommandTests
{
    private static string Scenario(string name) => Path.Combine(CliRunner.RepoRoot(), "examples", "scenarios", name);

    [Fact]
    public void Csv_names_the_measure_kind_that_moved_each_indicator()
    {
        var (code, stdout, err) = CliRunner.Run("policy", "--scenario", Scenario("magnet-substitution.yaml"), "--format", "csv");
        Assert.True(code == 0, err);
        var lines = stdout.Trim().Split('\n');
        Assert.Equal("scenario,element,indicator,value_before,level_before,value_after,level_after,moved_by", lines[0]);
        var ndPrice = lines.Single(l => l.StartsWith("Magnet substitution,Nd,price_volatility,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("substitution", ndPrice[^1]);
        // volatility × remaining demand: 1 − 0.60 × 0.33 of the exposure is left
        Assert.Equal(double.Parse(ndPrice[3], System.Globalization.CultureInfo.InvariantCulture) * (1 - 0.60 * 0.33),
            double.Parse(ndPrice[5], System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Contains(lines, l => l.StartsWith("Magnet substitution,Nd,import_stability_concentrate,,n/a,,n/a,", StringComparison.Ordinal));
    }

    [Fact]
    public void Three_scenarios_side_by_side_in_json()
    {
        var (code, stdout, err) = CliRunner.Run("policy", "--scenario", Scenario("ree-diversify.yaml"), "--scenario", Scenario("recycling-push.yaml"),
            "--scenario", Scenario("magnet-substitution.yaml"), "--format", "json");
        Assert.True(code == 0, err);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal(["REE diversification", "Recycling support", "Magnet substitution"], doc.RootElement.EnumerateObject().Select(p => p.Name));
    }
}
