using System.Text.Json;

namespace Junkan.Cli.Tests;

public sealed class FlowsCommandTests
{
    [Fact]
    public void Flows_json_has_every_flow_with_its_range_and_sources_the_in_use_stock_and_a_balance_that_closes()
    {
        var (code, stdout, err) = CliRunner.Run("flows", "--element", "Cu", "--year", "2019", "--format", "json", "--draws", "20");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var system = Assert.Single(doc.RootElement.GetProperty("systems").EnumerateArray());
        Assert.True(system.GetProperty("in_use_stock_t").GetDouble() > 1e6, "Japan's copper in use is millions of tonnes");
        foreach (var f in system.GetProperty("flows").EnumerateArray())
        {
            double v = f.GetProperty("value_t").GetDouble();
            Assert.True(f.GetProperty("low_t").GetDouble() <= f.GetProperty("high_t").GetDouble());
            Assert.True(v >= 0);
            Assert.NotEmpty(f.GetProperty("sources").EnumerateArray());
        }
        foreach (var b in system.GetProperty("balance").EnumerateArray())
            Assert.True(Math.Abs(b.GetProperty("residual_t").GetDouble()) < 1e-6 * Math.Max(1, b.GetProperty("input_t").GetDouble()), b.GetProperty("process").GetString());
        Assert.Equal("published", system.GetProperty("demand_basis").GetString());
    }

    [Fact]
    public void The_ree_group_gives_one_system_per_member()
    {
        var (code, stdout, err) = CliRunner.Run("flows", "--element", "REE", "--format", "json", "--draws", "0");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(["Ce", "Dy", "La", "Nd", "Pr", "Tb", "Y"], doc.RootElement.GetProperty("systems").EnumerateArray().Select(s => s.GetProperty("element").GetString()).Order());
    }

    [Fact]
    public void A_sankey_is_written_as_svg_and_a_wrong_extension_is_a_usage_error()
    {
        string dir = Directory.CreateTempSubdirectory("junkan-sankey-").FullName;
        var (code, _, err) = CliRunner.Run("flows", "--element", "Nd", "--draws", "0", "--sankey", Path.Combine(dir, "nd.svg"), "--lang", "ja");
        Assert.True(code == 0, err);
        Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(dir, "nd.svg")).TrimStart(), StringComparison.Ordinal);
        var bad = CliRunner.Run("flows", "--element", "Nd", "--draws", "0", "--sankey", Path.Combine(dir, "nd.txt"));
        Assert.Equal(1, bad.Code);
        Assert.Contains("--sankey", bad.Err, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }

    [Theory]
    [InlineData("Xx", 2)]
    [InlineData("Cu", 2, "--year", "1500")]
    [InlineData("Cu", 1, "--scenario", "wild")]
    public void Bad_requests_exit_with_their_code_and_one_line(string element, int exit, params string[] extra)
    {
        var (code, stdout, err) = CliRunner.Run(["flows", "--element", element, "--draws", "0", .. extra]);
        Assert.Equal(exit, code);
        Assert.Equal("", stdout);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

public sealed class SelectGapTests
{
    [Fact]
    public void Select_json_says_for_every_element_what_the_gaps_do_to_its_rank()
    {
        var (code, stdout, err) = CliRunner.Run("select", "--draws", "50", "--seed", "1", "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        int top = doc.RootElement.GetProperty("selected").GetArrayLength();
        foreach (var e in doc.RootElement.GetProperty("elements").EnumerateObject())
        {
            var g = e.Value.GetProperty("gaps");
            Assert.Equal("worst", g.GetProperty("rule").GetString());
            Assert.Equal("neutral", g.GetProperty("other_rule").GetString());
            int rank = e.Value.GetProperty("rank").GetInt32(), other = g.GetProperty("rank_other_rule").GetInt32();
            bool missing = g.GetProperty("missing_criteria").GetArrayLength() > 0;
            bool expected = missing && (Math.Abs(rank - other) >= 3 || (rank <= top) != (other <= top));
            Assert.Equal(expected, g.GetProperty("rank_rests_on_gaps").GetBoolean());
        }
    }
}
