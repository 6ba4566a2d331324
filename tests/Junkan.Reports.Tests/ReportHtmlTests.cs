using System.Text.RegularExpressions;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Tests;

public class ReportHtmlTests
{
    /// <summary>Golden files: set JUNKAN_UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void Html_matches_the_golden_file(string lang)
    {
        string html = RiskReportHtml.Render(ReportFixture.Create(), new ReportText(lang));
        string golden = Path.Combine(ReportFixture.GoldenFolder(), $"risk-report.{lang}.html");
        if (Environment.GetEnvironmentVariable("JUNKAN_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, html);
        Assert.True(File.Exists(golden), $"missing golden file {golden}");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), html.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Html_is_self_contained()
    {
        string html = RiskReportHtml.Render(ReportFixture.Create(), new ReportText("en"));
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain(" src=", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
    }

    [Fact]
    public void Text_from_data_is_escaped()
    {
        string html = RiskReportHtml.Render(ReportFixture.Create("<script>alert(1)</script>"), new ReportText("en"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("Reserves &lt;test &amp; check&gt;", html);
    }

    [Fact]
    public void Values_units_years_sources_and_gaps_appear()
    {
        string html = RiskReportHtml.Render(ReportFixture.Create(), new ReportText("en"));
        // HHI of the fixture's Co mine production over the reported world total 230,000 t:
        // 10^4 × (170² + 17² + 8.8² + 5.9²) / 230² = 5,538.99
        Assert.Contains(">5,539<", html);
        Assert.Contains("HHI (0-10,000)", html);
        Assert.Contains("No public partner shares.", html);       // the reason for a gap, not a blank
        Assert.Contains("Japan imports no cobalt concentrates.", html);
        Assert.Contains("Proxy: EU EOL-RIR 2023 (not Japan&#39;s own figure)", html);
        Assert.Contains("Rare earths as a group", html);
        Assert.Contains("1.0.0+test", html);
        Assert.Contains(">2.8 / 6.8<", html);                    // EU 2023 SR / EI reference column
        Assert.Contains(">JP EU US?<", html);                    // lists; "?" = membership not stated by the source
        Assert.Contains(new string('a', 64), html);
    }

    [Fact]
    public void Only_cited_sources_are_listed_and_every_cited_source_is()
    {
        var report = ReportFixture.Create();
        string html = RiskReportHtml.Render(report, new ReportText("en"));
        string sources = html[html.IndexOf("id=\"sources\"", StringComparison.Ordinal)..html.IndexOf("id=\"manifest\"", StringComparison.Ordinal)];
        Assert.DoesNotContain("Not cited by any result.", sources);
        foreach (var id in report.Elements.SelectMany(e => e.Profile.Results).SelectMany(r => r.Sources).Distinct())
            Assert.Contains($"<code class=\"source-id\">{id}</code>", sources);
    }

    [Fact]
    public void Japanese_report_uses_japanese_labels()
    {
        string html = RiskReportHtml.Render(ReportFixture.Create(), new ReportText("ja"));
        Assert.Contains("<html lang=\"ja\">", html);
        Assert.Contains("① 国別埋蔵寡占度", html);
        Assert.Contains("該当なし", html);
        Assert.Contains("コンゴ民主共和国", html);
        Assert.DoesNotContain(">Overview of all elements<", html);
    }

    [Fact]
    public void Policy_section_shows_before_after_and_the_measure()
    {
        string html = RiskReportHtml.Render(ReportFixture.Create(), new ReportText("en"));
        string policy = html[html.IndexOf("id=\"policy\"", StringComparison.Ordinal)..html.IndexOf("id=\"settings\"", StringComparison.Ordinal)];
        Assert.Contains("22.0 % (Mid)", policy);   // before: 22 % secondary share is Mid (10-30 %)
        Assert.Contains("32.0 % (Low)", policy);   // after +10 points: Low (>= 30 %)
        Assert.Contains("Battery recycling (+10 %)", policy);
        Assert.Equal(2, Regex.Count(policy, "class=\"series series-(before|after)\"><polygon"));
    }

}

public class CitedSourcesTests
{
    [Fact]
    public void A_cited_id_without_citation_is_shown_not_dropped()
    {
        var report = ReportFixture.Create();
        report = report with { Sources = report.Sources.Where(s => s.Id != "ec-crm-2023").ToArray() };
        var cited = report.CitedSources();
        Assert.Contains(cited, s => s.Id == "ec-crm-2023" && s.Citation == Junkan.Reports.Model.RiskReport.MissingCitation);
        Assert.DoesNotContain(cited, s => s.Id == "unused");
    }
}
