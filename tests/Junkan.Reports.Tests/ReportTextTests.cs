using System.Globalization;
using System.Resources;
using Junkan.Core.Elements;
using Junkan.Core.Risk;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Tests;

public class ReportTextTests
{
    [Fact]
    public void Every_label_has_a_japanese_translation()
    {
        var rm = new ResourceManager("Junkan.Reports.Localization.Labels", typeof(ReportText).Assembly);
        var ja = rm.GetResourceSet(CultureInfo.GetCultureInfo("ja"), createIfNotExists: true, tryParents: false);
        Assert.NotNull(ja);
        var missing = ReportText.Keys().Where(k => string.IsNullOrWhiteSpace(ja!.GetString(k))).ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_indicator_level_status_and_stage_has_a_label_in_both_languages()
    {
        foreach (var lang in ReportText.Languages)
        {
            var t = new ReportText(lang);
            foreach (var i in RiskIndicators.All) { Assert.NotEmpty(t.Indicator(i)); Assert.NotEmpty(t.IndicatorShort(i)); Assert.NotEmpty(t.Unit(i)); }
            foreach (var l in Enum.GetValues<RiskLevel>()) Assert.NotEmpty(t.Level(l));
            foreach (var s in Enum.GetValues<IndicatorStatus>().Where(s => s != IndicatorStatus.Value)) Assert.NotEmpty(t.Status(s));
            foreach (var s in Enum.GetValues<SupplyStage>()) Assert.NotEmpty(t.Stage(s));
        }
    }

    [Fact]
    public void Unknown_language_and_unknown_key_are_errors()
    {
        Assert.Throws<ArgumentException>(() => new ReportText("fr"));
        Assert.Throws<KeyNotFoundException>(() => new ReportText("en")["NoSuchLabel"]);
    }
}
