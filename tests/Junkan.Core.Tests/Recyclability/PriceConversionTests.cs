using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;
using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Recyclability;

public class PriceConversionTests
{
    // Mass fractions by hand from the IUPAC 2021 standard atomic weights (conventional values for Li, C, O).
    private const double NdInNd2O3 = 2 * 144.242 / (2 * 144.242 + 3 * 15.999);       // 0.857356...
    private const double WInWO3 = 183.84 / (183.84 + 3 * 15.999);                     // 0.792971...
    private const double LiInLi2CO3 = 2 * 6.94 / (2 * 6.94 + 12.011 + 3 * 15.999);    // 0.187852...

    [Fact]
    public void Units_convert_to_usd_per_tonne_by_hand()
    {
        Assert.Equal(22_046.2262, PriceConversion.ToUsdPerTonneOfElement(10, "USD/lb", "Co", "Co")!.Value, 4);   // 10 / 0.45359237 kg × 1,000
        Assert.Equal(8_598.0282, PriceConversion.ToUsdPerTonneOfElement(390, "US cents/lb", "Cu", "Cu")!.Value, 4);
        Assert.Equal(56_000, PriceConversion.ToUsdPerTonneOfElement(56, "USD/kg", "Mo", "Mo")!.Value, 9);
        Assert.Equal(25_000, PriceConversion.ToUsdPerTonneOfElement(25_000, "USD/t", "Ni", "Ni")!.Value, 9);
        Assert.Equal(500, PriceConversion.ToUsdPerTonneOfElement(5, "USD/mtu", "Mn", "Mn")!.Value, 9);              // 1 mtu = 10 kg
        Assert.Equal(1000 / 34.47302012, PriceConversion.UsdPerTonne("USD/flask")!.Value, 9);                       // 76 lb of mercury
        Assert.Equal(1000 / 0.0311034768, PriceConversion.UsdPerTonne("USD/troy oz")!.Value, 6);
    }

    [Fact]
    public void Oxide_and_carbonate_prices_become_prices_of_the_contained_element()
    {
        Assert.Equal(0.857356, NdInNd2O3, 6);
        Assert.Equal(NdInNd2O3, PriceConversion.MassFraction("Nd", "Nd2O3")!.Value, 12);
        Assert.Equal(80_000 / NdInNd2O3, PriceConversion.ToUsdPerTonneOfElement(80, "USD/kg", "Nd2O3", "Nd")!.Value, 6);   // 93,310.6 USD/t Nd
        // WO3 per metric ton unit: 260 USD/mtu = 26,000 USD/t WO3; USGS: one mtu of WO3 contains 7.93 kg of W.
        double w = PriceConversion.ToUsdPerTonneOfElement(260, "USD/mtu", "WO3", "W")!.Value;
        Assert.Equal(26_000 / WInWO3, w, 6);
        Assert.Equal(260 / 7.93 * 1000, w, tolerance: 5);                   // 7.93 is rounded: 32,787 vs 32,788
        Assert.Equal(46_000 / LiInLi2CO3, PriceConversion.ToUsdPerTonneOfElement(46_000, "USD/t", "Li2CO3", "Li")!.Value, 6);
        Assert.Equal(new Dictionary<string, int> { ["Li"] = 2, ["C"] = 1, ["O"] = 3 }, PriceConversion.Formula("Li2CO3"));
        Assert.Equal(1, PriceConversion.MassFraction("Graphite", "Graphite"));          // the material itself
    }

    [Theory]
    [InlineData("USD/bag", "Co", "Co")]                                              // unknown unit
    [InlineData("USD/t", "ilmenite concentrate (gross weight)", "Ti")]               // a mineral product, not a formula
    [InlineData("USD/kg", "Nd2O3", "REE")]                                           // the formula does not contain the element
    [InlineData("USD/kg", "Fe2O3", "Fe")]                                            // an atom without an atomic weight here
    [InlineData("USD/kg", "nd2o3", "Nd")]                                            // not a formula
    public void Unknown_units_and_materials_give_no_price(string unit, string material, string element)
    {
        var f = PriceConversion.Factor(unit, material, element);
        Assert.Null(f.Value);
        Assert.False(string.IsNullOrWhiteSpace(f.Detail));
        Assert.Null(PriceConversion.ToUsdPerTonneOfElement(100, unit, material, element));
    }

    private static PriceSeries Series(string name, string unit, params (int Year, double Value)[] prices) =>
        new(name, unit, prices.Select(p => new AnnualPrice(p.Year, p.Value)).ToArray(), ["usgs-mcs-2023", "usgs-mcs-2024"]);

