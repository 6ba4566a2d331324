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
    /// <summary>Sources an element may have before the draw path keeps their tonnes on the heap instead of the stack.</summary>
    private const int StackSources = 32;

    /// <summary>The full assessment: per-source amounts with their gaps, totals, criteria and flags.</summary>
    public static ElementAssessment Assess(ElementProfile p, AssessmentContext ctx, IParameterValues values)
    {
        var now = p.Sources.Select(s => SourceCalculator.Amount(s, ctx.Year, ctx.Flows, values)).ToArray();
        var later = p.Sources.Select(s => SourceCalculator.Amount(s, ctx.ForecastYear, ctx.Flows, values)).ToArray();
        var row = new double?[Criteria.All.Count];
        var t = Compute(p, ctx, values, Tonnes(now), Tonnes(later), row);
        var flows = t.Flows;
        var criteria = new Dictionary<Criterion, double?>(row.Length);
        foreach (var c in Criteria.All) criteria[c] = row[(int)c];
        return new ElementAssessment(p.Element, ctx.Year, ctx.ForecastYear, now, later, t.Contained, t.Recoverable, t.Achievable, t.Forecast,
            criteria, [.. (p.Flows is null ? Flags(p.Element, t.Contained, t.Demand, t.Dissipative) : []), .. PriceFlags(p.Element, ctx)])
        {
            PrimaryByproduct = now.Aggregate((double?)null, (sum, a) => Add(sum, a.PrimaryByproduct)),
            Flows = flows,
        };
    }

    /// <summary>
    /// The criterion values only, in <see cref="Criteria.All"/> order with NaN where <see cref="Assess"/> has null: the
    /// same numbers from the same draws, without per-source records, gap lists, flags or a dictionary (Monte Carlo draws).
    /// </summary>
    internal static void AssessCriteria(ElementProfile p, AssessmentContext ctx, IParameterValues values, Span<double> criteria)
    {
        int m = p.Sources.Count;
        Span<SourceTonnes> now = m <= StackSources ? stackalloc SourceTonnes[m] : new SourceTonnes[m];
        Span<SourceTonnes> later = m <= StackSources ? stackalloc SourceTonnes[m] : new SourceTonnes[m];
        for (int i = 0; i < m; i++) now[i] = SourceCalculator.Tonnes(p.Sources[i], ctx.Year, ctx.Flows, values);
        for (int i = 0; i < m; i++) later[i] = SourceCalculator.Tonnes(p.Sources[i], ctx.ForecastYear, ctx.Flows, values);
        Span<double?> result = stackalloc double?[criteria.Length];
        Compute(p, ctx, values, now, later, result);
        for (int j = 0; j < criteria.Length; j++) criteria[j] = result[j] ?? double.NaN;
    }

    /// <summary>Totals of an assessment (t/y) and the drawn demand (t/y) and dissipative share (fraction).</summary>
    private readonly record struct Totals(double? Contained, double? Recoverable, double? Achievable, double? Forecast, double? Demand, double? Dissipative)
    {
        /// <summary>The flow-system outcome the totals came from (null when the sources decided).</summary>
        public Flows.FlowOutcome? Flows { get; init; }
    }

    /// <summary>
    /// The criteria from the per-source tonnes now and in the forecast year (sources in profile order). The estimates are
    /// drawn in a fixed order (demand, dissipative share, then criterion by criterion), which a draw's numbers depend on.
    /// </summary>
    private static Totals Compute(ElementProfile p, AssessmentContext ctx, IParameterValues values,
        ReadOnlySpan<SourceTonnes> now, ReadOnlySpan<SourceTonnes> later, Span<double?> criteria)
    {
        if (p.Flows is { } model) return FromFlows(p, model, ctx, values, now, criteria);
        double? contained = null, recoverable = null, achievable = null, forecast = null;
        foreach (var a in now) (contained, recoverable, achievable) = (Add(contained, a.Contained), Add(recoverable, a.Recoverable), Add(achievable, a.RecoverableAchievable));
        foreach (var a in later) forecast = Add(forecast, a.Recoverable);
        double? demand = p.JapanDemand is { } d ? values.Of(d) : null;
        double? dissipative = p.DissipativeShare is { } ds ? values.Of(ds) : null;
        int dominant = DominantIndex(now);
        criteria[(int)Criterion.Recoverable] = recoverable;
        criteria[(int)Criterion.DemandShare] = recoverable is { } r && demand is > 0 ? r / demand : null;
        criteria[(int)Criterion.UrbanOreRatio] = UrbanOreRatio(now, p, values);
        criteria[(int)Criterion.Collectability] = Collectability(now, p.Sources);
        criteria[(int)Criterion.Dissipation] = dissipative;
        criteria[(int)Criterion.Growth] = recoverable is > 0 && forecast is { } f ? f / recoverable : null;
        criteria[(int)Criterion.TechnologyReadiness] = dominant >= 0 && p.Sources[dominant].Trl is { } trl ? values.Of(trl) : null;
        criteria[(int)Criterion.SupplyRisk] = ctx.SupplyRisk.TryGetValue(p.Element, out var risk) ? risk : null;
        criteria[(int)Criterion.ValueDensity] = ValueDensity(now, p, ctx, values);
        return new Totals(contained, recoverable, achievable, forecast, demand, dissipative);
    }

    /// <summary>
    /// The criteria from the element's flow system (docs/methods/flows.md §4): recovered today (end of life + new scrap)
    /// and its share of demand, collectability = collected / end-of-life flow, dissipative share of demand, growth of the
    /// technical potential to the forecast year, TRL of the use with the largest end-of-life flow; the urban-ore ratio
    /// and value density from that use's content, else from the recycling sources.
    /// </summary>
    private static Totals FromFlows(ElementProfile p, Flows.ElementFlowModel model, AssessmentContext ctx, IParameterValues values,
        ReadOnlySpan<SourceTonnes> now, Span<double?> criteria)
    {
        var o = model.Evaluate(values, ctx.Year, ctx.ForecastYear);
        var dominant = o.DominantUse?.Parameters;
        double? content = dominant?.Content is { } c ? values.Of(c) : null;
        double? grade = p.OreGrade is { } g && values.Of(g) > 0 ? values.Of(g) : null;
        criteria[(int)Criterion.Recoverable] = o.RecoveredToday;
        criteria[(int)Criterion.DemandShare] = o.Demand > 0 ? o.RecoveredToday / o.Demand : null;
        criteria[(int)Criterion.UrbanOreRatio] = content is { } x && grade is { } y ? x / y : UrbanOreRatio(now, p, values);
        criteria[(int)Criterion.Collectability] = o.Collectability;
        criteria[(int)Criterion.Dissipation] = o.DissipativeShare;
        criteria[(int)Criterion.Growth] = o.Growth;
        criteria[(int)Criterion.TechnologyReadiness] = dominant?.Trl is { } trl ? values.Of(trl) : null;
        criteria[(int)Criterion.SupplyRisk] = ctx.SupplyRisk.TryGetValue(p.Element, out var risk) ? risk : null;
        criteria[(int)Criterion.ValueDensity] = content is { } cc && ctx.Prices.Prices.TryGetValue(p.Element, out var price) ? cc * values.Of(price) : ValueDensity(now, p, ctx, values);
        return new Totals(o.Potential, o.RecoveredToday, o.Achievable, o.RecoveredForecast, o.Demand, o.DissipativeShare) { Flows = o };
    }

    /// <summary>Content (mass fraction) of the source with the most contained element that has one, over the ore grade.</summary>
    private static double? UrbanOreRatio(ReadOnlySpan<SourceTonnes> amounts, ElementProfile p, IParameterValues values)
    {
        if (p.OreGrade is not { } grade || values.Of(grade) <= 0) return null;
        int source = DominantWithContentIndex(amounts, p.Sources);
        return source < 0 ? null : values.Of(p.Sources[source].Content!) / values.Of(grade);
    }

    /// <summary>
    /// Value density in USD per tonne of source material: content (mass fraction) of the source chosen as for the
    /// urban-ore ratio × the element's price (USD per tonne of contained element). Null without a content or a price.
    /// </summary>
    private static double? ValueDensity(ReadOnlySpan<SourceTonnes> amounts, ElementProfile p, AssessmentContext ctx, IParameterValues values)
    {
        if (!ctx.Prices.Prices.TryGetValue(p.Element, out var price)) return null;
        int source = DominantWithContentIndex(amounts, p.Sources);
        return source < 0 ? null : values.Of(p.Sources[source].Content!) * values.Of(price);
    }

    /// <summary>The dominant source: the one with the most contained element (TRL is read from it); null when none has tonnes.</summary>
    public static SourceAmount? DominantSource(IEnumerable<SourceAmount> amounts)
    {
        var a = amounts.ToArray();
        return At(a, DominantIndex(Tonnes(a)));
    }

    /// <summary>The source with the most contained element among those with a content, else the first with a content (urban-ore ratio, value density).</summary>
    public static SourceAmount? DominantWithContent(IEnumerable<SourceAmount> amounts)
    {
        var a = amounts.ToArray();
        return At(a, DominantWithContentIndex(Tonnes(a), a.Select(x => x.Source).ToArray()));
    }

    /// <summary>Index of the dominant source (-1 when none has tonnes): the most contained tonnes, the first of equals.</summary>
    private static int DominantIndex(ReadOnlySpan<SourceTonnes> amounts)
    {
        int best = -1;
        for (int i = 0; i < amounts.Length; i++)
            if (amounts[i].Contained is > 0 and var m && (best < 0 || m > amounts[best].Contained)) best = i;
        return best;
    }

    /// <summary>Index of the dominant source among the secondary ones with a content, else of the first with a content (-1 when none has one).</summary>
    private static int DominantWithContentIndex(ReadOnlySpan<SourceTonnes> amounts, IReadOnlyList<RecyclingSource> sources)
    {
        int best = -1, first = -1;
        for (int i = 0; i < amounts.Length; i++)
        {
            if (sources[i].Content is null || sources[i].IsPrimary) continue;   // a primary by-product is not an urban ore
            if (first < 0) first = i;
            if (amounts[i].Contained is > 0 and var m && (best < 0 || m > amounts[best].Contained)) best = i;
        }
        return best >= 0 ? best : first;
    }

    private static SourceAmount? At(SourceAmount[] amounts, int index) => index < 0 ? null : amounts[index];

    private static SourceTonnes[] Tonnes(SourceAmount[] amounts) =>
        Array.ConvertAll(amounts, a => new SourceTonnes(a.Contained, a.Recoverable, a.RecoverableAchievable));

    /// <summary>The price gap of an element without a price, as a flag (the value density cannot be computed).</summary>
    private static IEnumerable<string> PriceFlags(string element, AssessmentContext ctx) =>
        !ctx.Prices.Prices.ContainsKey(element) && ctx.Prices.Gaps.TryGetValue(element, out var gap)
            ? [$"{element}: no price for value_density: {gap}"]
            : [];

    private static double? Collectability(ReadOnlySpan<SourceTonnes> amounts, IReadOnlyList<RecyclingSource> sources)
    {
        double total = 0, routed = 0;
        for (int i = 0; i < amounts.Length; i++)
        {
            if (amounts[i].Contained is not { } m) continue;
            total += m;
            if (IsCollectable(sources[i])) routed += m;
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
            ? [string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{element}: {m:0.###} t/y contained in the sources exceeds the demand-based ceiling {ceiling:0.###} t/y (demand × (1 − dissipative share)); check the data or a shrinking demand")]
            : [];
    }

    /// <summary>Sum that skips gaps: null while no value has been added (as summing the non-null values in order).</summary>
    private static double? Add(double? sum, double? value) => value is { } x ? (sum ?? 0) + x : sum;
}
