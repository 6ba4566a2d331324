using System.Text.RegularExpressions;
using Junkan.Core.Selection;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Tests;

/// <summary>The report's selection table shows what <c>select</c> prints: the weighted criteria without data, the rank under the other missing-data rule, "rank rests on gaps" and the order note.</summary>
public class SelectionTableTests
{
    [Theory]
    [InlineData("en", "Rank if missing = the middle of the range", "Criteria without data (weighted)")]
    [InlineData("ja", "欠損値＝中央値とした場合の順位", "データのない評価指標（重みあり）")]
    public void The_ranking_has_the_gap_columns_of_select(string lang, string otherHeader, string gapHeader)
    {
        var report = RecyclabilityReportFixture.Create();
        var t = new ReportText(lang);
        string html = RecyclabilityReportHtml.Render(report, t);
        Assert.Contains($"<th>{gapHeader}</th><th>{otherHeader}</th>", html);
        // Xb has no value for most criteria (fixture): the cell names them with their labels, as select names their keys.
        var xb = report.Selection.Gaps["Xb"];
        Assert.NotEmpty(xb.Missing);
        Assert.Equal(MissingValuePolicy.Worst, xb.Rule);
        string row = Regex.Match(html, "<tr[^>]*><td class=\"num\">\\d+</td><td><a href=\"#rc-Xb\">.*?</tr>").Value;
        Assert.Contains($"<td class=\"gap\">{System.Net.WebUtility.HtmlEncode(string.Join(lang == "ja" ? "、" : ", ", xb.Missing.Select(t.Criterion)))}</td>", row);
        Assert.Contains($">{xb.OtherRank}</td>", row);
        Assert.Equal(xb.RestsOnGaps, row.Contains(t["Rc_RestsOnGaps"], StringComparison.Ordinal));
        Assert.Contains(string.Format(t.Culture, t["Rc_GapLegend"], t["Rc_Missing_Worst"], t["Rc_ScoreMissing_Worst"], otherHeader, GapEffect.RankShift, 2)
            .Replace("\"", "&quot;", StringComparison.Ordinal), html);
    }
}
