using Junkan.Core.Risk;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Products;
using Junkan.Data.Recyclability;
using Junkan.Data.Settings;
using Junkan.Data.Stocks;

namespace Junkan.Cli.Recyclability;

/// <summary>
/// What <c>junkan assess</c> and <c>junkan select</c> load: the risk session (elements, supply risk), the product
/// stock data (data/stocks beside data/reference), the recyclability data (data/recyclability) and the selection settings.
/// </summary>
internal sealed record RecyclabilitySession(Session Risk, ProductData Products, RecyclabilityData Data, SelectionSettings Settings, string SettingsPath)
{
    public static RecyclabilitySession Load(string? dataFolder, string? settingsFile, string? selectionFile)
    {
        var risk = Session.Load(dataFolder, settingsFile);
        string root = Path.GetDirectoryName(Path.GetFullPath(risk.Data.Folder))!;
        var products = ProductDataLoader.Load(Path.Combine(root, "stocks", "product_inflows.csv"));
        var data = RecyclabilityDataLoader.Load(Path.Combine(root, "recyclability"), risk.Data, products);
        string selectionPath = selectionFile ?? Path.Combine(Path.GetDirectoryName(risk.SettingsPath)!, "selection-settings.json");
        return new RecyclabilitySession(risk, products, data, SelectionSettingsFile.Load(selectionPath), selectionPath);
    }

    /// <summary>The scenario to use: the one asked for (checked), else the first non-historic one.</summary>
    public string Scenario(string? asked)
    {
        var scenarios = Products.Scenarios;
        if (asked is not null)
            return scenarios.Contains(asked) ? asked : throw new Junkan.Core.Inputs.NotInDataException("--scenario", $"--scenario {asked}: the product data have {string.Join(", ", scenarios)}.");
        return scenarios.FirstOrDefault(s => s != ProductDataLoader.Historic) ?? ProductDataLoader.Historic;
    }

    public IReadOnlyList<ProductInflowPath> Paths(string scenario) => Products.Paths.Where(p => p.Scenario == scenario).ToArray();

    /// <summary>Central end-of-life flows of the products in <paramref name="scenario"/>.</summary>
    public ProductElementFlows Flows(string scenario) =>
        ProductElementFlows.From(EndOfLifeModel.Run(Paths(scenario), Products.Lifetimes, Products.Contents, StockModelOptions.Default));

    /// <summary>Risk profile of every profiled element the risk data cover, in <paramref name="year"/> (or the latest data year before it).</summary>
    public IReadOnlyDictionary<string, RiskProfile> RiskProfiles(int year)
    {
        var known = Risk.Inputs.AssessedElements.ToHashSet();
        var elements = Data.Profiles.Select(p => p.Element).Where(known.Contains).ToArray();
        return elements.Zip(Risk.Assess(elements, Math.Min(year, Risk.Data.LatestYear))).ToDictionary(x => x.First, x => x.Second);
    }

    /// <summary>Supply-risk score (mean radar level, 0..1) of each element with a profile that has one.</summary>
    public static IReadOnlyDictionary<string, double> SupplyRisk(IReadOnlyDictionary<string, RiskProfile> profiles) =>
        profiles.Where(kv => kv.Value.MeanLevel() is not null).ToDictionary(kv => kv.Key, kv => kv.Value.MeanLevel()!.Value);

    /// <summary>
    /// Price of every profiled element in USD per tonne of contained element for <paramref name="year"/> (value density):
    /// the USGS series the risk session picks for the element (risk_series.csv), converted by <see cref="ElementPrices"/>;
    /// elements without a usable price are named with the reason.
    /// </summary>
    public ElementPrices Prices(int year)
    {
        var known = Risk.Inputs.AssessedElements.ToHashSet();
        return ElementPrices.From(Data.Profiles.Select(p => (p.Element, known.Contains(p.Element) ? Risk.Inputs.Build(p.Element, year).Price : null)), year);
    }

    /// <summary>What the assessment of <paramref name="scenario"/> in <paramref name="year"/> reads besides the recyclability data, computed once.</summary>
    public SelectionInputs Inputs(string scenario, int year) => new(scenario, year, Flows(scenario), RiskProfiles(year), Prices(year));

    public AssessmentContext Context(SelectionInputs inputs) =>
        new(inputs.Year, Settings.ForecastYear, inputs.Flows, SupplyRisk(inputs.Risk)) { Prices = inputs.Prices };
}

/// <summary>
/// The inputs of an assessment or selection outside the recyclability tables, computed once per run: the central
/// end-of-life flows of the scenario, the risk profiles (score and sources of the supply-risk criterion) and the prices.
/// </summary>
internal sealed record SelectionInputs(string Scenario, int Year, ProductElementFlows Flows, IReadOnlyDictionary<string, RiskProfile> Risk, ElementPrices Prices);
