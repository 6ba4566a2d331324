using Junkan.Data.Reference;
using Junkan.Data.Stocks;

namespace Junkan.Data.Tests.Stocks;

/// <summary>The product tables shipped in data/stocks load and are consistent (data/stocks/README.md).</summary>
public sealed class BundledProductDataTests
{
    private static string Folder() => Path.Combine(TestPaths.RepositoryRoot(), "data", "stocks");

    private static ProductData Load() => ProductDataLoader.Load(Path.Combine(Folder(), "product_inflows.csv"));

    [Fact]
    public void The_BEV_path_starts_in_2010_with_the_IEA_sales()
    {
        var bev = Load().Paths.Where(p => p.Product.Value == "bev_passenger_car").ToArray();
        Assert.NotEmpty(bev);
        foreach (var path in bev)
        {
            Assert.Equal("units", path.Unit);
            Assert.Equal(2010, path.FirstYear);
            Assert.True(path.LastYear >= 2023, $"{path.Scenario} ends in {path.LastYear}");
            Assert.Equal(2_400, path.Inflow[0]);             // README: 2010 2,400
            Assert.Equal(59_000, path.Inflow[2022 - 2010]);  // README: 2022 59,000 (IEA Global EV Data 2024)
            Assert.Equal(88_000, path.Inflow[2023 - 2010]);  // README: 2023 88,000
            Assert.Contains("iea-gev-data-2024", path.SourceIds);
        }
    }

    [Fact]
    public void Every_path_is_its_rows_year_by_year_without_gaps()
    {
        var rows = CsvTable.Read(Path.Combine(Folder(), "product_inflows.csv"), "product", "scenario", "year", "inflow").Rows
            .Select(r => (Product: r.Required("product"), Scenario: r.Required("scenario"), Year: r.Integer("year"), Inflow: r.Number("inflow")))
            .ToArray();
        var data = Load();
        Assert.NotEmpty(data.Paths);
        foreach (var path in data.Paths)
        {
            var own = rows.Where(r => r.Product == path.Product.Value && (r.Scenario == ProductDataLoader.Historic || r.Scenario == path.Scenario))
                .OrderBy(r => r.Year).ToArray();
            Assert.Equal(Enumerable.Range(path.FirstYear, path.Inflow.Length), own.Select(r => r.Year));
            Assert.Equal(own.Select(r => r.Inflow), path.Inflow);
            Assert.All(path.Inflow, v => Assert.True(double.IsFinite(v) && v >= 0));
        }
        // Every product/scenario in the file became a path (history alone only when the product has no scenario).
        var scenarios = rows.Where(r => r.Scenario != ProductDataLoader.Historic).Select(r => (r.Product, r.Scenario)).Distinct();
        foreach (var (product, scenario) in scenarios)
            Assert.Contains(data.Paths, p => p.Product.Value == product && p.Scenario == scenario);
    }

    [Fact]
    public void Every_source_id_is_in_sources_csv()
    {
        var data = Load();
        var used = data.Paths.SelectMany(p => p.SourceIds)
            .Concat(data.Lifetimes.Values.Select(l => l.SourceId))
            .Concat(data.Contents.Select(c => c.SourceId))
            .Concat(data.UsedSourceIds)
            .Distinct().ToArray();
        Assert.NotEmpty(used);
        Assert.All(used, id => Assert.True(data.Sources.ContainsKey(id), $"'{id}' is not in sources.csv"));
        Assert.All(data.Sources.Values, s => Assert.False(string.IsNullOrWhiteSpace(s.Citation), s.Id));
    }

    [Fact]
    public void Every_product_has_a_lifetime_whose_mean_lies_in_its_range()
    {
        var data = Load();
        Assert.All(data.Paths, p => Assert.True(data.Lifetimes.ContainsKey(p.Product.Value), p.Product.Value));
        Assert.All(data.Lifetimes.Values, l =>
        {
            Assert.True(l.MeanLow <= l.MeanHigh, l.Product);
            double mean = l.Lifetime.MeanLifetime;
            Assert.InRange(mean, l.MeanLow * (1 - 1e-9), l.MeanHigh * (1 + 1e-9));
            Assert.True(mean > 0, l.Product);
            Assert.InRange(l.Quality, 1, 5);
        });
    }

    [Fact]
    public void Every_content_lies_in_its_range()
    {
        var data = Load();
        Assert.Contains(data.Contents, c => c.Product.Value == "bev_passenger_car");
        Assert.All(data.Contents, c =>
        {
            Assert.True(c.Low <= c.KgPerUnit && c.KgPerUnit <= c.High, $"{c.Product} {c.Element}: {c.Low} <= {c.KgPerUnit} <= {c.High}");
            Assert.True(c.KgPerUnit > 0, $"{c.Product} {c.Element}");
            Assert.InRange(c.Quality, 1, 5);
            Assert.Contains(data.Paths, p => p.Product == c.Product);
        });
        Assert.Equal(data.Contents.Count, data.Contents.Select(c => (c.Product, c.Element)).Distinct().Count());
    }
}
