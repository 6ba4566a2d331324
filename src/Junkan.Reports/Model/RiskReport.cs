using Junkan.Core.Policy;
using Junkan.Core.Risk;

namespace Junkan.Reports.Model;

/// <summary>The EU 2023 criticality result for a material (dimensionless SR and EI, as published), shown beside Junkan's indicators.</summary>
public sealed record EuReference(string Material, double? SupplyRisk, double? EconomicImportance, string SourceId);

/// <summary>Whether an element is on a critical-materials list ("jp-2023", "eu-2023", "us-2022"); null = not stated by the source.</summary>
public sealed record ListMembership(string List, bool? Member, string SourceId, string Note);

/// <summary>An element in a report: its names, the inputs of the six indicators, the resulting profile and the EU 2023 reference values.</summary>
public sealed record ReportElement(string Symbol, string NameEn, string NameJa, ElementRiskInputs Inputs, RiskProfile Profile)
{
    /// <summary>EU 2023 results of the materials mapped to this element (several for a group, e.g. LREE and HREE).</summary>
    public IReadOnlyList<EuReference> Eu { get; init; } = [];

    /// <summary>Memberships of critical-materials lists, in list order.</summary>
    public IReadOnlyList<ListMembership> Lists { get; init; } = [];

    /// <summary>The indicators over every data year up to the report year (null: not computed, no trend section).</summary>
    public RiskTrend? Trend { get; init; }

    public string Name(string language) => language == "ja" ? NameJa : NameEn;
}

/// <summary>A citation the report lists (a row of sources.csv).</summary>
public sealed record ReportSource(string Id, string Citation, string Url);

/// <summary>A country's names for display (ISO 3166-1 alpha-3 code to English and Japanese names).</summary>
public sealed record ReportCountry(string Iso3, string NameEn, string NameJa)
{
    public string Name(string language) => language == "ja" ? NameJa : NameEn;
}

/// <summary>A setting as written in the settings file (snake_case key, printed value).</summary>
public sealed record SettingRow(string Key, string Value);

/// <summary>
/// Everything a supply-risk report shows: the profiles of all elements for one assessment year, optional policy
/// outcomes, the settings, the sources and the run manifest. Built by the caller; the writers only render it.
/// </summary>
public sealed record RiskReport(
    int Year,
    IReadOnlyList<ReportElement> Elements,
    RiskSettings Settings,
    IReadOnlyList<SettingRow> SettingRows,
    IReadOnlyList<ReportSource> Sources,
    RunManifest Manifest,
    IReadOnlyList<PolicyOutcome> Policies,
    IReadOnlyDictionary<string, ReportCountry> Countries)
{
    /// <summary>The display name of a country code; the code itself where no name is known (e.g. OTHER).</summary>
    public string CountryName(string iso3, string language) =>
        Countries.TryGetValue(iso3, out var c) ? c.Name(language) : iso3;

    /// <summary>Text shown for a cited source id that has no citation, so the gap is visible rather than dropped.</summary>
    public const string MissingCitation = "(no citation for this source id)";

    /// <summary>Sources cited by at least one element result, in id order; an id without a citation is listed as such.</summary>
    public IReadOnlyList<ReportSource> CitedSources()
    {
        var known = Sources.ToDictionary(s => s.Id);
        return Elements.SelectMany(e => e.Profile.Results.SelectMany(r => r.Sources).Concat(e.Eu.Select(x => x.SourceId)).Concat(e.Lists.Select(x => x.SourceId))).Distinct().Order(StringComparer.Ordinal)
            .Select(id => known.TryGetValue(id, out var s) ? s : new ReportSource(id, MissingCitation, "")).ToArray();
    }
}
