using Junkan.Core.Inputs;
using Junkan.Core.Selection;
using Junkan.Core.Stocks.Products;
using Junkan.Data.Recyclability;
using Junkan.Data.Settings;
using Junkan.Data.Stocks;

namespace Junkan.Application;

/// <summary>The loaded, validated recyclability data: product stock data, recyclability tables and the selection settings.</summary>
public sealed class RecyclabilityWorkspace
{
    private RecyclabilityWorkspace(ProductData products, RecyclabilityData data, SelectionSettings settings, string settingsFile)
    {
        Products = products;
        Data = data;
        Settings = settings;
        SettingsFile = settingsFile;
    }

    public ProductData Products { get; }
    public RecyclabilityData Data { get; }
    public SelectionSettings Settings { get; }
    public string SettingsFile { get; }

    internal static RecyclabilityWorkspace Load(DataCatalogue catalogue, RiskWorkspace risk)
    {
        var products = ProductDataLoader.Load(catalogue.ProductInflows);
        var data = RecyclabilityDataLoader.Load(catalogue.RecyclabilityFolder, risk.Data, products);
        return new RecyclabilityWorkspace(products, data, SelectionSettingsFile.Load(catalogue.SelectionSettingsFile), catalogue.SelectionSettingsFile);
    }

    /// <summary>The product scenario to use: the one asked for (checked), else the first non-historic one.</summary>
    public string Scenario(string? asked)
    {
        var scenarios = Products.Scenarios;
        if (asked is not null)
            return scenarios.Contains(asked) ? asked : throw new NotInDataException("--scenario", $"--scenario {asked}: the product data have {string.Join(", ", scenarios)}.");
        return scenarios.FirstOrDefault(s => s != ProductDataLoader.Historic) ?? ProductDataLoader.Historic;
    }

    public IReadOnlyList<ProductInflowPath> Paths(string scenario) => Products.Paths.Where(p => p.Scenario == scenario).ToArray();
}
