using Junkan.Core.Citations;
using Junkan.Core.Elements;
using Junkan.Core.Flows.Products;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Core.Stocks.Products;

namespace Junkan.Core.Tests.Flows.Products;

/// <summary>Small hand-computable product systems.</summary>
internal static class ProductTestData
{
    private static readonly Provenance Source = Provenance.Of("test", 3, 2020);

    public static ElementContent Content(string product, string element, double kg, double low = double.NaN, double high = double.NaN) =>
        new(new ProductId(product), new ElementSymbol(element), kg, double.IsNaN(low) ? kg : low, double.IsNaN(high) ? kg : high, Source, "");

    /// <summary>A product sold from 2000 with the given units, a lifetime, an export share and contents (element, kg/unit).</summary>
    public static ProductSystem Sold(string id, double[] units, LifetimeDistribution lifetime, double export, params (string Element, double Kg)[] contents) =>
        new(new ProductId(id), id, id, ProductBasis.Sales, "units", 2000, units,
            new ProductLifetime(id, lifetime, lifetime.MeanLifetime, lifetime.MeanLifetime, Source, ""),
            export > 0 ? new ShareRange(export, export, export, "test", 3) : null,
            [.. contents.Select(c => Content(id, c.Element, c.Kg))], ["test"]);

    /// <summary>A product counted when collected, from 2000.</summary>
    public static ProductSystem Collected(string id, double[] units, params (string Element, double Kg)[] contents) =>
        new(new ProductId(id), id, id, ProductBasis.Discarded, "units", 2000, units, null, null, [.. contents.Select(c => Content(id, c.Element, c.Kg))], ["test"]);
}
