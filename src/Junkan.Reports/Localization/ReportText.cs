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

    /// <summary>One clause of a selection reason in this language (template <c>Reason_{key}</c>).</summary>
    public string Reason(ReasonPart p) => string.Format(CultureInfo.InvariantCulture, this[$"Reason_{p.Key}"], [.. p.Args]);

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
