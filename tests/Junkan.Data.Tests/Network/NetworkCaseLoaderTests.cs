using Junkan.Data.Network;

namespace Junkan.Data.Tests.Network;

public sealed class NetworkCaseLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("junkan-network-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Bundled(string name) => Junkan.Testing.TestRepository.Path("data", "network", name);

    [Fact]
    public void BundledLiIonCaseScalesNationalSupplyByCensusPopulation()
    {
        var c = NetworkCaseLoader.Load(Bundled("lib-japan.yaml"));
        Assert.Equal(47, c.Sources.Count);
        Assert.Equal(9500, c.Sources.Sum(s => s.Supply["lib-ev"]), 6);
        // Tokyo: 14,047,594 of 126,146,099 people (2020 census) → 9,500 × 0.11136 = 1,057.9 t/y.
        Assert.Equal(9500.0 * 14047594 / 126146099, c.Sources.Single(s => s.Id == "pref-13").Supply["lib-ev"], 6);
        Assert.Equal(12, c.MaxHubs);
        Assert.True(c.Plants.Single(p => p.Id == "plant-niihama").Existing);
    }

    /// <summary>
    /// The Li-ion cases' rail rate is fitted to two of JR貨物's published fares for a 5 t container (Sendai 350 km,
    /// Fukuoka about 1,190 km); here it must reproduce the two it was not fitted to within 10 %: Tokyo to Osaka 38,500 JPY
    /// (about 556 rail km) and to Sapporo 70,500 JPY (about 1,230 km) per container, the rail fare being the handling less
    /// the pick-up and delivery of 2 × 12,170 JPY per container.
    /// </summary>
    [Theory]
    [InlineData("lib-japan.yaml")]
    [InlineData("municipal/lib-japan-municipal.yaml")]
    [InlineData("regional/lib-fukuoka.yaml")]
    public void RailRateReproducesJrFreightFaresItWasNotFittedTo(string file)
    {
        var rail = NetworkCaseLoader.Load(Bundled(file)).Mode("rail");
        Assert.Equal("jr-freight-fares", rail.CostSource.Source.Value);
        double atZeroKm = rail.HandlingJpyPerTonne - 2 * 12170 / 5.0;
        foreach (var (km, perContainer) in new[] { (556.0, 38500.0), (1230.0, 70500.0) })
            Assert.InRange((atZeroKm + rail.CostJpyPerTonneKm * km) / (perContainer / 5), 0.9, 1.1);
    }

    [Theory]
    [InlineData("lib-japan.yaml")]
    [InlineData("pv-japan.yaml")]
    [InlineData("escrap-japan.yaml")]
    [InlineData("aluminium-japan.yaml")]
    public void EveryBundledCaseLoads(string file)
    {
        var c = NetworkCaseLoader.Load(Bundled(file));
        Assert.NotEmpty(c.Hubs);
        Assert.NotEmpty(c.Plants);
        Assert.True(c.Sources.Sum(s => s.Supply.Values.Sum()) > 0);
    }

    private string Edited(string find, string replace) => Edited("lib-japan.yaml", find, replace);

    private string Edited(string file, string find, string replace)
    {
        string text = File.ReadAllText(Bundled(file));
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.Copy(Bundled("prefectures.csv"), Path.Combine(_dir, "prefectures.csv"), overwrite: true);
        string path = Path.Combine(_dir, "case.yaml");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return path;
    }

    private static int LineOf(string path, string text) => Array.FindIndex(File.ReadAllLines(path), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void PvPublishedCostsAreReadWithMeasureRangeAndSource()
    {
        var costs = NetworkCaseLoader.LoadFile(Bundled("pv-japan.yaml")).PublishedCosts;
        Assert.Equal(3, costs.Count);
        var moe = costs[0];
        Assert.Equal(Junkan.Core.Network.CostMeasure.PlantTreatment, moe.Measure);
        Assert.Equal(143_000, moe.JpyPerTonne);                       // MOE survey 10,000 JPY/kW at 0.07 t/kW
        Assert.Equal((89_000, 218_000), moe.Range);
        Assert.Equal("moe-pv-recycling-cost", moe.Source.Source.Value);
        Assert.Equal(Junkan.Core.Network.CostMeasure.Revenue, costs[2].Measure);
    }

    [Fact]
    public void UnknownCostMeasureNamesFileLineAndKey()
    {
        string path = Edited("pv-japan.yaml", "measure: revenue", "measure: profit");
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.LoadFile(path));
        Assert.Equal(LineOf(path, "measure: profit"), e.Row);
        Assert.EndsWith("measure", e.Column, StringComparison.Ordinal);
        Assert.Contains("plant_treatment", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedCostOutsideItsOwnRangeIsRefused()
    {
        string path = Edited("pv-japan.yaml", "range: [22000, 36000]", "range: [30000, 36000]");
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.LoadFile(path));
        Assert.EndsWith("range", e.Column, StringComparison.Ordinal);
        Assert.Contains("low <= value <= high", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BundledPayablesAreReadWithTheirSourceAndRange()
    {
        var c = NetworkCaseLoader.Load(Bundled("lib-japan.yaml"));
        var co = c.Element("Co")!;
        Assert.Equal(0.74, co.PayableShare, 12);                      // Fastmarkets 2023-08-16: 73-75 % cif South Korea
        Assert.Equal((0.73, 0.75), co.PayableRange);
        Assert.Equal("fastmarkets-2023-08-16", co.PayableSource!.Source.Value);
        Assert.Equal(Junkan.Core.Network.PayableBasis.Estimate, c.Element("Li")!.PayableBasis);
    }

    [Fact]
    public void PayableShareAbove1NamesFileLineAndKey()
    {
        string path = Edited("payable_share: 0.74, payable_range: [0.73, 0.75]", "payable_share: 1.4");
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.Load(path));
        Assert.Equal(LineOf(path, "payable_share: 1.4"), e.Row);
        Assert.Equal("elements[Co].payable_share", e.Column);
        Assert.Contains("case.yaml", e.Message, StringComparison.Ordinal);
        Assert.Contains("not in 0..1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PayableShareWithoutASourceIsRefused()
    {
        string path = Edited("payable_share: 0.05, payable_range: [0, 0.6], payable_source: junkan-estimate", "payable_share: 0.05");
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.Load(path));
        Assert.Equal("payable_source", e.Column);
        Assert.Equal(LineOf(path, "payable_share: 0.05}"), e.Row);
    }

    [Fact]
    public void UnknownCitationNamesLineAndKey()
    {
        string path = Edited("co2_source: mlit-co2-freight}\n  - {id: rail", "co2_source: nowhere}\n  - {id: rail");
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.Load(path));
        Assert.Equal(LineOf(path, "co2_source: nowhere"), e.Row);
        Assert.Equal("co2_source", e.Column);
        Assert.Contains("'nowhere' is not listed under citations", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeCapacityNamesTheHubLine()
    {
        string path = Edited("{name: S, capacity_t: 1500,", "{name: S, capacity_t: -1500,");
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.Load(path));
        Assert.Equal(LineOf(path, "id: hub-sapporo"), e.Row);
        Assert.Equal("hubs[hub-sapporo].sizes[S]", e.Column);
    }

    [Fact]
    public void UnknownRegionCodeIsRefused()
    {
        string path = Edited("region: \"04\"}", "region: \"99\"}");
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.Load(path));
        Assert.Equal(LineOf(path, "region: \"99\""), e.Row);
        Assert.Contains("unknown region code '99'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeNationalSupplyIsRefused()
    {
        string path = Edited("{stream: lib-ev, tonnes: 9500,", "{stream: lib-ev, tonnes: -9500,");
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.Load(path));
        Assert.Equal("tonnes", e.Column);
        Assert.Equal(LineOf(path, "tonnes: -9500"), e.Row);
    }

    [Fact]
    public void TextWhereANumberBelongsNamesTheKey()
    {
        string path = Edited("discount_rate: 0.05", "discount_rate: five");
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.Load(path));
        Assert.Equal("discount_rate", e.Column);
        Assert.Equal(LineOf(path, "discount_rate: five"), e.Row);
    }

    [Fact]
    public void BadRegionFileNamesRowAndColumn()
    {
        string path = Edited("weight: population_2020", "weight: population_2020");
        var lines = File.ReadAllLines(Path.Combine(_dir, "prefectures.csv"));
        lines[3] = lines[3].Replace(",1210534", ",many", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(_dir, "prefectures.csv"), lines);
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.Load(path));
        Assert.Equal(4, e.Row);
        Assert.Equal("population_2020", e.Column);
    }
}

public sealed class MunicipalCaseFileTests
{
    [Fact]
    public void FukuokaCaseReadsThirtyFiveMunicipalitiesWithTheirRegistryPopulation()
    {
        var file = NetworkCaseLoader.LoadFile(Junkan.Testing.TestRepository.Path("data", "network", "regional", "lib-fukuoka.yaml"));
        Assert.Equal(35, file.Case.Sources.Count);
        Assert.Equal([2030, 2035, 2040], file.Periods);
        // Fukuoka city: 1,568,265 of the 35 municipalities' 4,688,484 residents (MIC registry 2022-01-01).
        Assert.Equal(353.0 * 1568265 / 4688484, file.Case.Sources.Single(s => s.Id == "muni-40130").Supply["lib-ev"], 6);
        Assert.Equal(2, file.FlowSupply.Count);
    }
}
