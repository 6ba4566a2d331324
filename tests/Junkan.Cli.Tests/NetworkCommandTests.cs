using System.Text.Json;

namespace Junkan.Cli.Tests;

public sealed class NetworkCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("junkan-network-").FullName;
    private static string Case(string name) => Path.Combine(CliRunner.RepoRoot(), "data", "network", name);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LiIonCaseSolvesToOptimalityWithCostAndCo2InJson()
    {
        var (code, stdout, err) = CliRunner.Run("network", "--case", Case("lib-japan.yaml"), "--format", "json", "--time-limit", "60");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        int hubs = root.GetProperty("opened").EnumerateArray().Count(o => o.GetProperty("kind").GetString() == "hub");
        Assert.InRange(hubs, 1, 12);
        Assert.Equal(root.GetProperty("objective_jpy").GetDouble(), root.GetProperty("cost_jpy_per_year").GetProperty("net").GetDouble(), 1e-3 * Math.Abs(root.GetProperty("objective_jpy").GetDouble()));
        Assert.True(root.GetProperty("co2_t_per_year").GetProperty("transport").GetDouble() > 0);
    }

    [Fact]
    public void ParetoOfOnePointIsAUsageError()
    {
        var (code, _, err) = CliRunner.Run("network", "--case", Case("lib-japan.yaml"), "--pareto", "1");
        Assert.Equal(1, code);
        Assert.Contains("--pareto", err, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroTimeLimitIsAUsageError()
    {
        var (code, _, err) = CliRunner.Run("network", "--case", Case("lib-japan.yaml"), "--time-limit", "0");
        Assert.Equal(1, code);
        Assert.Contains("--time-limit", err, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingCaseFileIsBadInputNamingIt()
    {
        string missing = Path.Combine(_dir, "none.yaml");
        var (code, _, err) = CliRunner.Run("network", "--case", missing);
        Assert.Equal(2, code);
        Assert.Contains("none.yaml", err, StringComparison.Ordinal);
    }

    [Fact]
    public void TooFewHubsForTheHazardRulesIsReportedInfeasibleWithTheGroup()
    {
        // With one hub, damaged packs (400 km limit) cannot all reach it.
        var (code, stdout, _) = CliRunner.Run("network", "--case", Case("lib-japan.yaml"), "--hubs", "1", "--format", "json");
        Assert.Equal(2, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("infeasible", doc.RootElement.GetProperty("status").GetString());
        Assert.Contains(doc.RootElement.GetProperty("binding").EnumerateArray(), b => b.GetProperty("group").GetString() == "number of hubs");
    }
}
