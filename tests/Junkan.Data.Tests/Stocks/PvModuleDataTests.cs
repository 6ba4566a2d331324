using Junkan.Core.Recyclability;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Core.Stocks.Products;
using Junkan.Data.Recyclability;
using Junkan.Data.Reference;
using Junkan.Data.Stocks;

namespace Junkan.Data.Tests.Stocks;

/// <summary>
/// The bundled <c>pv_module</c> product (data/stocks/README.md): inflows are the year-on-year differences of the cited
/// IRENA cumulative capacity, the scenarios are their stated rules, the contents are the stated PV_ICE calculation, the
/// Weibull end-of-life outflow matches a closed-form known answer, and the recyclability sources link to the product.
/// </summary>
public sealed class PvModuleDataTests
{
    private const string Pv = "pv_module";

    /// <summary>
    /// Japan, total solar capacity at the end of each year, MW: IRENA Renewable Capacity Statistics 2024 as read in the OWID
    /// package installed-solar-pv-capacity (wang34/Progetto-Visualizzazione-Scientifica commit b7921bf3…, rows Japan,JPN;
    /// GW × 1,000, single-precision noise rounded away). Transcribed here independently of product_inflows.csv.
    /// </summary>
    private static readonly (int Year, int Mw)[] IrenaCumulative =
    [
        (2000, 330), (2001, 453), (2002, 637), (2003, 860), (2004, 1_132), (2005, 1_422), (2006, 1_708), (2007, 1_919),
        (2008, 2_144), (2009, 2_627), (2010, 3_618), (2011, 4_914), (2012, 6_632), (2013, 13_599), (2014, 23_339),
        (2015, 34_150), (2016, 42_040), (2017, 49_500), (2018, 56_162), (2019, 63_192), (2020, 71_868), (2021, 78_413),
        (2022, 83_057), (2023, 87_068),
    ];

    /// <summary>PV_ICE per cohort 2001-2023: Si and Cu in g per m² of module and the module efficiency in % (data/stocks/README.md).</summary>
    private static readonly (int Year, double SiGm2, double CuGm2, double EffPct)[] PvIce =
    [
        (2001, 748.6071429, 5.376, 13.6), (2002, 731.9714286, 5.376, 13.72222222), (2003, 715.3357143, 5.376, 13.84444444),
        (2004, 698.7, 5.376, 13.96666667), (2005, 582.25, 5.376, 14.08888889), (2006, 465.8, 5.376, 14.21111111),
        (2007, 442.51, 5.376, 14.33333333), (2008, 419.22, 5.376, 14.45555556), (2009, 419.22, 5.376, 14.57777778),
        (2010, 419.22, 5.376, 14.7), (2011, 419.22, 5.376, 15.1), (2012, 419.22, 5.376, 15.4), (2013, 419.22, 5.376, 16),
        (2014, 419.22, 5.376, 16.3), (2015, 419.22, 5.78816, 17), (2016, 419.22, 6.20032, 17.5), (2017, 419.22, 7.20384, 17.7),
        (2018, 410.8550083, 7.45472, 18.4), (2019, 402.1406667, 8.26112, 19.2), (2020, 400.588, 8.22528, 20),
        (2021, 388.943, 8.27008, 20.9), (2022, 372.64, 8.31488, 21.48042537), (2023, 337.705, 8.38656, 21.88587403),
    ];

    private static string InflowsFile() => Path.Combine(TestPaths.RepositoryRoot(), "data", "stocks", "product_inflows.csv");

    private static ProductData Load() => ProductDataLoader.Load(InflowsFile());

    private static ProductInflowPath PathOf(ProductData data, string scenario) => Assert.Single(data.Paths, p => p.Product.Value == Pv && p.Scenario == scenario);

    [Fact]
    public void The_history_is_the_year_on_year_difference_of_the_IRENA_cumulative_capacity_in_MW()
    {
        var data = Load();
        foreach (var scenario in new[] { "reference", "high_electrification" })
        {
            var path = PathOf(data, scenario);
            Assert.Equal("MW", path.Unit);
            Assert.Equal((2001, 2050), (path.FirstYear, path.LastYear));
            Assert.Contains("irena-recap-2024", path.SourceIds);
            for (int k = 1; k < IrenaCumulative.Length; k++)
            {
                var (year, mw) = IrenaCumulative[k];
                Assert.Equal(mw - IrenaCumulative[k - 1].Mw, path.Inflow[year - path.FirstYear]);
            }
            // The history adds up to the 2023 capacity less the 330 MW installed by the end of 2000 (not in the table).
            Assert.Equal(87_068 - 330, path.Inflow[..(2023 - 2001 + 1)].Sum());
        }
        Assert.Equal(new[] { "reference", "high_electrification" }, data.Paths.Where(p => p.Product.Value == Pv).Select(p => p.Scenario));
    }

