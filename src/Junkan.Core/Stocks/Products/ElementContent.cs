using Junkan.Core.Elements;

namespace Junkan.Core.Stocks.Products;

/// <summary>
/// Mass of an element contained in one unit of a product, in kg per unit of the product's inflow unit (kg/unit,
/// kg/MW, kg/t), with its range (low ≤ value ≤ high, all finite and ≥ 0, checked here) and provenance.
/// </summary>
public sealed record ElementContent
{
    public ElementContent(ProductId product, ElementSymbol element, double kgPerUnit, double low, double high, Citations.Provenance provenance, string note)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || !(low >= 0 && low <= kgPerUnit && kgPerUnit <= high))
            throw new ArgumentException($"content of {element} in {product}: 0 <= low <= value <= high (finite) does not hold for {low} / {kgPerUnit} / {high}.");
        (Product, Element, KgPerUnit, Low, High, Provenance, Note) = (product, element, kgPerUnit, low, high, provenance, note);
    }

    public ProductId Product { get; }
    public ElementSymbol Element { get; }
    public double KgPerUnit { get; }
    public double Low { get; }
    public double High { get; }
    public Citations.Provenance Provenance { get; }
    public string Note { get; }

    public int Year => Provenance.Year ?? 0;
    public string SourceId => Provenance.Source.Value;
    public int Quality => Provenance.Quality.Value;
}
