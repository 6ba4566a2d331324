using Junkan.Core.Stocks.Products;

namespace Junkan.Core.Flows.Products;

/// <summary>
/// A product's end of life per year from <see cref="FirstYear"/> (units/y; stock in units at year end; sales basis
/// only, else null): units leaving use, exported as used products, left in Japan (domestic end of life), and per element
/// the tonnes leaving use (<see cref="ElementOutflow.Tonnes"/>, with the lifetime and content envelope) and the tonnes
/// left in Japan (<see cref="ElementOutflow.DomesticTonnes"/>).
/// </summary>
public sealed record ProductEndOfLife(ProductSystem Product, int FirstYear, double[]? Stock, double[] Outflow, double[] Exported, double[] Domestic,
    IReadOnlyList<ElementOutflow> Elements)
{
    public int LastYear => FirstYear + Outflow.Length - 1;

    /// <summary>Index of a year, or −1 outside the years.</summary>
    public int IndexOf(int year) => year >= FirstYear && year <= LastYear ? year - FirstYear : -1;

    /// <summary>The outflow of one element (null when the product has no content of it).</summary>
    public ElementOutflow? Of(string element) => Elements.FirstOrDefault(e => e.Element == element);

    /// <summary>
    /// Tonnes of an element left in Japan in year index t: central, and the envelope with the export share's range
    /// (low content and lifetime with the highest export, and the reverse); zero without content.
    /// </summary>
    public (double Value, double Low, double High) DomesticTonnes(string element, int t)
    {
        if (Of(element) is not { } x || t < 0) return (0, 0, 0);
        var e = Product.ExportShare;
        return (x.DomesticTonnes![t], x.Low[t] * (1 - (e?.High ?? 0)), x.High[t] * (1 - (e?.Low ?? 0)));
    }
}
