using System.Globalization;
using Junkan.Core.Elements;
using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Risk;

/// <summary>
/// The notes the assessor writes (they end up in the reports and the JSON output) carry numbers formatted with the
/// invariant culture: the same text under Japanese ("90%" for P0) and German (decimal comma) as under the invariant culture.
/// </summary>
public class NoteCultureTests
{
    /// <summary>Inputs that trigger every note with a number: partial import attribution, a partner without WGI
    /// (instability 0.45 assumed), a coarse price series, a substitution exposure, HHI denominators above 1,000 t.</summary>
    private static RiskProfile Assess()
    {
        var mine = new CountryDistribution("s", 2023, [new CountryAmount("AAA", 1234.5), new CountryAmount("BBB", 5678.25)], null, null, ["src"]);
        var imports = new ImportPartners(SupplyStage.Refined, ImportDataKind.Shares, 2023, [new PartnerShare("NCL", 0.6), new PartnerShare("AAA", 0.3)], 1000, ["test"]);
        var price = new PriceSeries("Price_X", "USD/kg", [new(2019, 2), new(2020, 2), new(2021, 2), new(2022, 1), new(2023, 1)], ["usgs-mcs-2024"]);
        var stability = new CountryStability(new Dictionary<string, IReadOnlyList<WgiEstimates>> { ["AAA"] = [new WgiEstimates(2022, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, "wb-wgi-2024")] });
        var inputs = new ElementRiskInputs("X", 2023, mine, mine, null, ImportPartners.NoData(SupplyStage.Mine, "-"), imports, price, null, PriceExposure: 0.75);
        return new RiskAssessor(RiskSettings.Default with { MissingStability = 0.45 }, stability).Assess(inputs);
    }

    private static string[] Notes(CultureInfo culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            return Assess().Results.SelectMany(r => r.Notes.Append(r.ProxyLabel ?? "")).ToArray();
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    [Theory]
    [InlineData("ja-JP")]
    [InlineData("de-DE")]
    public void Notes_do_not_depend_on_the_current_culture(string culture)
    {
        var expected = Notes(CultureInfo.InvariantCulture);
        Assert.Contains(expected, n => n.Contains("instability 0.45 assumed", StringComparison.Ordinal));
        Assert.Contains(expected, n => n.Contains("attributes 90 % of imports", StringComparison.Ordinal));
        Assert.Contains(expected, n => n.StartsWith("Price exposure:", StringComparison.Ordinal));
        Assert.Equal(expected, Notes(CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void A_substituted_price_value_is_named_price_exposure_and_only_then()
    {
        var scaled = Assess().Get(RiskIndicator.PriceVolatility);
        Assert.True(RiskAssessor.IsPriceExposure(scaled));
        Assert.False(RiskAssessor.IsPriceExposure(scaled with { Notes = [.. scaled.Notes.Where(n => !n.StartsWith(RiskAssessor.PriceExposureNote, StringComparison.Ordinal))] }));
        Assert.False(RiskAssessor.IsPriceExposure(Assess().Get(RiskIndicator.ProductionConcentration)));
    }
}
