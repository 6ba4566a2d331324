namespace Junkan.Core.Flows.Products;

/// <summary>
/// One comparison of bottom-up and top-down for an element, a year and the top-down uses a group of products maps to
/// (t of element per year). Sales products are compared on end of life (leaving use, before export) and, beside it,
/// on domestic end of life; products counted when collected are compared with the top-down collected flow of the
/// same uses. Difference = bottom-up − top-down; ratio = bottom-up / top-down (null without a top-down figure).
/// </summary>
public sealed record ReconciliationRow(string Element, int Year, IReadOnlyList<string> Uses, IReadOnlyList<string> Products, ProductBasis Basis, bool Partial,
    double BottomUpT, double BottomUpLowT, double BottomUpHighT, double BottomUpDomesticT, double? TopDownT, double? TopDownDomesticT)
{
    public double? DifferenceT => TopDownT is { } t ? BottomUpT - t : null;

    public double? Ratio => TopDownT is { } t && t > 0 ? BottomUpT / t : null;

    /// <summary>What the two sides measure: <c>end_of_life</c> (sales products) or <c>collected</c> (products counted at collection).</summary>
    public string Compared => Basis == ProductBasis.Sales ? "end_of_life" : "collected";
}

/// <summary>
/// A published figure to set beside the bottom-up products (issue 12 §2): <see cref="Measure"/> <c>recovered_t</c>
/// (element recovered from the products, t; compared with the domestic contained tonnes), <c>units</c> (units leaving
/// use or collected), <c>domestic_units</c> (units left in Japan: end-of-life vehicles), <c>exported_units</c>.
/// <see cref="Element"/> <c>ALL</c> for unit counts.
/// </summary>
public sealed record ProductCheckFigure(string Element, string Measure, IReadOnlyList<string> Products, int Year, double Value, double Low, double High,
    string Unit, string SourceId, int Quality, string Note);

/// <summary>A published figure with the bottom-up figure for the same products and year, and published / model (null when the model is 0).</summary>
public sealed record ProductCheck(ProductCheckFigure Figure, double Model, double ModelLow, double ModelHigh)
{
    public double? Ratio => Model > 0 ? Figure.Value / Model : null;

    /// <summary>Whether the published figure lies within the model's envelope.</summary>
    public bool WithinRange => Figure.Value >= ModelLow && Figure.Value <= ModelHigh;
}

/// <summary>The reconciliation of one element: rows by year and use group, the published checks, and the products behind them.</summary>
public sealed record BottomUpReconciliation(string Element, IReadOnlyList<ReconciliationRow> Rows, IReadOnlyList<ProductCheck> Checks,
    IReadOnlyList<ProductEndOfLife> Products, IReadOnlyList<ProductUseMap> Map);

/// <summary>Bottom-up product systems set against an element's top-down flow system (docs/methods/flows.md §7).</summary>
public static class Reconciliation
{
    /// <summary>
    /// The rows of <paramref name="element"/> in each of <paramref name="years"/> (years outside the products' span are
    /// skipped; a year outside the top-down system gives a row without top-down figures), and the checks that name the
    /// element (or <c>ALL</c> with a product of the element).
    /// </summary>
    public static BottomUpReconciliation Of(string element, ElementFlowSystem? topDown, IReadOnlyList<ProductEndOfLife> products,
        IReadOnlyList<ProductUseMap> map, IReadOnlyList<ProductCheckFigure> figures, IEnumerable<int> years)
    {
        var present = products.Select(p => p.Product.Id.Value).ToHashSet(StringComparer.Ordinal);
        var mine = map.Where(m => m.Element == element && present.Contains(m.Product)).ToArray();
        var used = products.Where(p => mine.Any(m => m.Product == p.Product.Id.Value)).ToArray();
        var groups = mine.GroupBy(m => (Key: string.Join(";", m.Uses.Order(StringComparer.Ordinal)), Basis: used.First(p => p.Product.Id.Value == m.Product).Product.Basis))
            .ToArray();
        var rows = new List<ReconciliationRow>();
        foreach (int year in years.Distinct().Order())
            foreach (var g in groups)
            {
                var members = used.Where(p => g.Any(m => m.Product == p.Product.Id.Value) && p.IndexOf(year) >= 0).ToArray();
                if (members.Length == 0) continue;
                rows.Add(Row(element, year, g.Key.Key.Split(';'), members, g.Key.Basis, g.Any(m => m.Partial), topDown));
            }
        var names = mine.Select(m => m.Product).ToHashSet(StringComparer.Ordinal);
        var checks = figures.Where(f => f.Element == element || (f.Element == "ALL" && f.Products.Any(names.Contains)))
            .Select(f => Check(f, element, products)).Where(c => c is not null).Select(c => c!).ToArray();
        return new BottomUpReconciliation(element, rows, checks, used, mine);
    }