    [Fact]
    public void The_scenarios_follow_their_stated_rules()
    {
        var data = Load();
        var reference = PathOf(data, "reference").Inflow;
        var high = PathOf(data, "high_electrification").Inflow;
        int At(int year) => year - 2001;
        // reference: the 2023 addition (87,068 − 83,057 = 4,011 MW) held to 2050.
        for (int year = 2024; year <= 2050; year++) Assert.Equal(87_068 - 83_057, reference[At(year)]);
        // high_electrification: cumulative capacity linear from 87,068 MW (end 2023) to 117,600 MW (6th Strategic Energy Plan,
        // upper end of 103.5-117.6 GW) at the end of 2030, rounded to the MW each year; the 2030 addition held to 2050.
        double cumulative = 87_068, previous = 87_068;
        for (int year = 2024; year <= 2030; year++)
        {
            cumulative = Math.Round(87_068 + (117_600 - 87_068) * (year - 2023) / 7.0);
            Assert.Equal(cumulative - previous, high[At(year)]);
            previous = cumulative;
        }
        Assert.Equal(117_600, 87_068 + high[At(2024)..(At(2030) + 1)].Sum());
        for (int year = 2031; year <= 2050; year++) Assert.Equal(high[At(2030)], high[At(year)]);
        for (int year = 2024; year <= 2050; year++) Assert.True(high[At(year)] >= reference[At(year)], year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_contents_are_the_inflow_weighted_PV_ICE_mass_per_MW_and_the_range_spans_the_cohorts()
    {
        var data = Load();
        var history = PathOf(data, "reference").Inflow;
        foreach (var (element, gramsPerM2) in new (string, Func<(int, double, double, double), double>)[]
                     { ("Si", c => c.Item2), ("Cu", c => c.Item3) })
        {
            // kg per MW = (g per m² of module) / (efficiency × 1,000 W/m²) × 10⁶ W/MW / 1,000 g/kg = (g/m²) / efficiency.
            var perCohort = PvIce.Select(c => (c.Year, Kg: gramsPerM2(c) / (c.EffPct / 100))).ToArray();
            double weighted = perCohort.Sum(c => c.Kg * history[c.Year - 2001]) / perCohort.Sum(c => history[c.Year - 2001]);
            var content = Assert.Single(data.Contents, c => c.Product.Value == Pv && c.Element.Value == element);
            Assert.Equal(weighted, content.KgPerUnit, element == "Si" ? 0.05 : 0.005);
            Assert.Equal(perCohort.Min(c => c.Kg), content.Low, 0.05);
            Assert.Equal(perCohort.Max(c => c.Kg), content.High, 0.05);
            Assert.Equal("nrel-pv-ice", content.SourceId);
        }
        Assert.Equal(2, data.Contents.Count(c => c.Product.Value == Pv));
    }

    [Fact]
    public void The_lifetime_is_Weibull_5_3759_with_scale_30_so_its_mean_is_27_66_years_not_30()
    {
        var lifetime = Load().Lifetimes[Pv];
        Assert.Equal(LifetimeFamily.Weibull, lifetime.Lifetime.Family);
        Assert.Equal(Math.Exp(-1), lifetime.Lifetime.Survival(30), 12);          // S(scale) = e⁻¹
        Assert.Equal(27.660074, lifetime.Lifetime.MeanLifetime, 5);              // 30 × Γ(1 + 1/5.3759)
        Assert.Equal(23.05, lifetime.MeanLow, 9);                                // 25 × Γ(1 + 1/5.3759) = 23.050
        Assert.Equal(30, lifetime.MeanHigh, 9);
    }

    /// <summary>
    /// Known answer, year-end convention (docs: sf[t, c] = S(t − c)): the outflow in year t is
    /// Σ_c i[c] (S(t − c − 1) − S(t − c)) with S(−1) = 1 and S(a) = exp(−(a/30)^5.3759), computed here in closed form from the
    /// IRENA differences; Si and Cu tonnes are that outflow × the content (kg/MW) / 1,000.
    /// </summary>
    [Theory]
    [InlineData(2024)]
    [InlineData(2040)]
    [InlineData(2050)]
    public void The_end_of_life_outflow_is_the_closed_form_Weibull_sum_over_the_cohorts(int year)
    {
        var data = Load();
        var path = PathOf(data, "reference");
        double S(int age) => age < 0 ? 1 : Math.Exp(-Math.Pow(age / 30.0, 5.3759));
        double expected = 0;
        for (int c = path.FirstYear; c <= year; c++)
            expected += path.Inflow[c - path.FirstYear] * (S(year - c - 1) - S(year - c));

        var flows = Assert.Single(EndOfLifeModel.Run([path], data.Lifetimes, data.Contents));
        int t = year - flows.FirstYear;
        Assert.Equal(expected, flows.Outflow[t], 9);
        foreach (var element in flows.Elements)
            Assert.Equal(expected * element.Content.KgPerUnit / 1_000, element.Tonnes[t], 9);
        Assert.Equal(new[] { "Cu", "Si" }, flows.Elements.Select(e => e.Element).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_Si_and_Cu_panel_sources_are_modelled_by_the_product_as_industrial_waste()
    {
        var recyclability = RecyclabilityDataLoader.Load(Path.Combine(TestPaths.RepositoryRoot(), "data", "recyclability"),
            ReferenceDataLoader.Load(TestPaths.ReferenceFolder()), Load());
        foreach (var element in new[] { "Si", "Cu" })
        {
            var source = Assert.Single(recyclability.Profile(element).Sources, s => s.Id == "pv_panel");
            Assert.Equal((SourceKind.EndOfLifeProduct, Pv, CollectionRoute.IndustrialWaste), (source.Kind, source.Product, source.Route));
        }
    }
}
