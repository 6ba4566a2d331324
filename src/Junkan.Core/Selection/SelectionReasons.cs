using System.Globalization;
using Junkan.Core.Recyclability;

namespace Junkan.Core.Selection;

/// <summary>
/// One clause of a selection reason: a template key and its arguments, already formatted as invariant numbers or ids,
/// so that a report can render the same clause in any language (template <c>Reason_{Key}</c>). A name given in
/// several languages is passed as several arguments (English first), and each template uses its own.
/// </summary>
public sealed record ReasonPart(string Key, IReadOnlyList<string> Args);

/// <summary>
/// The reason for an element's place in the selection, in numbers: rank and score with their spread and the
/// probability of selection over the draws, recoverable tonnes now and in the forecast year with the share of demand,
/// the main source, the urban-ore ratio, collectability, dissipation, supply risk, and the criteria without a value.
/// </summary>
public static class SelectionReasons
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>English templates of the clauses; the report resources carry the same keys in every language.</summary>
    public static IReadOnlyDictionary<string, string> EnglishTemplates { get; } = new Dictionary<string, string>
    {
        ["selected"] = "selected: rank {0}, score {1}",
        ["not_selected"] = "not selected: rank {0}, score {1}",
        ["draws"] = "90 % of scores {0}–{1}, selected in {2} % of {3} draws",
        ["recoverable"] = "{0} t/y recoverable in {1}",
        ["recoverable_share"] = "{0} t/y recoverable in {1} ({2} of Japan's demand)",
        ["recoverable_no_demand"] = "{0} t/y recoverable in {1} (demand unknown)",
        ["forecast"] = "{0} t/y recoverable in {1}",
        ["recoverable_unknown"] = "recoverable tonnes unknown ({0})",
        ["primary"] = "{0} t/y primary by-product recovery from ores and concentrates (primary supply, not counted)",
        ["main_source"] = "main source {0} ({1} t/y contained)",
        ["urban_ore"] = "content {0}× the ore grade",
        ["collectable"] = "{0} of it collectable (a collection route, or arising at a plant)",
        ["dissipative"] = "{0} of demand dissipative",
        ["supply_risk"] = "supply risk {0} (mean radar level, 1 = all High)",
        ["value_density"] = "{0} USD per tonne of the main source",
        ["no_value"] = "no value for {0}",
    };

    /// <summary>The reason in English, clauses joined by "; ".</summary>
    public static string Explain(ElementSelection e, int draws) =>
        string.Join("; ", Parts(e, draws).Select(p => string.Format(Inv, EnglishTemplates[p.Key], [.. p.Args]))) + ".";

    /// <summary>The clauses of the reason, in order.</summary>
    public static IReadOnlyList<ReasonPart> Parts(ElementSelection e, int draws)
    {
        var a = e.Central;
        var parts = new List<ReasonPart> { new(e.Selected ? "selected" : "not_selected", [e.Rank.ToString(Inv), e.Score.ToString("0.000", Inv)]) };
        if (draws > 0)
            parts.Add(new("draws", [Fmt(e.ScoreSpread.P5), Fmt(e.ScoreSpread.P95), (e.SelectionProbability * 100).ToString("0", Inv), draws.ToString("N0", Inv)]));
        Quantities(a, parts);
        if (RecyclabilityAssessor.DominantSource(a.Sources) is { } main)
            parts.Add(new("main_source", [main.Source.NameEn, Tonnes(main.Contained!.Value), main.Source.NameJa]));
        if (a[Criterion.UrbanOreRatio] is { } u) parts.Add(new("urban_ore", [u.ToString(u >= 10 ? "0" : "0.#", Inv)]));
        if (a[Criterion.Collectability] is { } c) parts.Add(new("collectable", [Pct(c)]));
        if (a[Criterion.Dissipation] is { } d) parts.Add(new("dissipative", [Pct(d)]));
        if (a[Criterion.ValueDensity] is { } v) parts.Add(new("value_density", [v.ToString("N0", Inv)]));
        if (a[Criterion.SupplyRisk] is { } k) parts.Add(new("supply_risk", [k.ToString("0.00", Inv)]));
        var missing = Criteria.All.Where(x => a[x] is null).Select(x => x.Key()).ToArray();
        if (missing.Length > 0) parts.Add(new("no_value", [string.Join(", ", missing)]));
        return parts;
    }

    private static void Quantities(ElementAssessment a, List<ReasonPart> parts)
    {
        if (a.Recoverable is { } r)
        {
            parts.Add(a[Criterion.DemandShare] is { } s
                ? new("recoverable_share", [Tonnes(r), a.Year.ToString(Inv), Pct(s)])
                : new("recoverable_no_demand", [Tonnes(r), a.Year.ToString(Inv)]));
            if (a.ForecastRecoverable is { } f) parts.Add(new("forecast", [Tonnes(f), a.ForecastYear.ToString(Inv)]));
        }
        else if (a.Sources.Any(x => x.Gaps.Count > 0) || a.PrimaryByproduct is null)
            parts.Add(new("recoverable_unknown", [string.Join("; ", a.Sources.Where(x => x.Gaps.Count > 0).Take(3).Select(x => $"{x.Source.Id}: {string.Join(", ", x.Gaps)}"))]));
        if (a.PrimaryByproduct is { } primary) parts.Add(new("primary", [Tonnes(primary)]));
    }

    private static string Tonnes(double t) => t.ToString(t >= 100 ? "N0" : t >= 1 ? "0.#" : "0.###", Inv);
    private static string Pct(double f) => f > 0 && f < 0.0001 ? "< 0.01 %" : (f * 100).ToString(f < 0.01 ? "0.##" : "0", Inv) + " %";
    private static string Fmt(double? v) => v?.ToString("0.000", Inv) ?? "n/a";
}
