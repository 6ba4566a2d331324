using System.Globalization;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Tests;

/// <summary>
/// Every number a report writes is formatted with the invariant culture: the HTML reports (with their inline SVG
/// charts: radar, rank range, interval bars, stacked areas, lines) and the charts on their own are byte-identical whatever the current culture of the process, here Japanese
/// and German (comma as the decimal separator, "50%" against "50 %") against the invariant culture.
/// </summary>
public class CultureInvarianceTests
{
    [Theory]
    [InlineData("ja-JP")]
    [InlineData("de-DE")]
    public void Html_and_svg_outputs_do_not_depend_on_the_current_culture(string culture)
    {
        var expected = InCulture(CultureInfo.InvariantCulture, Outputs);
        var actual = InCulture(CultureInfo.GetCultureInfo(culture), Outputs);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (name, text) in expected)
            Assert.True(text == actual[name], $"{name} differs under {culture}: {FirstDifference(text, actual[name])}");
    }

    /// <summary>The test has teeth: the cultures it uses format numbers differently from the invariant culture.</summary>
    [Fact]
    public void The_test_cultures_format_numbers_differently()
    {
        Assert.Equal("1,5", 1.5.ToString(CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("1.234,5", 1234.5.ToString("#,0.#", CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("1.5", 1.5.ToString(CultureInfo.InvariantCulture));
        Assert.NotEqual(0.5.ToString("P0", CultureInfo.InvariantCulture), 0.5.ToString("P0", CultureInfo.GetCultureInfo("ja-JP")));
    }

    /// <summary>Every output, built and rendered inside the culture (the computations that write notes run there too).</summary>
    private static Dictionary<string, string> Outputs()
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lang in ReportText.Languages)
        {
            var t = new ReportText(lang);
            outputs[$"risk.{lang}.html"] = RiskReportHtml.Render(ReportFixture.Create(), t);
            outputs[$"recyclability.{lang}.html"] = RecyclabilityReportHtml.Render(RecyclabilityReportFixture.Create(), t);
            outputs[$"stocks.{lang}.html"] = StockReportHtml.Render(StockReportTests.Fixture(), t);
        }
        outputs["line.svg"] = LineChart.Render("line", "t", 1999, [new("a", [0.25, 1234.5, 98765.4321], [0.1, 1000.5, 90000.5], [0.5, 1500.25, 1e6 + 0.5])]);
        outputs["stacked.svg"] = StackedChart.Render("stacked", "t/y", 2024, [new ChartLayer("a", [0.125, 2.5, 12345.6]), new ChartLayer("b", [3.75, null, 0.001])]);
        outputs["rank.svg"] = RankRangeChart.Render("rank", "rank", [new RankRange("a", 1, 1, 3, true), new RankRange("b", 2, 1, 2, false), new RankRange("c", 3, 2, 3, false)], 1);
        outputs["interval.svg"] = IntervalBar.Render(12.345, 1.5, 123.75, 0.01, 1000.5, true, "12.345");
        return outputs;
    }

    private static T InCulture<T>(CultureInfo culture, Func<T> run)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    private static string FirstDifference(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        int from = Math.Max(0, i - 60);
        return $"at {i}: '{a[from..Math.Min(a.Length, i + 60)]}' vs '{b[from..Math.Min(b.Length, i + 60)]}'";
    }
}
