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
        // Supply from the Li flow system, compared with the published EV figure (Nikkei 2024: 150,000 EVs in 2030 × 0.47 t).
        var ev = root.GetProperty("supply").EnumerateArray().Single(s => s.GetProperty("stream").GetString() == "lib-ev");
        Assert.Equal("flow system", ev.GetProperty("basis").GetString());
        Assert.Equal(2030, ev.GetProperty("year").GetInt32());
        var nikkei = ev.GetProperty("published").EnumerateArray().Single(p => p.GetProperty("source").GetString() == "nikkei-2024-ev-battery");
        Assert.InRange(nikkei.GetProperty("ratio").GetDouble(), 0.3, 3.0);
        double collected = root.GetProperty("collection").EnumerateArray().Sum(f => f.GetProperty("t").GetDouble());
        Assert.True(collected >= 0.5 * ev.GetProperty("tonnes").GetDouble() - 1, $"collected {collected}");
    }

    [Fact]
    public void PvCaseShowsTheFlowSystemBesideTheCaseFileTotalWithoutApplyingIt()
    {
        var (code, stdout, err) = CliRunner.Run("network", "--case", Case("pv-japan.yaml"), "--format", "json", "--time-limit", "60");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var supply = doc.RootElement.GetProperty("supply").EnumerateArray().ToList();
        var used = supply.Single(s => s.GetProperty("basis").GetString() == "case file");
        Assert.Equal(500_000, used.GetProperty("tonnes").GetDouble(), 6);
        Assert.Contains(supply, s => s.GetProperty("basis").GetString()!.StartsWith("flow system (comparison", StringComparison.Ordinal));
        Assert.Contains(used.GetProperty("published").EnumerateArray(), p => p.GetProperty("source").GetString() == "moe-pv-survey");
        // Payables: labelled estimates; revenue = t × price × share, and the sum is the cost table's revenue.
        var revenue = doc.RootElement.GetProperty("revenue_by_element").EnumerateArray().ToList();
        var al = revenue.Single(r => r.GetProperty("element").GetString() == "Al");
        Assert.Equal("estimate", al.GetProperty("payable_basis").GetString());
        Assert.Equal(al.GetProperty("recovered_t").GetDouble() * 315_000 * 0.75, al.GetProperty("revenue_jpy").GetDouble(), 1e-6 * al.GetProperty("revenue_jpy").GetDouble());
        Assert.Equal(doc.RootElement.GetProperty("cost_jpy_per_year").GetProperty("revenue").GetDouble(), revenue.Sum(r => r.GetProperty("revenue_jpy").GetDouble()), 1.0);
        // Cost checks: the plants' treatment cost per tonne lies in the MOE survey's range (8,000-12,000 JPY/kW), and
        // revenue per tonne collected is the cost table's revenue over the tonnes collected.
        var checks = doc.RootElement.GetProperty("cost_checks").EnumerateArray().ToList();
        var moe = checks.First(k => k.GetProperty("source").GetString() == "moe-pv-recycling-cost");
        Assert.True(moe.GetProperty("in_range").GetBoolean(), moe.ToString());
        double collected = doc.RootElement.GetProperty("collection").EnumerateArray().Sum(f => f.GetProperty("t").GetDouble());
        var rev = checks.Single(k => k.GetProperty("measure").GetString() == "revenue");
        Assert.Equal(doc.RootElement.GetProperty("cost_jpy_per_year").GetProperty("revenue").GetDouble() / collected, rev.GetProperty("model_jpy_per_t").GetDouble(), 1e-6);
    }

    [Fact]
    public void Co2ObjectiveGivesTheLowestCo2PlanInTonnesNotYen()
    {
        string fukuoka = Path.Combine("regional", "lib-fukuoka.yaml");
        var (code, stdout, err) = CliRunner.Run("network", "solve", "--case", Case(fukuoka), "--objective", "co2", "--format", "json", "--time-limit", "30");
        Assert.True(code == 0, err);
        var (code2, stdout2, err2) = CliRunner.Run("network", "--case", Case(fukuoka), "--format", "json", "--time-limit", "30");
        Assert.True(code2 == 0, err2);
        using var green = JsonDocument.Parse(stdout);
        using var cheap = JsonDocument.Parse(stdout2);
        var g = green.RootElement;
        Assert.Equal("co2", g.GetProperty("minimised").GetString());
        Assert.Equal(JsonValueKind.Null, g.GetProperty("objective_jpy").ValueKind);
        double net = g.GetProperty("co2_t_per_year").GetProperty("net").GetDouble();
        Assert.Equal(g.GetProperty("objective_t_co2e").GetDouble(), net, 1e-4 * Math.Abs(net));
        Assert.Equal("cost", cheap.RootElement.GetProperty("minimised").GetString());
        Assert.True(net <= cheap.RootElement.GetProperty("co2_t_per_year").GetProperty("net").GetDouble() + 1e-6);
        Assert.True(g.GetProperty("cost_jpy_per_year").GetProperty("net").GetDouble() >= cheap.RootElement.GetProperty("objective_jpy").GetDouble() - 1);
    }

    [Fact]
    public void ParetoObjectiveComputesTheDefaultFront()
    {
        var (code, stdout, err) = CliRunner.Run("network", "solve", "--case", Case(Path.Combine("regional", "lib-fukuoka.yaml")), "--objective", "pareto", "--format", "json", "--time-limit", "30");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var front = doc.RootElement.GetProperty("pareto").EnumerateArray().ToList();
        Assert.Equal(5, front.Count);
        Assert.True(front[^1].GetProperty("co2_t").GetDouble() <= front[0].GetProperty("co2_t").GetDouble());
        Assert.True(front[^1].GetProperty("cost_jpy").GetDouble() >= front[0].GetProperty("cost_jpy").GetDouble());
    }

    [Theory]
    [InlineData("--objective", "co2", "--periods")]
    [InlineData("--objective", "money")]
    public void BadObjectiveIsAUsageErrorNamingTheOption(params string[] args)
    {
        var (code, _, err) = CliRunner.Run(["network", "solve", "--case", Case("lib-japan.yaml"), .. args]);
        Assert.Equal(1, code);
        Assert.Contains("--objective", err, StringComparison.Ordinal);
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

public sealed class NetworkMunicipalCaseTests
{
    private static string Case(string name) => Path.Combine(CliRunner.RepoRoot(), "data", "network", name);

    [Fact]
    public void FukuokaMunicipalCaseSolvesWithPeriodsAndKeepsOpenedSitesOpen()
    {
        // With the cited hub and refinery costs the joint three-period model is hard: on an idle machine 21.7 % gap after
        // 20 s and 11.9 % after 60 s without the nested start, 16.0 % and 7.5 % with it. The test checks the plan, the
        // start and the gap arithmetic, not the solver's speed.
        var (code, stdout, err) = CliRunner.Run("network", "--case", Case(Path.Combine("regional", "lib-fukuoka.yaml")), "--periods", "--format", "json", "--time-limit", "20");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        Assert.Equal(35 * 2, root.GetProperty("collection").GetArrayLength());   // 35 municipalities, intact and damaged packs, one hub each
        var periods = root.GetProperty("periods");
        Assert.Contains(periods.GetProperty("status").GetString(), new[] { "optimal", "feasible (gap)" });
        double gap = periods.GetProperty("gap").GetDouble(), pv = periods.GetProperty("objective_pv_jpy").GetDouble(), bound = periods.GetProperty("bound_jpy").GetDouble();
        Assert.Equal((pv - bound) / Math.Abs(pv), gap, 1e-9);
        Assert.InRange(gap, 0, 0.5);   // a plan with a proven bound below it, not a race against the clock
        var start = periods.GetProperty("nested_start");
        Assert.InRange(start.GetProperty("candidates").GetInt32(), 1, 40);
        Assert.True(pv <= start.GetProperty("objective_pv_jpy").GetDouble() + 1e-6 * Math.Abs(pv), "the joint MILP keeps the nested start or finds better");
        Assert.True(start.GetProperty("objective_pv_jpy").GetDouble() >= bound, "the start is a plan, above the bound");
        var years = periods.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("opened").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToHashSet()).ToList();
        Assert.Equal(3, years.Count);
        Assert.Subset(years[1], years[0]);
        Assert.Subset(years[2], years[1]);
    }
}
