using BenchmarkDotNet.Attributes;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Products;
using Junkan.Data.Recyclability;
using Junkan.Data.Reference;
using Junkan.Data.Settings;
using Junkan.Data.Stocks;

namespace Junkan.Benchmarks;

/// <summary>
/// The element selection on the bundled data: 10,000 Monte Carlo draws over all targets, including the end-of-life
/// draws of the product stock model and the element prices of the value density (target: under 10 s on 2 cores).
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class SelectionBenchmarks
{
    private ProductData products = null!;
    private RecyclabilityData data = null!;
    private SelectionSettings settings = null!;
    private ProductElementFlows central = null!;
    private IReadOnlyList<ProductInflowPath> paths = null!;
    private ElementPrices prices = null!;

    [GlobalSetup]
    public void Setup()
    {
        string root = Path.GetDirectoryName(RepoPaths.Reference)!;
        var reference = ReferenceDataLoader.Load(RepoPaths.Reference);
        products = ProductDataLoader.Load(Path.Combine(root, "stocks", "product_inflows.csv"));
        data = RecyclabilityDataLoader.Load(Path.Combine(root, "recyclability"), reference, products);
        settings = SelectionSettingsFile.Load(Path.Combine(Path.GetDirectoryName(root)!, "config", "selection-settings.json"));
        paths = products.Paths.Where(p => p.Scenario == "reference").ToArray();
        central = ProductElementFlows.From(EndOfLifeModel.Run(paths, products.Lifetimes, products.Contents));
        var inputs = new RiskInputsBuilder(reference);
        var known = inputs.AssessedElements.ToHashSet();
        prices = ElementPrices.From(data.Profiles.Select(p => (p.Element, known.Contains(p.Element) ? inputs.Build(p.Element, settings.Year).Price : null)), settings.Year);
    }

    [Benchmark(Description = "select: 10,000 draws, all targets, with stock-model draws")]
    public int Select10000()
    {
        var draws = new EndOfLifeDraws(paths, products.Lifetimes, products.Contents, 10_000, 1, StockModelOptions.Default);
        var r = MonteCarloSelection.Run(data.Profiles, settings, "reference", central, draws, new Dictionary<string, double>(), 10_000, 1, prices: prices);
        return r.Selected.Count();
    }
}
