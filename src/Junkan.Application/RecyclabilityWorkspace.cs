using Junkan.Core.Flows;
using Junkan.Core.Inputs;
using Junkan.Core.Selection;
using Junkan.Core.Stocks.Products;
using Junkan.Data.Flows;
using Junkan.Data.Recyclability;
using Junkan.Data.Settings;
using Junkan.Data.Stocks;

namespace Junkan.Application;

/// <summary>The loaded, validated recyclability data: product stock data, recyclability tables and the selection settings.</summary>
public sealed class RecyclabilityWorkspace
{
    private RecyclabilityWorkspace(ProductData products, RecyclabilityData data, FlowData flows, IReadOnlyDictionary<string, ElementFlowModel> models,
        SelectionSettings settings, string settingsFile)
    {
        Products = products;
        Models = models;
        Flows = flows;
        Data = data;
        Settings = settings;
        SettingsFile = settingsFile;
    }

    public ProductData Products { get; }
    public RecyclabilityData Data { get; }

    /// <summary>The flow-system data (data/flows): the inputs of every element with a system, and why the others have none.</summary>
    public FlowData Flows { get; }
    /// <summary>The flow model of every element with a system, the groups (REE) as the sum of their members.</summary>
    public IReadOnlyDictionary<string, ElementFlowModel> Models { get; }

    public SelectionSettings Settings { get; }
    public string SettingsFile { get; }

    internal static RecyclabilityWorkspace Load(DataCatalogue catalogue, RiskWorkspace risk)
    {
        var products = ProductDataLoader.Load(catalogue.ProductInflows);
        var data = RecyclabilityDataLoader.Load(catalogue.RecyclabilityFolder, risk.Data, products);
        var flows = FlowDataLoader.Load(catalogue.FlowsFolder, [.. risk.Data.Elements.Select(e => e.Symbol)], data.Citations, data.Defaults);
        var models = flows.Inputs.ToDictionary(i => i.Key, i => new ElementFlowModel(i.Value));
        foreach (var group in risk.Data.Elements.Where(e => e.Kind == "group"))
        {
            var members = risk.Data.Elements.Where(e => e.Parent == group.Symbol && models.ContainsKey(e.Symbol)).Select(e => models[e.Symbol]).ToArray();
            if (members.Length > 0) models[group.Symbol] = ElementFlowModel.Group(group.Symbol, members);
        }
        // Elements with a flow system but no recyclability row (La, Ce, Y) get a profile from the flow system alone.
        var bare = models.Keys.Where(e => data.Profiles.All(p => p.Element != e))
            .Select(e => new Core.Recyclability.ElementProfile(e, null, null, null, null, null, null, [], []));
        data = data with
        {
            Citations = flows.Citations,   // a superset: the recyclability, reference and stock citations plus data/flows/citations.csv
            Files = [.. data.Files, .. flows.Files],
            Profiles = [.. data.Profiles.Concat(bare).Select(p => models.TryGetValue(p.Element, out var m) ? p with { Flows = m, Comparisons = Merge(p.Comparisons, flows.Figures.Where(f => f.Element == p.Element)) } : p).OrderBy(p => p.Element, StringComparer.Ordinal)],
        };
        return new RecyclabilityWorkspace(products, data, flows, models, SelectionSettingsFile.Load(catalogue.SelectionSettingsFile), catalogue.SelectionSettingsFile);
    }

    /// <summary>The published figures of both tables; a figure in both (same source, year and value) is kept once, with the flow table's quantity.</summary>
    private static Core.Recyclability.PublishedFigure[] Merge(IEnumerable<Core.Recyclability.PublishedFigure> recyclability, IEnumerable<Core.Recyclability.PublishedFigure> flows)
    {
        var list = flows.ToList();
        foreach (var f in recyclability)
            if (!list.Any(x => x.Published.SourceId == f.Published.SourceId && x.Published.Year == f.Published.Year && x.Published.Value == f.Published.Value)) list.Add(f);
        return [.. list.OrderBy(f => f.Published.Year)];
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
