using Junkan.Core.Stocks.Products;

namespace Junkan.Core.Flows.Products;

/// <summary>How a product's yearly units are read.</summary>
public enum ProductBasis
{
    /// <summary>Units put on the market (sales); the stock engine turns them into end of life with the product's lifetime.</summary>
    Sales,
    /// <summary>Units observed at end of life (collected under a recycling law); no lifetime is needed and no stock is modelled.</summary>
    Discarded,
}

/// <summary>A share with its range and provenance (fraction, 0 ≤ low ≤ value ≤ high ≤ 1).</summary>
public sealed record ShareRange
{
    public ShareRange(double value, double low, double high, string sourceId, int quality)
    {
        if (!(low >= 0 && low <= value && value <= high && high <= 1))
            throw new ArgumentException($"0 <= low <= value <= high <= 1 does not hold for {low} / {value} / {high}.");
        (Value, Low, High, SourceId, Quality) = (value, low, high, sourceId, quality);
    }

    public double Value { get; }
    public double Low { get; }
    public double High { get; }
    public string SourceId { get; }
    public int Quality { get; }
}

/// <summary>
/// One product system of Japan, bottom-up: units per year from <see cref="FirstYear"/> (sales or units discarded, in
/// <see cref="Unit"/> per year, ≥ 0), the lifetime (required for sales), the share of the outflow exported as used
/// products (sales only; null = none), the element contents (kg per unit) and the sources of the units. Checked here.
/// </summary>
public sealed record ProductSystem
{
    public ProductSystem(ProductId id, string nameEn, string nameJa, ProductBasis basis, string unit, int firstYear, double[] units,
        ProductLifetime? lifetime, ShareRange? exportShare, IReadOnlyList<ElementContent> contents, IReadOnlyList<string> sourceIds)
    {
        if (units.Length == 0) throw new ArgumentException($"Product '{id}' has no years.", nameof(units));
        if (units.Any(u => !double.IsFinite(u) || u < 0)) throw new ArgumentException($"Product '{id}': units must be finite and >= 0.", nameof(units));
        if (basis == ProductBasis.Sales && lifetime is null) throw new ArgumentException($"Product '{id}' is counted by sales and needs a lifetime.", nameof(lifetime));
        if (contents.Any(c => c.Product != id)) throw new ArgumentException($"A content of another product was given to '{id}'.", nameof(contents));
        (Id, NameEn, NameJa, Basis, Unit, FirstYear, Units, Lifetime, ExportShare, Contents, SourceIds) =
            (id, nameEn, nameJa, basis, unit, firstYear, units, lifetime, exportShare, contents, sourceIds);
    }

    public ProductId Id { get; }
    public string NameEn { get; }
    public string NameJa { get; }
    public ProductBasis Basis { get; }
    public string Unit { get; }
    public int FirstYear { get; }
    public double[] Units { get; }
    public ProductLifetime? Lifetime { get; }
    public ShareRange? ExportShare { get; }
    public IReadOnlyList<ElementContent> Contents { get; }
    public IReadOnlyList<string> SourceIds { get; }

    public int LastYear => FirstYear + Units.Length - 1;

    /// <summary>The same product with every unit and content scaled (tests: doubling sales doubles flows).</summary>
    public ProductSystem WithUnits(double[] units) => new(Id, NameEn, NameJa, Basis, Unit, FirstYear, units, Lifetime, ExportShare, Contents, SourceIds);

    /// <summary>The same product with other contents.</summary>
    public ProductSystem WithContents(IReadOnlyList<ElementContent> contents) => new(Id, NameEn, NameJa, Basis, Unit, FirstYear, Units, Lifetime, ExportShare, contents, SourceIds);
}

/// <summary>
/// Which top-down uses of an element a product's end of life belongs to (use keys of the element's flow system), and
/// whether the product covers those uses completely or only in part (then bottom-up &lt; top-down is expected).
/// </summary>
public sealed record ProductUseMap(string Product, string Element, IReadOnlyList<string> Uses, bool Partial, string Note);
