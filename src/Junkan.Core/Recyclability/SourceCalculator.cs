namespace Junkan.Core.Recyclability;

/// <summary>
/// Contained and recoverable tonnes of a source in a year (recyclability.md): M = model end-of-life tonnes for a product
/// with a stock model, else the published contained tonnes, else generation × content; R = M · r · y_pre · y_end.
/// </summary>
public static class SourceCalculator
{
    public static SourceAmount Amount(RecyclingSource s, int year, ProductElementFlows flows, IParameterValues values)
    {
        bool modelled = s.Product is { } p && flows.Has(p, s.Element);
        var gaps = s.Gaps(modelled);
        double? contained = modelled ? flows.Tonnes(s.Product!, s.Element, year)
            : s.Contained is { } c ? values.Of(c)
            : s.Generation is { } g && s.Content is { } f ? values.Of(g) * values.Of(f) : null;
        if (modelled && contained is null) gaps = [.. gaps, $"stock model has no year {year}"];
        double? chain = s.YieldPre is { } pre && s.YieldEnd is { } end ? values.Of(pre) * values.Of(end) : null;
        double? now = contained * (s.CollectionNow is { } r ? values.Of(r) : null) * chain;
        double? achievable = contained * (s.CollectionAchievable is { } ra ? values.Of(ra) : s.CollectionNow is { } r2 ? values.Of(r2) : null) * chain;
        return new SourceAmount(s, year, contained, now, achievable, gaps);
    }
}