    private static ReconciliationRow Row(string element, int year, string[] uses, ProductEndOfLife[] members, ProductBasis basis, bool partial, ElementFlowSystem? topDown)
    {
        double bu = 0, low = 0, high = 0, domestic = 0;
        foreach (var p in members)
        {
            int t = p.IndexOf(year);
            if (p.Of(element) is not { } x) continue;
            (bu, low, high) = (bu + x.Tonnes[t], low + x.Low[t], high + x.High[t]);
            domestic += p.DomesticTonnes(element, t).Value;
        }
        var (td, tdDomestic) = TopDown(topDown, year, uses, basis);
        return new ReconciliationRow(element, year, uses, [.. members.Select(m => m.Product.Id.Value)], basis, partial, bu, low, high, domestic, td, tdDomestic);
    }

    /// <summary>The top-down figure of the uses in a year: end of life and end of life less used-product exports (sales), or collected (both, discarded).</summary>
    private static (double?, double?) TopDown(ElementFlowSystem? topDown, int year, string[] uses, ProductBasis basis)
    {
        if (topDown is null || year < topDown.System.FirstYear || year > topDown.System.LastYear) return (null, null);
        int t = topDown.System.IndexOf(year);
        double Sum(FlowKind k) => topDown.System.Flows.Where(f => f.Kind == k && f.Use is not null && uses.Contains(f.Use)).Sum(f => f[t]);
        if (basis == ProductBasis.Discarded) return (Sum(FlowKind.Collected), Sum(FlowKind.Collected));
        double eol = Sum(FlowKind.EndOfLife);
        return (eol, eol - Sum(FlowKind.UsedProductExport));
    }

    private static ProductCheck? Check(ProductCheckFigure f, string element, IReadOnlyList<ProductEndOfLife> products)
    {
        var members = products.Where(p => f.Products.Contains(p.Product.Id.Value) && p.IndexOf(f.Year) >= 0).ToArray();
        if (members.Length == 0) return null;
        double v = 0, lo = 0, hi = 0;
        foreach (var p in members)
        {
            int t = p.IndexOf(f.Year);
            var (a, b, c) = f.Measure switch
            {
                "recovered_t" => p.DomesticTonnes(element, t),
                "units" => (p.Outflow[t], p.Outflow[t], p.Outflow[t]),
                "domestic_units" => Units(p, t, exported: false),
                "exported_units" => Units(p, t, exported: true),
                _ => throw new ArgumentException($"Unknown measure '{f.Measure}' (recovered_t, units, domestic_units, exported_units)."),
            };
            (v, lo, hi) = (v + a, lo + b, hi + c);
        }
        return new ProductCheck(f, v, lo, hi);
    }

    /// <summary>Units of a destination with the export share's range (domestic: 1 − e; exported: e).</summary>
    private static (double, double, double) Units(ProductEndOfLife p, int t, bool exported)
    {
        double o = p.Outflow[t], value = exported ? p.Exported[t] : p.Domestic[t];
        if (p.Product.ExportShare is not { } e) return (value, value, value);
        return exported ? (value, o * e.Low, o * e.High) : (value, o * (1 - e.High), o * (1 - e.Low));
    }
}
