using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Junkan.Core.Selection;
using Junkan.Reports.Excel;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Tests;

public class RecyclabilityReportTests
{
    /// <summary>Golden files: set JUNKAN_UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void Html_matches_the_golden_file(string lang)
    {
        string html = RecyclabilityReportHtml.Render(RecyclabilityReportFixture.Create(), new ReportText(lang));
        string golden = Path.Combine(ReportFixture.GoldenFolder(), $"recyclability-report.{lang}.html");
        if (Environment.GetEnvironmentVariable("JUNKAN_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, html);
        Assert.True(File.Exists(golden), $"missing golden file {golden}");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), html.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void Every_number_in_the_report_has_a_cited_source(string lang)
    {
        string html = RecyclabilityReportHtml.Render(RecyclabilityReportFixture.Create(), new ReportText(lang));
        Assert.Empty(SourceAudit.Problems(html));
        Assert.True(Regex.Count(html, "data-sources=\"[^\"]+\"") > 20, "the audit must have rows to check");
    }

    [Fact]
    public void The_source_audit_finds_a_number_whose_source_is_not_cited()
    {
        string html = RecyclabilityReportHtml.Render(RecyclabilityReportFixture.Create(citeEverything: false), new ReportText("en"));
        var problems = SourceAudit.Problems(html);
        Assert.Contains(problems, p => p.Contains("'slime-b'"));
        Assert.Contains("(no citation for this source id)", html);   // the gap is shown, not dropped
    }

    [Fact]
    public void Hand_computed_tonnes_appear_with_their_sources()
    {
        string html = RecyclabilityReportHtml.Render(RecyclabilityReportFixture.Create(), new ReportText("en"));
        // Xa 2024: scrap 1,000 t × 0.02 = 20 t contained, × 0.5 × 0.9 × 0.8 = 7.2 t; EV 2 t × 0.9 × 0.9 × 0.9 = 1.458 t.
        Assert.Contains(">22<", html);        // contained 20 + 2
        Assert.Contains(">8.66<", html);      // recoverable 7.2 + 1.458 = 8.658, to three significant figures
        // Horizons 2027 and 2030: scrap held at 7.2 t (no stock model: stated in the note) + EV 5 t and 8 t × 0.729,
        // = 10.845 t and 13.032 t, and their share of today's demand of 100 t/y; the rows cite the demand too.
        string label = Regex.Escape("Recoverable in a forecast year at today&#39;s collection and yields (t/y; share of today&#39;s demand)");
        Assert.Matches($"<tr data-sources=\"[^\"]*demand-a[^\"]*\"><td>{label}</td><td>2027</td><td class=\"num\">10.8 \\(10.8 %\\)<", html);
        Assert.Matches($"<tr data-sources=\"[^\"]*demand-a[^\"]*\"><td>{label}</td><td>2030</td><td class=\"num\">13 \\(13.0 %\\)<", html);
        Assert.Contains("held at their published figure", html);
        Assert.Contains("scrap", html);
        Assert.Contains("Grinding sludge &lt;swarf&gt;", html);  // text from data is escaped
        Assert.Contains("1,000 USD per tonne of the main source", html);   // value density 0.02 × 50,000 USD/t
    }

    [Fact]
    public void Selection_reasons_gaps_and_sensitivity_are_shown()
    {
        var report = RecyclabilityReportFixture.Create();
        string html = RecyclabilityReportHtml.Render(report, new ReportText("en"));
        foreach (var e in report.Selection.Selected)
            Assert.Contains($"<strong>{e.Element}</strong>: selected: rank {e.Rank}", html);
        Assert.Contains("No published yield for slime treatment in Japan (test).", html);
        Assert.Contains("class=\"rank-chart\"", html);
        Assert.Equal(report.Elements.Count, Regex.Count(html, "<section id=\"rc-[^\"]+\" class=\"element\""));
        // Only the weight changes that alter the top 2 are tabled; each row names who enters or leaves.
        var changes = report.Selection.Sensitivity.Sum(s => s.Factors.Where((_, f) => s.Ranks.Count(kv => kv.Value[f] <= 2) != 2
            || !s.Ranks.Where(kv => kv.Value[f] <= 2).Select(kv => kv.Key).ToHashSet().SetEquals(report.Elements.Where(e => e.Selection.Rank <= 2).Select(e => e.Symbol)))
            .Count());
        string section = Section(html, "sensitivity");
        Assert.Equal(changes, Regex.Count(section, "<tr><td>"));
        if (changes == 0) Assert.Contains("No single weight change alters the top of the ranking.", section);
        Assert.DoesNotContain("<script", html);
    }

    private static string Section(string html, string id)
    {
        int start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void Japanese_report_uses_japanese_labels_and_reasons()
    {
        string html = RecyclabilityReportHtml.Render(RecyclabilityReportFixture.Create(), new ReportText("ja"));
        Assert.Contains("リサイクル可能性評価と対象元素の選定", html);
        Assert.Contains("主な発生源は研削スラッジ", html);
        Assert.DoesNotContain("main source", html);
    }

    [Fact]
    public void English_reason_templates_match_the_core_ones()
    {
        var en = new ReportText("en");
        foreach (var (key, template) in SelectionReasons.EnglishTemplates)
            Assert.Equal(template, en[$"Reason_{key}"]);
    }

    private static string[][] Rows(string table) =>
        [.. Regex.Matches(table, "<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline).Skip(1)
            .Select(r => Regex.Matches(r.Groups[1].Value, "<td[^>]*>(.*?)</td>", RegexOptions.Singleline).Select(c => System.Net.WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray())];

    [Theory]
    [InlineData("en", "no flow system", "model stocks of its first year, 2000")]
    [InlineData("ja", "物質フローなし", "開始年 2000 のストック")]
    public void Nims_table_has_a_row_per_published_stock_with_the_modelled_stocks_and_ratio(string lang, string noSystem, string shifted)
    {
        var report = RecyclabilityReportFixture.Create();
        var rows = Rows(Section(RecyclabilityReportHtml.Render(report, new ReportText(lang)), "urban-mine"));
        Assert.Equal(["Xa", "Xb", "Xc"], rows.Select(r => r[0]));
        var xa = report.UrbanMine[0];
        Assert.True(xa.InUseStock > 0 && xa.DisposalStock > 0, "the system has stocks in 2008");
        Assert.Equal("150,000", rows[0][1]);
        Assert.Equal((xa.InUseStock!.Value + xa.DisposalStock!.Value) / 150_000, xa.Ratio!.Value, 12);
        Assert.Equal(xa.Ratio.Value.ToString("G3", System.Globalization.CultureInfo.InvariantCulture), rows[0][7]);
        Assert.Equal("", rows[0][8]);
        Assert.Equal("", rows[1][7]);
        Assert.Contains(noSystem, rows[1][8]);
        Assert.Contains(shifted, rows[2][8]);
        Assert.True(report.UrbanMine[2].Shifted);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void Each_element_section_with_a_flow_system_has_its_sankey_and_flow_totals(string lang)
    {
        var report = RecyclabilityReportFixture.Create();
        string html = RecyclabilityReportHtml.Render(report, new ReportText(lang));
        string xa = Section(html, "rc-Xa");
        Assert.Equal(1, Regex.Count(xa, "<svg [^>]*class=\"sankey\""));
        Assert.Contains("svg.sankey{max-width:100%;height:auto}", html);
        var totals = Rows(Regex.Match(xa, "<table class=\"flow-totals\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value);
        var f = report.Elements.Single(e => e.Symbol == "Xa").Flows!.Spread;
        Assert.Equal(f.RecoveredEndOfLife.Central + f.RecoveredNewScrap.Central, f.RecoveredToday.Central, 9);
        Assert.Equal(Formatting.ReportFormat.SignificantTonnes(f.RecoveredToday.Central), totals[3][1]);
        Assert.Equal($"{Formatting.ReportFormat.SignificantTonnes(f.RecoveredToday.Low)}–{Formatting.ReportFormat.SignificantTonnes(f.RecoveredToday.High)}", totals[3][2]);
        foreach (var id in new[] { "rc-Xb", "rc-Xc" })
        {
            Assert.DoesNotContain("class=\"sankey\"", Section(html, id));
            Assert.Contains(new ReportText(lang)["Rc_FlowsNone"], Section(html, id));
        }
    }

    [Fact]
    public void Workbook_has_flow_comparison_and_urban_mine_sheets_with_sources()
    {
        var report = RecyclabilityReportFixture.Create();
        using var wb = new XLWorkbook(new MemoryStream(RecyclabilityWorkbook.Render(report, new ReportText("en"))));
        var flows = wb.Worksheet("Flows");
        var today = flows.RowsUsed().Single(r => r.Cell(1).GetString() == "Xa" && r.Cell(4).GetString() == "recovered_today_t");
        Assert.Equal(report.Elements.Single(e => e.Symbol == "Xa").Flows!.Spread.RecoveredToday.Central, today.Cell(5).GetValue<double>(), 9);
        Assert.Equal("test-sankey", today.Cell(9).GetString());
        var cmp = wb.Worksheet("Comparisons");
        var xa = cmp.Row(2);
        Assert.Equal("Xa", xa.Cell(1).GetString());
        Assert.Equal(100, xa.Cell(5).GetValue<double>());
        Assert.Contains("cmp-a", xa.Cell(12).GetString());
        var nims = wb.Worksheet("NIMS urban mine");
        Assert.Equal(report.UrbanMine[0].Ratio!.Value, nims.Cell(2, 8).GetValue<double>(), 12);
        Assert.Equal("nims-test, test-sankey", nims.Cell(2, 10).GetString());
        Assert.True(nims.Cell(3, 8).IsEmpty());
    }

    [Fact]
    public void Workbook_has_the_tables_with_numbers_and_sources()
    {
        var report = RecyclabilityReportFixture.Create();
        using var wb = new XLWorkbook(new MemoryStream(RecyclabilityWorkbook.Render(report, new ReportText("en"))));
        var selection = wb.Worksheet("Selection");
        Assert.Equal(report.Elements.Count + 1, selection.LastRowUsed()!.RowNumber());
        Assert.Equal(1, selection.Cell(2, 1).GetValue<int>());
        Assert.True(selection.Cell(2, 4).DataType == XLDataType.Number);
        var recoverable = wb.Worksheet("Recoverable by year");
        var xaEv2030 = recoverable.RowsUsed().Single(r => r.Cell(1).GetString() == "Xa" && r.Cell(2).GetString() == "ev" && r.Cell(4).GetValue<int>() == 2030);
        Assert.Equal(8 * 0.729, xaEv2030.Cell(6).GetValue<double>(), 9);
        Assert.Equal("content-car, life-car, sales-car, collect-a, trl-a, yield-a".Split(", ").Order(), xaEv2030.Cell(8).GetString().Split(", ").Order());
        foreach (var name in new[] { "Sensitivity", "Element sources", "Criteria", "Uses", "Data gaps", "Settings", "Sources", "Manifest" })
            Assert.True(wb.TryGetWorksheet(name, out _), name);
        var criteria = wb.Worksheet("Criteria");
        foreach (var row in criteria.RowsUsed().Skip(1).Where(r => !r.Cell(4).IsEmpty()))
            Assert.False(string.IsNullOrEmpty(row.Cell(10).GetString()), $"criterion row {row.RowNumber()} has a value but no source");
    }

    [Fact]
    public void Stacked_chart_stacks_layers_and_rejects_bad_input()
    {
        string svg = StackedChart.Render("t", "t/y", 2024, [new ChartLayer("a", [1, 2]), new ChartLayer("b", [3, null])]);
        Assert.Equal(2, Regex.Count(svg, "<polygon"));
        Assert.Contains("b: 2024 3, 2025 n/a", svg);
        Assert.Throws<ArgumentException>(() => StackedChart.Render("t", "t/y", 2024, [new ChartLayer("a", [-1.0, 2])]));
        Assert.Throws<ArgumentException>(() => StackedChart.Render("t", "t/y", 2024, [new ChartLayer("a", [1.0]), new ChartLayer("b", [1.0, 2])]));
        // The top of the stack in 2024 (1 + 3 = 4) is the highest tick (step 1): layers are added, not overlaid.
        Assert.Contains(">4</text>", svg);
        Assert.DoesNotContain(">5</text>", svg);
    }
}
