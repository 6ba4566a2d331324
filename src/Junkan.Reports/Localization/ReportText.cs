using System.Globalization;
using System.Resources;
using Junkan.Core.Elements;
using Junkan.Core.Recyclability;
using Junkan.Core.Risk;
using Junkan.Core.Selection;

namespace Junkan.Reports.Localization;

/// <summary>User-facing labels of the reports in one language ("en" or "ja"), from Labels.resx / Labels.ja.resx.</summary>
public sealed class ReportText
{
    private static readonly ResourceManager Resources = new("Junkan.Reports.Localization.Labels", typeof(ReportText).Assembly);

    /// <summary>Languages the reports are translated into.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "ja"];

    public ReportText(string language)
    {
        if (!Languages.Contains(language))
            throw new ArgumentException($"Unknown report language '{language}'; known: {string.Join(", ", Languages)}.");
        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
    }

    public string Language { get; }
    public CultureInfo Culture { get; }

    /// <summary>Whether this is the Japanese page (identifiers and English free text are then replaced by labels).</summary>
    public bool Japanese => Language == "ja";

    /// <summary>The label of a key, or null where the resources have none (for ids from data with an optional label).</summary>
    public string? Optional(string key) => Resources.GetString(key, Culture);

    /// <summary>How an element is named in running text: its chemical symbol, or the label of a non-chemical id such as "Graphite" (<c>Sym_{id}</c>: C in Japanese, beside its name 天然黒鉛).</summary>
    public string Symbol(string symbol) => Optional($"Sym_{symbol}") ?? symbol;

    /// <summary>
    /// The label of an element's use: the name the data give (use_profiles.csv), else <c>Use_{id}</c> of the resources,
    /// else the id itself (which the Japanese-page test reports).
    /// </summary>
    public string UseName(string use, string? nameEn, string? nameJa) =>
        (Japanese ? nameJa : nameEn) is { Length: > 0 } n ? n : Optional($"Use_{use}") ?? use;

    /// <summary>The label of a data parameter or quantity key (<c>Param_{key}</c>); a "comparison X" gap names X's label.</summary>
    public string Parameter(string key) =>
        key.StartsWith("comparison ", StringComparison.Ordinal) ? $"{this["Rc_Comparisons"]}: {Parameter(key["comparison ".Length..])}"
        : string.Join(", ", key.Split(", ").Select(k => Optional("Param_" + ResourceKey(k)) ?? k));

    /// <summary>A data key as a resource-key suffix: runs of other characters than letters and digits become one '_'.</summary>
    private static string ResourceKey(string key) => System.Text.RegularExpressions.Regex.Replace(key, "[^A-Za-z0-9]+", "_").Trim('_');

    /// <summary>The label of a product-stock scenario (<c>StockScenario_{id}</c>), else the id.</summary>
    public string StockScenario(string id) => Optional($"StockScenario_{id}") ?? id;

    /// <summary>The label of a policy measure's kind (<c>Measure_{kind}</c>), the terms of METI's 2021 strategy in Japanese.</summary>
    public string MeasureKind(string kind) => Optional($"Measure_{kind}") ?? kind;

    /// <summary>The label of a key; a missing key is a programming error and throws.</summary>
    public string this[string key] =>
        Resources.GetString(key, Culture) ?? throw new KeyNotFoundException($"No report label '{key}' for '{Language}'.");

    public string Indicator(RiskIndicator i) => this[$"Ind_{(int)i}"];
    public string IndicatorShort(RiskIndicator i) => this[$"IndShort_{(int)i}"];
    public string Level(RiskLevel l) => this[$"Level_{l}"];
    public string Status(IndicatorStatus s) => this[$"Status_{s}"];
    public string Stage(SupplyStage s) => this[$"Stage_{s}"];

    /// <summary>Name of a critical-materials list ("jp-2023", "eu-2023", "us-2022").</summary>
    public string List(string list) => this[$"List_{list}"];

    public string Kind(SourceKind k) => this[$"Kind_{k}"];
    public string Route(CollectionRoute r) => this[$"Route_{r}"];
    public string Criterion(Criterion c) => this[$"Crit_{c.Key()}"];

    /// <summary>The unit of a criterion in this language ("fraction" → 割合); units without a label (t/y, USD/t, TRL) as they are.</summary>
    public string CriterionUnit(Criterion c) => Optional($"CritUnit_{c.Unit()}") ?? c.Unit();

    /// <summary>One clause of a selection reason in this language (template <c>Reason_{key}</c>).</summary>
    public string Reason(ReasonPart p) => string.Format(CultureInfo.InvariantCulture, this[$"Reason_{p.Key}"], [.. ReasonArgs(p)]);

    /// <summary>The arguments of a clause with the ids it carries (criterion keys, data parameters) replaced by their labels.</summary>
    private IEnumerable<string> ReasonArgs(ReasonPart p) => p.Key switch
    {
        "no_value" => [string.Join(Japanese ? "、" : ", ", p.Args[0].Split(", ").Select(k => Criteria.All.Where(c => c.Key() == k).Select(Criterion).FirstOrDefault() ?? k))],
        "recoverable_unknown" => [string.Join("; ", p.Args[0].Split("; ").Select(part => part.Split(": ", 2) is [var id, var gaps] ? $"{id}: {Parameter(gaps)}" : part))],
        _ => p.Args,
    };

    /// <summary>yes / no / not stated by the source.</summary>
    public string Membership(bool? member) => this[member switch { true => "Yes", false => "No", null => "NotStated" }];

    public string Unit(RiskIndicator i) => i switch
    {
        RiskIndicator.ReserveConcentration or RiskIndicator.ProductionConcentration => this["Unit_Hhi"],
        RiskIndicator.ImportStabilityConcentrate or RiskIndicator.ImportStabilityRefined => this["Unit_ImportStability"],
        _ => this["Unit_Fraction"],
    };

    /// <summary>The keys of the neutral (English) resources, for completeness checks.</summary>
    internal static IReadOnlyList<string> Keys() =>
        Resources.GetResourceSet(CultureInfo.InvariantCulture, true, true)!.Cast<System.Collections.DictionaryEntry>()
            .Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToArray();
}
