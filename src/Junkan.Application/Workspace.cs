using Junkan.Core.Flows.Products;
using Junkan.Data.Flows.Products;

namespace Junkan.Application;

/// <summary>
/// The loaded, validated data of one data folder and its settings, loaded once and immutable: the risk part at
/// once, the recyclability part (product stock model, recyclability tables, selection settings) on first use.
/// Every use case reads from a workspace; none reads files on its own.
/// </summary>
public sealed class Workspace
{
    private readonly Lazy<RecyclabilityWorkspace> _recyclability;
    private readonly Lazy<(ProductSystemData, IReadOnlyList<ProductEndOfLife>)> _products;

    private Workspace(DataCatalogue catalogue)
    {
        Catalogue = catalogue;
        // Indicator ⑥ reads the flow systems, which load with the recyclability part on the first ⑥ asked for.
        Risk = RiskWorkspace.Load(catalogue, Directory.Exists(catalogue.FlowsFolder) ? () => Recyclability.Models : null);
        _recyclability = new Lazy<RecyclabilityWorkspace>(() => RecyclabilityWorkspace.Load(catalogue, Risk), LazyThreadSafetyMode.ExecutionAndPublication);
        _products = new(() => Flows.BottomUpAnalysis.Load(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public DataCatalogue Catalogue { get; }
    public RiskWorkspace Risk { get; }

    /// <summary>The recyclability part, loaded (and validated) on first access; a bad table fails here with its file, row and column.</summary>
    public RecyclabilityWorkspace Recyclability => _recyclability.Value;

    /// <summary>The bottom-up product systems (data/flows/products) and their end-of-life runs, loaded on first access.</summary>
    internal (ProductSystemData Data, IReadOnlyList<ProductEndOfLife> Runs) ProductSystems => _products.Value;

    /// <summary>Opens the data the catalogue points to (the reference tables and risk settings are read now).</summary>
    public static Workspace Open(DataCatalogue catalogue) => new(catalogue);

    /// <summary>
    /// The bundled data of <paramref name="bundled"/> with <paramref name="tables"/> (reference table file name → CSV
    /// text, e.g. a stored user data set) in place of the bundled tables, opened on a private copy in
    /// <paramref name="folder"/> (<see cref="DataOverlay"/>); the bundled folder is never written. The recyclability
    /// part is loaded now, so a table the flow systems cannot use fails here rather than on a later page.
    /// </summary>
    public static Workspace OpenOverlay(DataCatalogue bundled, IReadOnlyDictionary<string, string> tables, string folder)
    {
        var w = new Workspace(DataOverlay.Create(bundled, tables, folder));
        _ = w.Recyclability;
        return w;
    }
}
