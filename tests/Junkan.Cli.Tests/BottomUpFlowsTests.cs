using System.Text.Json;

namespace Junkan.Cli.Tests;

/// <summary><c>flows</c> shows the bottom-up product systems beside the top-down system (issue 12 §2).</summary>
public sealed class BottomUpFlowsTests
{
    [Fact]
    public void Flows_json_for_copper_has_bottom_up_rows_with_ratios_and_the_appliance_law_copper_of_fy2012()
    {
        var (code, stdout, err) = CliRunner.Run("flows", "--element", "Cu", "--year", "2012", "--format", "json", "--draws", "0");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var cu = Assert.Single(doc.RootElement.GetProperty("bottom_up").GetProperty("elements").EnumerateArray());
        var rows = cu.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("year").GetInt32() == 2012).ToArray();
        Assert.Equal(["collected", "end_of_life"], rows.Select(r => r.GetProperty("compared").GetString()).Order());
        foreach (var r in rows)
        {
            double bu = r.GetProperty("bottom_up_t").GetDouble(), td = r.GetProperty("top_down_t").GetDouble();
            Assert.Equal(bu / td, r.GetProperty("ratio").GetDouble(), 4);
            Assert.Equal(bu - td, r.GetProperty("difference_t").GetDouble(), 3);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("reading_ja").GetString()));
        }
        var fy2012 = cu.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("measure").GetString() == "recovered_t" && c.GetProperty("year").GetInt32() == 2012);
        Assert.Equal(13653, fy2012.GetProperty("published").GetDouble());
        Assert.InRange(fy2012.GetProperty("ratio").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public void The_flows_table_for_neodymium_prints_the_reconciliation_and_the_per_vehicle_contents()
    {
        var (code, stdout, err) = CliRunner.Run("flows", "--element", "Nd", "--draws", "0");
        Assert.True(code == 0, err);
        Assert.Contains("Bottom-up product systems against the top-down system", stdout, StringComparison.Ordinal);
        Assert.Contains("hev_car", stdout, StringComparison.Ordinal);
        Assert.Contains("ndfeb_magnet", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_element_without_products_has_an_empty_bottom_up_list()
    {
        var (code, stdout, err) = CliRunner.Run("flows", "--element", "W", "--format", "json", "--draws", "0");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Empty(doc.RootElement.GetProperty("bottom_up").GetProperty("elements").EnumerateArray());
    }
}