    private static readonly PriceSeries Nd = Series("Price_Nd2O3_dkg", "USD/kg", (2018, 50), (2019, 45), (2020, 49), (2021, 98), (2022, 134), (2023, 80));

    [Fact]
    public void The_price_is_of_the_assessment_year_or_the_latest_before_with_the_last_five_years_as_range()
    {
        var p = ElementPrices.Of("Nd", Nd, 2024).Price!;
        Assert.Equal(2023, p.Year);                                      // no 2024 price: the latest before
        Assert.Equal(80_000 / NdInNd2O3, p.Value, 6);
        Assert.Equal(45_000 / NdInNd2O3, p.Low, 6);                      // min of 2019..2023
        Assert.Equal(134_000 / NdInNd2O3, p.High, 6);                    // max of 2019..2023
        Assert.Equal(EstimateUnit.UsdPerTonne, p.Unit);
        Assert.Equal("usgs-mcs-2024", p.SourceId);
        Assert.Equal(ElementPrices.DefaultQuality, p.Quality);
        Assert.Contains("Price_Nd2O3_dkg", p.Note);

        var in2020 = ElementPrices.Of("Nd", Nd, 2020, quality: 5).Price!;
        Assert.Equal((2020, 5), (in2020.Year!.Value, in2020.Quality));    // the series' own quality where the caller has one
        Assert.Equal(49_000 / NdInNd2O3, in2020.Value, 6);
        Assert.Equal(45_000 / NdInNd2O3, in2020.Low, 6);                 // 2018..2020: the years there are
        Assert.Equal(50_000 / NdInNd2O3, in2020.High, 6);
    }

    [Fact]
    public void One_year_is_a_point_price()
    {
        var p = ElementPrices.Of("Co", Series("Price_LME_dlb", "USD/lb", (2022, 29)), 2024).Price!;
        Assert.False(p.HasRange);
        Assert.Equal(29 * 1000 / PriceConversion.KgPerPound, p.Value, 6);
        Assert.Equal(2022, p.Year);
    }

    [Fact]
    public void Tungsten_and_manganese_series_are_converted_per_metric_ton_unit_as_USGS_defines_them()
    {
        // The column names say "_dt"; USGS defines both per mtu (10 kg), and the importer labels them so.
        var w = ElementPrices.Of("W", Series("Price_WO3dt", "USD/mtu", (2023, 260)), 2024).Price!;
        Assert.Equal(26_000 / WInWO3, w.Value, 6);
        var mn = ElementPrices.Of("Mn", Series("Price_CN_CIF_dt", "USD/mtu", (2023, 5)), 2024).Price!;
        Assert.Equal(500, mn.Value, 9);
    }

    [Fact]
    public void A_series_labelled_with_another_unit_than_its_description_is_a_gap_not_a_conversion()
    {
        // A prices.csv written before the unit corrections (W labelled USD/t) must not be read as tonnes of WO3.
        var w = ElementPrices.Of("W", Series("Price_WO3dt", "USD/t", (2023, 260)), 2024);
        Assert.Null(w.Price);
        Assert.Contains("USD/mtu", w.Gap);
    }

    [Fact]
    public void Missing_undescribed_or_unconvertible_series_are_named_gaps()
    {
        Assert.Contains("no USGS price series", ElementPrices.Of("Pr", null, 2024).Gap);
        Assert.Contains("not described", ElementPrices.Of("Nd", Series("Price_NdPr_dkg", "USD/kg", (2023, 70)), 2024).Gap);
        Assert.Contains("has unit 'USD/lb'", ElementPrices.Of("Nd", Series("Price_Nd2O3_dkg", "USD/lb", (2023, 70)), 2024).Gap);
        Assert.Contains("no price per tonne of Ti", ElementPrices.Of("Ti", Series("Price_Ilmenite_dt", "USD/t", (2023, 390)), 2024).Gap);
        Assert.Contains("no price per tonne of REE", ElementPrices.Of("REE", Nd, 2024).Gap);
        Assert.Contains("no price in or before 2017", ElementPrices.Of("Nd", Nd, 2017).Gap);

        var all = ElementPrices.From([("Nd", Nd), ("Pr", null)], 2024);
        Assert.Equal(["Nd"], all.Prices.Keys);
        Assert.Equal(["Pr"], all.Gaps.Keys);
    }

    [Fact]
    public void Every_described_series_has_a_known_unit()
    {
        foreach (var b in UsgsPriceBasis.All)
        {
            Assert.NotNull(PriceConversion.UsdPerTonne(b.Unit));
            Assert.NotNull(PriceConversion.UsdPerTonne(b.ImportedUnit));
        }
    }
}
