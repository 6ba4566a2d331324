namespace Junkan.Core.Recyclability;

/// <summary>
/// Contained, recoverable and achievable tonnes of one source in one year (t of element per year; null = not computable).
/// A value type, so that a Monte Carlo draw can hold the tonnes of every source on the stack.
/// </summary>
internal readonly record struct SourceTonnes(double? Contained, double? Recoverable, double? RecoverableAchievable, double? PrimaryByproduct = null);

/// <summary>
/// Contained and recoverable tonnes of a source in a year (recyclability.md): M = model end-of-life tonnes for a product
/// with a stock model, else the published contained tonnes, else generation × content; R = M · r · y_pre · y_end.
/// A source with a published output (<see cref="RecyclingSource.Recovered"/>, t recovered per year) has R = that output
/// (losses are already in it), R* = R · max(1, r*/r) where both collection rates are published (else R), and M = the contained
/// tonnes where known, else the output (a lower bound). A primary by-product source has no M, R, R*: only its output.
/// </summary>
public static class SourceCalculator
{
    /// <summary>The tonnes of <paramref name="s"/> in <paramref name="year"/> with the parameters that are data gaps.</summary>
    public static SourceAmount Amount(RecyclingSource s, int year, ProductElementFlows flows, IParameterValues values)
    {
        bool modelled = IsModelled(s, flows);
        var gaps = s.Gaps(modelled);
        var t = Tonnes(s, year, flows, values);
        if (modelled && t.Contained is null) gaps = [.. gaps, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"stock model has no year {year}")];
        return new SourceAmount(s, year, t.Contained, t.Recoverable, t.RecoverableAchievable, gaps, t.PrimaryByproduct);
    }

    /// <summary>
    /// The tonnes of <paramref name="s"/> in <paramref name="year"/> (t of element per year) without the gap list; draws the
    /// estimates in the same order as <see cref="Amount"/>, so both give the same numbers from the same draw.
    /// </summary>
    internal static SourceTonnes Tonnes(RecyclingSource s, int year, ProductElementFlows flows, IParameterValues values)
    {
        if (s.IsPrimary) return new SourceTonnes(null, null, null, s.Recovered is { } output ? values.Of(output) : null);
        if (s.Recovered is { } rec) return FromOutput(s, year, flows, values, rec);
        double? contained = IsModelled(s, flows) ? flows.Tonnes(s.Product!, s.Element, year)
            : s.Contained is { } c ? values.Of(c)
            : s.Generation is { } g && s.Content is { } f ? values.Of(g) * values.Of(f) : null;
        double? chain = s.YieldPre is { } pre && s.YieldEnd is { } end ? values.Of(pre) * values.Of(end) : null;
        double? now = contained * (s.CollectionNow is { } r ? values.Of(r) : null) * chain;
        double? achievable = contained * (s.CollectionAchievable is { } ra ? values.Of(ra) : s.CollectionNow is { } r2 ? values.Of(r2) : null) * chain;
        return new SourceTonnes(contained, now, achievable);
    }

    /// <summary>Tonnes of a secondary source whose figure is its output (recovered metal): no collection rate or yield is applied again.</summary>
    private static SourceTonnes FromOutput(RecyclingSource s, int year, ProductElementFlows flows, IParameterValues values, Estimate recovered)
    {
        double output = values.Of(recovered);
        double? contained = IsModelled(s, flows) ? flows.Tonnes(s.Product!, s.Element, year)
            : s.Contained is { } c ? values.Of(c)
            : s.Generation is { } g && s.Content is { } f ? values.Of(g) * values.Of(f) : null;
        double achievable = s.CollectionAchievable is { } ra && s.CollectionNow is { } r && values.Of(r) > 0
            ? output * Math.Max(1, values.Of(ra) / values.Of(r)) : output;
        return new SourceTonnes(Math.Max(contained ?? output, output), output, achievable);
    }

    private static bool IsModelled(RecyclingSource s, ProductElementFlows flows) => s.Product is { } p && flows.Has(p, s.Element);
}
