using System.Text.RegularExpressions;

namespace Junkan.Cli.Tests;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string tmp = Path.Combine(Path.GetTempPath(), "junkan-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose() { if (Directory.Exists(tmp)) Directory.Delete(tmp, true); }

    private static string Scenario(string name) => Path.Combine(CliRunner.RepoRoot(), "examples", "scenarios", name);

    [Fact]
    public void Report_on_the_bundled_data_covers_every_element_in_both_languages()
    {
        string outDir = Path.Combine(tmp, "report");
        var (code, _, err) = CliRunner.Run("report", "--out", outDir, "--part", "risk", "--scenario", Scenario("ree-diversify.yaml"));
        Assert.True(code == 0, err);
        var files = Directory.GetFiles(outDir).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(5, files.Length);   // 2 languages × HTML and xlsx, and junkan-report-manifest.json
        string html = File.ReadAllText(Directory.GetFiles(outDir, "*.en.html").Single());
        var elements = File.ReadAllLines(Path.Combine(CliRunner.RepoRoot(), "data", "reference", "elements.csv")).Skip(1)
            .Select(l => l.Split(',')[0]).ToArray();
        Assert.True(elements.Length >= 30);
        foreach (var e in elements) Assert.Contains($"id=\"el-{e}\"", html);
        Assert.Contains("id=\"policy\"", html);
        Assert.Matches(new Regex("[0-9a-f]{64}"), html);   // input hashes in the manifest
        Assert.DoesNotContain(MissingCitation, html);       // every cited source id has a citation in sources.csv
    }

    private const string MissingCitation = Junkan.Reports.Model.RiskReport.MissingCitation;

    [Fact]
    public void Recyclability_report_on_the_bundled_data_ranks_every_target_and_sources_every_number()
    {
        string outDir = Path.Combine(tmp, "rc");
        var (code, _, err) = CliRunner.Run("report", "--out", outDir, "--part", "recyclability", "--draws", "40", "--lang", "en");
        Assert.True(code == 0, err);
        Assert.Equal(["junkan-recyclability-2024.en.html", "junkan-recyclability-2024.en.xlsx", "junkan-report-manifest.json"], Directory.GetFiles(outDir).Select(f => Path.GetFileName(f)!).Order().ToArray());
        string html = File.ReadAllText(Path.Combine(outDir, "junkan-recyclability-2024.en.html"));
        var targets = File.ReadAllLines(Path.Combine(CliRunner.RepoRoot(), "data", "recyclability", "element_parameters.csv")).Skip(1)
            .Select(l => l.Split(',')[0]).Distinct().ToArray();
        Assert.True(targets.Length >= 30, $"{targets.Length} profiled elements");
        foreach (var e in targets) Assert.Contains($"id=\"rc-{e}\"", html);
        foreach (var e in targets) Assert.Matches("<svg [^>]*class=\"sankey\"", ElementSection(html, e));   // every target has a flow system and its Sankey
        var nims = File.ReadAllLines(Path.Combine(CliRunner.RepoRoot(), "data", "flows", "cross_checks.csv")).Where(l => l.Split(',')[1] == "urban_mine_stock")
            .Select(l => l.Split(',')[0]).ToArray();
        string urbanMine = html[html.IndexOf("<section id=\"urban-mine\">", StringComparison.Ordinal)..];
        var rows = Regex.Matches(urbanMine[..urbanMine.IndexOf("</table>", StringComparison.Ordinal)], "<tr data-sources=\"[^\"]*\"[^>]*><td>([^<]+)</td>(?:<td[^>]*>[^<]*</td>){6}<td class=\"num\">([0-9.]+)</td>");
        Assert.Equal(nims.Order(StringComparer.Ordinal), rows.Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));   // a row with a ratio per published stock
        Assert.Equal(8, Regex.Count(html, "<tr data-sources=\"[^\"]*\" class=\"selected\">"));
        Assert.Empty(Junkan.Reports.Tests.SourceAudit.Problems(html));
        Assert.DoesNotContain(MissingCitation, html);
    }

    private static string ElementSection(string html, string element)
    {
        int start = html.IndexOf($"id=\"rc-{element}\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Bad_scenario_is_exit_2_with_file_and_field_and_nothing_is_written()
    {
        Directory.CreateDirectory(tmp);
        string bad = Path.Combine(tmp, "bad.yaml");
        File.WriteAllText(bad, "name: bad\nmeasures:\n  - kind: upstream\n    element: Co\n    country: XXX\n    added_mine_t: 10\n");
        string outDir = Path.Combine(tmp, "report");
        var (code, _, err) = CliRunner.Run("report", "--out", outDir, "--scenario", bad);
        Assert.Equal(2, code);
        Assert.Contains("bad.yaml", err);
        Assert.Contains("country", err);
        Assert.Contains("XXX", err);
        Assert.Single(err.Trim().Split('\n'));   // the policy file is read before the selection's Monte Carlo: no progress line first
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Unknown_element_is_exit_2()
    {
        var (code, _, err) = CliRunner.Run("report", "--out", Path.Combine(tmp, "r"), "--element", "Unobtainium");
        Assert.Equal(2, code);
        Assert.Contains("Unobtainium", err);
        Assert.False(Directory.Exists(Path.Combine(tmp, "r")));
    }

    [Fact]
    public void Unknown_language_is_a_usage_error()
    {
        var (code, _, _) = CliRunner.Run("report", "--out", Path.Combine(tmp, "r"), "--lang", "fr");
        Assert.Equal(1, code);
    }
}
