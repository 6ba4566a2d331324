using Junkan.Core.Stocks.Products;

namespace Junkan.Core.Flows.Products;

/// <summary>
/// Product systems to end-of-life element flows (docs/methods/flows.md §7): a sales product runs through the stock
/// engine (<see cref="EndOfLifeModel"/>: outflow o(t) = Σ_c s(c)·pdf(t − c), with the lifetime's mean range as the
/// envelope), split into used-product export e and domestic end of life (1 − e); a discarded product's units are the
/// outflow itself, all domestic. Element tonnes = units × content (kg/unit) / 1,000.
/// </summary>
public static class BottomUpModel
{
    private const double KgPerTonne = 1_000.0;

    /// <summary>The end of life of every product.</summary>
    public static IReadOnlyList<ProductEndOfLife> Run(IReadOnlyList<ProductSystem> products) => [.. products.Select(Run)];

    /// <summary>The end of life of one product.</summary>
    public static ProductEndOfLife Run(ProductSystem p) => p.Basis == ProductBasis.Sales ? Sales(p) : Discarded(p);

    private static ProductEndOfLife Sales(ProductSystem p)
    {
        var path = new ProductInflowPath(p.Id, "bottom_up", p.FirstYear, p.Units, p.Unit, p.SourceIds, 1);
        double e = p.ExportShare?.Value ?? 0;
        var lifetimes = new Dictionary<string, ProductLifetime> { [p.Id.Value] = p.Lifetime! };
        var flows = EndOfLifeModel.Run([path], lifetimes, p.Contents, split: new OutflowShares(0, e))[0];
        return new ProductEndOfLife(p, p.FirstYear, flows.Stock, flows.Outflow, flows.Destinations!.Export, flows.Destinations.DomesticEndOfLife, flows.Elements);
    }

    private static ProductEndOfLife Discarded(ProductSystem p)
    {
        var units = p.Units.ToArray();
        var elements = p.Contents.Select(c =>
        {
            double[] T(double kg) => [.. units.Select(u => u * kg / KgPerTonne)];
            var central = T(c.KgPerUnit);
            return new ElementOutflow(c.Element.Value, central, T(c.Low), T(c.High), c, central);
        }).ToArray();
        return new ProductEndOfLife(p, p.FirstYear, null, units, new double[units.Length], units, elements);
    }
}
