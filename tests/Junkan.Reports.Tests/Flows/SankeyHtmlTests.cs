using System.Globalization;
using System.Text.RegularExpressions;
using Junkan.Core.Flows;
using Junkan.Reports.Flows;

namespace Junkan.Reports.Tests.Flows;

public sealed partial class SankeyHtmlTests
{
    [Fact]
    public void The_page_embeds_the_svg_and_lists_every_flow_with_its_sources()
    {
        var system = SankeyFixture.Create();
        string html = SankeyDiagram.Html(system, 2020, "en");
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        string table = html[html.IndexOf("<table class=\"flows\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(system.System.Flows.Count, RowRegex().Count(table));
        Assert.Equal(system.System.Flows.Count, Regex.Count(table, "data-sources=\"test-sankey\""));
        Assert.Contains("<td>wire</td>", table, StringComparison.Ordinal);
        Assert.Contains("<td>all uses</td>", table, StringComparison.Ordinal);
    }

    [Fact]
    public void The_balance_table_has_every_process_but_the_boundary_with_residuals_near_zero()
    {
        var system = SankeyFixture.Create();
        string html = SankeyDiagram.Html(system, 2020, "en");
        string table = html[html.IndexOf("<table class=\"balance\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(7, RowRegex().Count(table));
        // The in-use stock change of 2020 as the balance computes it, with the opening stock of the system.
        var use = system.System.Balance(system.System.IndexOf(2020), system.OpeningStock).Single(b => b.Process == ElementProcesses.Use);
        Assert.True(use.StockChange > 100, $"Δs {use.StockChange}");
        Assert.Contains($"+{use.StockChange.ToString("#,##0", CultureInfo.InvariantCulture)}", table, StringComparison.Ordinal);
        foreach (Match m in ResidualRegex().Matches(table))
            Assert.True(Math.Abs(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) < 1e-6, $"residual {m.Groups[1].Value}");
        Assert.Equal(7, ResidualRegex().Count(table));
    }

    [Fact]
    public void The_japanese_page_is_in_japanese()
    {
        string html = SankeyDiagram.Html(SankeyFixture.Create(), 2020, "ja");
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("プロセスごとの物質収支", html, StringComparison.Ordinal);
        Assert.Contains("<td>電線</td>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-sources=")]
    private static partial Regex RowRegex();

    [GeneratedRegex("<td class=\"num\">([-0-9.E+]+)</td></tr>")]
    private static partial Regex ResidualRegex();
}
