using Junkan.Core.Selection;

namespace Junkan.Core.Recyclability;

/// <summary>
/// Computes the recyclability criteria of an element (docs/methods/recyclability.md): recoverable tonnes and their
/// share of demand, urban-ore ratio of the dominant source, collectability, dissipation, growth to the forecast year,
/// technology readiness of the dominant source, the supply-risk score, and the value density (content of the dominant
/// source with a content × the element's price in USD per tonne of contained element, from <see cref="AssessmentContext.Prices"/>).
/// </summary>
public static class RecyclabilityAssessor
{
    public static ElementAssessment Assess(ElementProfile p, AssessmentContext ctx, IParameterValues values)
    {
        var now = p.Sources.Select(s => SourceCalculator.Amount(s, ctx.Year, ctx.Flows, values)).ToArray();
        var later = p.Sources.Select(s => SourceCalculator.Amount(s, ctx.ForecastYear, ctx.Flows, values)).ToArray();
        double? contained = Sum(now.Select(a => a.Contained));
        double? recoverable = Sum(now.Select(a => a.Recoverable));
        double? achievable = Sum(now.Select(a => a.RecoverableAchievable));
        double? forecast = Sum(later.Select(a => a.Recoverable));
        double? demand = p.JapanDemand is { } d ? values.Of(d) : null;
        double? dissipative = p.DissipativeShare is { } ds ? values.Of(ds) : null;
        var dominant = DominantSource(now);
        var criteria = new Dictionary<Criterion, double?>
        {
            [Criterion.Recoverable] = recoverable,
            [Criterion.DemandShare] = recoverable is { } r && demand is > 0 ? r / demand : null,
            [Criterion.UrbanOreRatio] = UrbanOreRatio(now, p, values),
            [Criterion.Collectability] = Collectability(now),
            [Criterion.Dissipation] = dissipative,
            [Criterion.Growth] = recoverable is > 0 && forecast is { } f ? f / recoverable : null,
            [Criterion.TechnologyReadiness] = dominant?.Source.Trl is { } trl ? values.Of(trl) : null,
            [Criterion.SupplyRisk] = ctx.SupplyRisk.TryGetValue(p.Element, out var risk) ? risk : null,
            [Criterion.ValueDensity] = ValueDensity(now, p, ctx, values),
        };
        return new ElementAssessment(p.Element, ctx.Year, ctx.ForecastYear, now, later, contained, recoverable, achievable, forecast,
            criteria, [.. Flags(p.Element, contained, demand, dissipative), .. PriceFlags(p.Element, ctx)]);
    }

    /// <summary>Content (mass fraction) of the source with the most contained element that has one, over the ore grade.</summary>
    private static double? UrbanOreRatio(SourceAmount[] amounts, ElementProfile p, IParameterValues values)
    {
        if (p.OreGrade is not { } grade || values.Of(grade) <= 0) return null;
        var source = DominantWithContent(amounts);
        return source is null ? null : values.Of(source.Source.Content!) / values.Of(grade);
    }

    /// <summary>
    /// Value density in USD per tonne of source material: content (mass fraction) of the source chosen as for the
    /// urban-ore ratio × the element's price (USD per tonne of contained element). Null without a content or a price.
    /// </summary>
    private static double? ValueDensity(SourceAmount[] amounts, ElementProfile p, AssessmentContext ctx, IParameterValues values)
    {
        if (!ctx.Prices.Prices.TryGetValue(p.Element, out var price) || DominantWithContent(amounts) is not { } source) return null;
        return values.Of(source.Source.Content!) * values.Of(price);
    }

    /// <summary>The dominant source: the one with the most contained element (TRL is read from it); null when none has tonnes.</summary>
    public static SourceAmount? DominantSource(IEnumerable<SourceAmount> amounts) =>
        amounts.Where(a => a.Contained is > 0).OrderByDescending(a => a.Contained).FirstOrDefault();

    /// <summary>The source with the most contained element among those with a content, else the first with a content (urban-ore ratio, value density).</summary>
    public static SourceAmount? DominantWithContent(IEnumerable<SourceAmount> amounts) =>
        amounts.Where(a => a.Source.Content is not null && a.Contained is > 0).OrderByDescending(a => a.Contained).FirstOrDefault()
        ?? amounts.FirstOrDefault(a => a.Source.Content is not null);

    /// <summary>The price gap of an element without a price, as a flag (the value density cannot be computed).</summary>
    private static IEnumerable<string> PriceFlags(string element, AssessmentContext ctx) =>
        !ctx.Prices.Prices.ContainsKey(element) && ctx.Prices.Gaps.TryGetValue(element, out var gap)
            ? [$"{element}: no price for value_density: {gap}"]
            : [];

    private static double? Collectability(SourceAmount[] amounts)
    {
        double total = 0, routed = 0;
        foreach (var a in amounts)
        {
            if (a.Contained is not { } m) continue;
            total += m;
            if (IsCollectable(a.Source)) routed += m;
        }
        return total > 0 ? routed / total : null;
    }

    /// <summary>
    /// A source counts as collectable when it has a collection route or arises at a plant (scrap, by-products, liquors):
    /// only end-of-life products without a route are dispersed.
    /// </summary>
    public static bool IsCollectable(RecyclingSource s) => s.Route != CollectionRoute.None || s.Kind != SourceKind.EndOfLifeProduct;

    private static IReadOnlyList<string> Flags(string element, double? contained, double? demand, double? dissipative)
    {
        if (contained is not { } m || demand is not { } d) return [];
        double ceiling = d * (1 - (dissipative ?? 0));
        return m > ceiling
            ? [$"{element}: {m:0.###} t/y contained in the sources exceeds the demand-based ceiling {ceiling:0.###} t/y (demand × (1 − dissipative share)); check the data or a shrinking demand"]
            : [];
    }

    private static double? Sum(IEnumerable<double?> values)
    {
        double sum = 0;
        bool any = false;
        foreach (var v in values)
            if (v is { } x) { sum += x; any = true; }
        return any ? sum : null;
    }
}
