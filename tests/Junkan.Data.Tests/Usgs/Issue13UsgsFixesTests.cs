using Junkan.Core.Risk;
using Junkan.Data.Reference;

namespace Junkan.Data.Tests.Usgs;

/// <summary>
/// Issue 13: MCS 2024 names the zirconium reserves column Reserves_kt_2023 and MCS 2023 names the file zirco-hafni
/// (both used to be dropped); MCS 2024 names the nickel LME price column "Price_dt dlb (both used)" (the MCS 2023 series was used).
/// </summary>
public class Issue13UsgsFixesTests
{
    [Fact]
    public void Nickel_price_volatility_uses_the_mcs_2024_window_2019_2023()
    {
        var data = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());
        var r = new RiskAssessor(RiskSettings.Default, CountryStability.Empty).Assess(new RiskInputsBuilder(data).Build("Ni", 2023)).Get(RiskIndicator.PriceVolatility);
        // LME cash USD/t 2019-2023: 13,903, 13,772, 18,476, 25,815, 22,000 -> mean 18,793, s 5,216, CV 27.8 %.
        Assert.Equal(0.278, r.Value!.Value, 3);
        Assert.Equal(RiskLevel.Mid, r.Level);
        Assert.Contains(r.Notes, n => n.Contains("2019-2023", StringComparison.Ordinal));
    }

    [Theory]
    // MCS 2023 (mcs2023-zirco-hafni_world.csv, Reserves_kt, 2022) and MCS 2024 (mcs2024-zirco_world.csv, Reserves_kt_2023): Australia 48,000 and 55,000 kt.
    [InlineData(2022, 48_000_000, "usgs-mcs-2023")]
    [InlineData(2023, 55_000_000, "usgs-mcs-2024")]
    public void Both_releases_give_Australian_zirconium_reserves(int year, double tonnes, string source)
    {
        var data = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());
        var aus = data.Reserves.Single(f => f is { Element: "Zr", Country: "AUS" } && f.Year == year);
        Assert.Equal((tonnes, source), (aus.Tonnes, aus.SourceId));
    }

    [Fact]
    public void Zirconium_reserve_concentration_is_about_5600_and_high()
    {
        var data = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());
        var r = new RiskAssessor(RiskSettings.Default, CountryStability.Empty).Assess(new RiskInputsBuilder(data).Build("Zr", 2023)).Get(RiskIndicator.ReserveConcentration);
        // Australia 55,000 of a world total of 74,000 kt (74.3 %): 74.3² = 5,524, plus South Africa, Senegal, Madagascar, Mozambique ...
        Assert.Equal(5608, r.Value!.Value, 0);
        Assert.Equal((RiskLevel.High, 2023), (r.Level, r.Year));
    }
}
