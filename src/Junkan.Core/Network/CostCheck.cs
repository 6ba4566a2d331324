using Junkan.Core.Citations;

namespace Junkan.Core.Network;

/// <summary>
/// What a published cost figure measures, in JPY per tonne:
/// <see cref="PlantTreatment"/> and <see cref="HubTreatment"/>, the sites' annualised investment + fixed + processing
/// cost per tonne they take in (what a recycler's treatment fee covers, without collection); <see cref="Transport"/>,
/// transport cost per tonne collected; <see cref="Revenue"/>, revenue of recovered material per tonne collected.
/// </summary>
public enum CostMeasure { PlantTreatment, HubTreatment, Transport, Revenue }

/// <summary>The measures' ids as written in a case file (<c>published_costs: measure</c>) and in the JSON and API output.</summary>
public static class CostMeasureIds
{
    private static readonly Dictionary<string, CostMeasure> ById = new(StringComparer.Ordinal)
    {
        ["plant_treatment"] = CostMeasure.PlantTreatment,
        ["hub_treatment"] = CostMeasure.HubTreatment,
        ["transport"] = CostMeasure.Transport,
        ["revenue"] = CostMeasure.Revenue,
    };

    public static IEnumerable<string> All => ById.Keys;

    public static string Id(CostMeasure m) => ById.First(kv => kv.Value == m).Key;

    public static bool TryParse(string id, out CostMeasure m) => ById.TryGetValue(id, out m);
}

/// <summary>
/// A published cost figure (JPY/t, optional range) the plan's own figure is compared with, with its source and what it
/// counts: an order-of-magnitude check, not an input (a case may also derive an input from the same source; the note says so).
/// </summary>
public sealed record PublishedCost(CostMeasure Measure, double JpyPerTonne, (double Low, double High)? Range, Provenance Source, string Note)
{
    public static PublishedCost Of(CostMeasure measure, double jpyPerTonne, (double Low, double High)? range, Provenance source, string note)
    {
        if (!(jpyPerTonne > 0) || !double.IsFinite(jpyPerTonne)) throw new ArgumentOutOfRangeException(nameof(jpyPerTonne), jpyPerTonne, "a published cost must be > 0 JPY/t");
        if (range is var (lo, hi) && !(lo > 0 && lo <= jpyPerTonne && jpyPerTonne <= hi && double.IsFinite(hi)))
            throw new ArgumentOutOfRangeException(nameof(range), range, "the range must be [low, high] with 0 < low <= value <= high");
        return new PublishedCost(measure, jpyPerTonne, range, source, note);
    }
}

/// <summary>A published cost beside the plan's figure for the same measure (JPY/t; null if the plan has no tonnes for it).</summary>
public sealed record CostCheck(PublishedCost Published, double? ModelJpyPerTonne)
{
    /// <summary>Model ÷ published.</summary>
    public double? Ratio => ModelJpyPerTonne / Published.JpyPerTonne;

    /// <summary>Whether the model's figure lies in the published range (null without a range or a model figure).</summary>
    public bool? InRange => Published.Range is var (lo, hi) && ModelJpyPerTonne is double m ? m >= lo && m <= hi : null;
}

/// <summary>The plan's cost per tonne by <see cref="CostMeasure"/>, and its comparison with published figures.</summary>
public static class CostChecks
{
    public static IReadOnlyList<CostCheck> Of(NetworkCase c, NetworkPlan plan, IEnumerable<PublishedCost> published)
    {
        var list = published.ToList();
        if (list.Count == 0) return [];
        var cost = PlanAccounting.Cost(c, plan, withCarbon: false);
        return [.. list.Select(p => new CostCheck(p, PerTonne(c, plan, cost, p.Measure)))];
    }

    /// <summary>The plan's JPY per tonne for a measure (see <see cref="CostMeasure"/>); null when its tonnes are zero.</summary>
    public static double? PerTonne(NetworkCase c, NetworkPlan plan, CostMeasure measure) => PerTonne(c, plan, PlanAccounting.Cost(c, plan, withCarbon: false), measure);

    private static double? PerTonne(NetworkCase c, NetworkPlan plan, CostBreakdown cost, CostMeasure measure) => measure switch
    {
        CostMeasure.PlantTreatment => Treatment(c, plan, FacilityKind.Plant),
        CostMeasure.HubTreatment => Treatment(c, plan, FacilityKind.Hub),
        CostMeasure.Transport => Per(cost.Transport, plan.Collection.Sum(f => f.Tonnes)),
        CostMeasure.Revenue => Per(cost.Revenue, plan.Collection.Sum(f => f.Tonnes)),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>Σ (investment × CRF + fixed + variable × input) ÷ Σ input over the opened sites of one kind.</summary>
    private static double? Treatment(NetworkCase c, NetworkPlan plan, FacilityKind kind)
    {
        double crf = c.Economics.CapitalRecoveryFactor;
        var sites = plan.Opened.Where(o => o.Site.Kind == kind).ToList();
        return Per(sites.Sum(o => o.Size.InvestmentJpy * crf + o.Size.FixedJpyPerYear + o.Site.VariableJpyPerTonne * o.InputT), sites.Sum(o => o.InputT));
    }

    private static double? Per(double jpy, double tonnes) => tonnes > 0 ? jpy / tonnes : null;
}
