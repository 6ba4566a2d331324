using Junkan.Core.Stocks.Products;
using Junkan.Data.Reference;

namespace Junkan.Data.Stocks;

/// <summary>
/// A product table set for the dynamic stock model: inflow paths (history joined to each scenario), lifetimes and element
/// contents, every row with its source (resolved in <see cref="Sources"/>) and quality. The files it came from are kept
/// for the run manifest.
/// </summary>
public sealed record ProductData(
    IReadOnlyList<ProductInflowPath> Paths,
    IReadOnlyDictionary<string, ProductLifetime> Lifetimes,
    IReadOnlyList<ElementContent> Contents,
    IReadOnlyDictionary<string, SourceRecord> Sources,
    IReadOnlyList<string> Files)
{
    /// <summary>The scenarios, history first.</summary>
    public IReadOnlyList<string> Scenarios => Paths.Select(p => p.Scenario).Distinct().ToArray();

    /// <summary>An assessment year given as <paramref name="option"/>: within the years of the inflow paths, else not in the data.</summary>
    public int CheckedYear(int year, string option = "--year")
    {
        int first = Paths.Min(p => p.FirstYear), last = Paths.Max(p => p.LastYear);
        return year >= first && year <= last ? year
            : throw new Core.Inputs.NotInDataException(option, $"{option} {year}: outside the product data, which cover {first}-{last}.");
    }

    /// <summary>Every source id a result of these tables depends on, in first-use order.</summary>
    public IReadOnlyList<string> UsedSourceIds =>
        Paths.SelectMany(p => p.SourceIds).Concat(Lifetimes.Values.Select(l => l.SourceId)).Concat(Contents.Select(c => c.SourceId)).Distinct().ToArray();
}
