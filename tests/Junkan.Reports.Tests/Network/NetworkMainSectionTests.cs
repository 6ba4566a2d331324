using ClosedXML.Excel;
using Junkan.Reports.Excel;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Network;

namespace Junkan.Reports.Tests.Network;

/// <summary>The network section of the recyclability report and its two workbook sheets, from the hand-built plan of <see cref="NetworkReportTests"/>.</summary>
public sealed class NetworkMainSectionTests
{
    private static Model.RecyclabilityReport Report() => RecyclabilityReportFixture.Create() with { Networks = [NetworkReportTests.Fixture()] };

    [Theory]
    [InlineData("en", "Recycling networks: the bundled national cases", "Revenue by element", "feasible", "optimal")]
    [InlineData("ja", "リサイクルネットワーク：同梱の全国ケース", "元素別の売上", "実行可能", "最適")]
    public void SectionSitsInTheReportWithItsContentsLinkStatusPayablesAndMap(string lang, string title, string payables, string notStatus, string status)
    {
        string html = RecyclabilityReportHtml.Render(Report(), new ReportText(lang));
        int section = html.IndexOf("<section id=\"networks\">", StringComparison.Ordinal);
        Assert.True(section > 0);
        Assert.Contains($"<a href=\"#networks\">{title}</a>", html, StringComparison.Ordinal);
        string part = html[section..html.IndexOf("<section id=\"settings\">", StringComparison.Ordinal)];
        Assert.Contains($"<h2>{title}</h2>", part, StringComparison.Ordinal);
        // The case has no name_ja: the Japanese page marks the English name as English.
        Assert.Contains(lang == "ja" ? "<h3 lang=\"en\">example</h3>" : "<h3>example</h3>", part, StringComparison.Ordinal);
        Assert.Contains($"<h5>{payables}</h5>", part, StringComparison.Ordinal);             // headings two levels down (h2 section, h3 case)
        Assert.Contains(status, part, StringComparison.Ordinal);
        Assert.DoesNotContain(notStatus, part, StringComparison.Ordinal);
        Assert.Contains("<svg", part, StringComparison.Ordinal);
        Assert.Contains("<path d=\"M", part, StringComparison.Ordinal);                     // prefecture outlines
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(part, "<svg"));
        Assert.DoesNotContain("<th>" + new NetworkLabels(lang)["Seconds"] + "</th>", part, StringComparison.Ordinal);   // wall clock left out: reruns give the same bytes
    }

    [Theory]
    [InlineData("ja", "<h3>例のケース</h3>")]
    [InlineData("en", "<h3>example</h3>")]
    public void ACaseWithAJapaneseNameShowsItOnTheJapanesePage(string lang, string heading)
    {
        var network = NetworkReportTests.Fixture();
        var report = RecyclabilityReportFixture.Create() with { Networks = [network with { Case = network.Case with { NameJa = "例のケース" } }] };
        string html = RecyclabilityReportHtml.Render(report, new ReportText(lang));
        Assert.Contains(heading, html, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutNetworksTheSectionAndItsLinkAreLeftOut()
    {
        string html = RecyclabilityReportHtml.Render(RecyclabilityReportFixture.Create(), new ReportText("en"));
        Assert.DoesNotContain("networks", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Network plans", "Network sites", "optimal", "Hub")]
    [InlineData("ja", "ネットワーク計画", "ネットワーク拠点", "最適", "拠点")]
    public void WorkbookHasThePlanRowAndOneRowPerOpenedSite(string lang, string plans, string sites, string status, string hub)
    {
        using var wb = new XLWorkbook(new MemoryStream(RecyclabilityWorkbook.Render(Report(), new ReportText(lang))));
        var p = wb.Worksheet(plans);
        Assert.Equal(2, p.LastRowUsed()!.RowNumber());                                     // header + one stream of one case
        Assert.Equal("example", p.Cell(2, 1).GetString());
        Assert.Equal(status, p.Cell(2, 2).GetString());
        Assert.Equal(0.0, p.Cell(2, 4).GetDouble());                                       // gap
        Assert.Equal(550.0, p.Cell(2, 8).GetDouble());                                     // supply t/y
        Assert.Equal(500.0, p.Cell(2, 10).GetDouble());                                    // published
        Assert.Equal(1.1, p.Cell(2, 11).GetDouble(), 12);                                  // model / published
        // Revenue: 5.6 t Co × 8,950,800 JPY/t (no payable entered: the full price) = 50.12448 MJPY/y.
        Assert.Equal(50.12448, p.Cell(2, 13).GetDouble(), 9);
        Assert.Equal(50.12448, p.Cell(2, 14).GetDouble(), 9);
        Assert.Equal(1.0, p.Cell(2, 16).GetDouble());                                      // hubs
        var s = wb.Worksheet(sites);
        Assert.Equal(3, s.LastRowUsed()!.RowNumber());
        Assert.Equal(hub, s.Cell(2, 2).GetString());
        Assert.Equal("hub-fukuoka", s.Cell(2, 3).GetString());
        Assert.Equal(550.0, s.Cell(2, 6).GetDouble());
        Assert.Equal("plant-niihama", s.Cell(3, 3).GetString());
    }
}
