using Junkan.Core.Flows.Products;
using Junkan.Data.Reference;

namespace Junkan.Data.Flows.Products;

/// <summary>
/// The bottom-up product systems of data/flows/products/ (README there): products with their yearly units, lifetimes,
/// export shares and contents, the map of products to the top-down uses of each element, the published figures to check
/// them against, the citations, and the problems that do not stop a run (a use key that the element's top-down system
/// does not have: the row is kept and its top-down side shows no figure).
/// </summary>
public sealed record ProductSystemData(IReadOnlyList<ProductSystem> Products, IReadOnlyList<ProductUseMap> Map, IReadOnlyList<ProductCheckFigure> Figures,
    IReadOnlyDictionary<string, SourceRecord> Citations, IReadOnlyList<string> Warnings, IReadOnlyList<string> Files)
{
    /// <summary>No product data (the folder is absent).</summary>
    public static ProductSystemData Empty { get; } = new([], [], [], new Dictionary<string, SourceRecord>(), [], []);
}
