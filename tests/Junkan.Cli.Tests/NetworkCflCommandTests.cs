using System.Text.Json;

namespace Junkan.Cli.Tests;

/// <summary><c>junkan network cfl</c>: OR-Library instances against capopt.txt, and its bad input.</summary>
public sealed class NetworkCflCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("junkan-cfl-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Instance(string name) => Path.Combine(CliRunner.RepoRoot(), "data", "network", "orlib-cfl", name + ".txt");

    [Fact]
    public void Cap41ReachesThePublishedOptimum()
    {
        var (code, stdout, err) = CliRunner.Run("network", "cfl", Instance("cap41"), "--format", "json", "--time-limit", "30");
        Assert.True(code == 0, err);
        var doc = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("optimal", doc.GetProperty("status").GetString());
        // capopt.txt: cap41 1040444.375
        Assert.Equal(1040444.375, doc.GetProperty("published_optimum").GetDouble());
        Assert.Equal(1040444.375, doc.GetProperty("objective").GetDouble(), 0.01);
        Assert.Equal(0, doc.GetProperty("difference").GetDouble(), 0.01);
        Assert.Equal(16, doc.GetProperty("facilities").GetInt32());
        Assert.Equal(50, doc.GetProperty("customers").GetInt32());
        Assert.NotEmpty(doc.GetProperty("open").EnumerateArray());
    }

    [Fact]
    public void TablePrintsObjectiveBoundGapOpenFacilitiesAndThePublishedOptimum()
    {
        var (code, stdout, err) = CliRunner.Run("network", "cfl", Instance("cap41"), "--time-limit", "30");
        Assert.True(code == 0, err);
        Assert.Contains("optimal", stdout, StringComparison.Ordinal);
        Assert.Contains("1,040,444.375", stdout, StringComparison.Ordinal);
        Assert.Contains("Open facilities", stdout, StringComparison.Ordinal);
        Assert.Contains("difference", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleSourcingOfCap41IsInfeasibleBecauseACustomerExceedsEveryCapacity()
    {
        // cap41: customer demands up to 12,912, every facility holds 5,000: no single facility can serve that customer.
        var (code, stdout, _) = CliRunner.Run("network", "cfl", Instance("cap41"), "--single-source", "--format", "json", "--time-limit", "30");
        Assert.Equal(2, code);
        Assert.Equal("infeasible", JsonDocument.Parse(stdout).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void AFileWithoutCapoptBesideItPrintsNoPublishedOptimum()
    {
        string tiny = Path.Combine(_dir, "tiny.txt");
        // 2 facilities (capacity 10, fixed 5 and 7), 1 customer of demand 4 costing 8 or 2: open f2, 7 + 2 = 9.
        File.WriteAllText(tiny, "2 1\n10 5\n10 7\n4\n8 2\n");
        var (code, stdout, err) = CliRunner.Run("network", "cfl", tiny, "--format", "json");
        Assert.True(code == 0, err);
        var doc = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(9, doc.GetProperty("objective").GetDouble(), 1e-6);
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("published_optimum").ValueKind);
        Assert.Equal("f2", doc.GetProperty("open")[0].GetString());
    }

    [Fact]
    public void AMissingFileIsBadInput()
    {
        var (code, _, err) = CliRunner.Run("network", "cfl", Path.Combine(_dir, "nope.txt"));
        Assert.Equal(2, code);
        Assert.Contains("nope.txt", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2 2\n10 5\n10 x\n", ":3:column 4:", "fixed cost of facility 2")]
    [InlineData("2 2\n10 5\n10 7\n4\n8\n", ":5:", "ends before")]
    [InlineData("2 1\n10 5\n-10 7\n4\n8 2\n", ":3:column 1:", "must be >= 0")]
    [InlineData("2.5 1\n", ":1:column 1:", "whole number")]
    [InlineData("1 1\n10 5\n4\n8\n9\n", ":5:column 1:", "more numbers")]
    public void AMalformedInstanceNamesFileLineAndColumn(string text, string place, string problem)
    {
        string bad = Path.Combine(_dir, "bad.txt");
        File.WriteAllText(bad, text);
        var (code, _, err) = CliRunner.Run("network", "cfl", bad);
        Assert.Equal(2, code);
        Assert.Contains("bad.txt" + place, err, StringComparison.Ordinal);
        Assert.Contains(problem, err, StringComparison.Ordinal);
    }

    [Fact]
    public void ATimeLimitOfZeroIsAUsageError()
    {
        var (code, _, err) = CliRunner.Run("network", "cfl", Instance("cap41"), "--time-limit", "0");
        Assert.Equal(1, code);
        Assert.Contains("--time-limit", err, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCaseCommandStillWorksBesideTheSubcommand()
    {
        var (code, _, err) = CliRunner.Run("network", "--case", Path.Combine(CliRunner.RepoRoot(), "data", "network", "lib-japan.yaml"), "--pareto", "1");
        Assert.Equal(1, code);
        Assert.Contains("--pareto", err, StringComparison.Ordinal);
    }
}
