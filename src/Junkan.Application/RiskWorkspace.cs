using System.Collections.Concurrent;
using System.Collections.Frozen;
using Junkan.Core.Flows;
using Junkan.Core.Risk;
using Junkan.Data.Reference;
using Junkan.Data.Settings;

namespace Junkan.Application;

/// <summary>The loaded, validated supply-risk data: reference tables, risk settings and the assessor built on them.</summary>
public sealed class RiskWorkspace
{
    private readonly Func<IReadOnlyDictionary<string, ElementFlowModel>>? _flows;
    private readonly ConcurrentDictionary<int, Lazy<FrozenDictionary<string, ElementRiskInputs>>> _baselines = new();

    private RiskWorkspace(ReferenceData data, RiskSettings settings, string settingsFile, Func<IReadOnlyDictionary<string, ElementFlowModel>>? flows)
    {
        _flows = flows;
        Data = data;
        Settings = settings;
        SettingsFile = settingsFile;
        Assessor = new RiskAssessor(settings, new CountryStability(data.Wgi));
        Inputs = new RiskInputsBuilder(data);
    }

    public ReferenceData Data { get; }
    public RiskSettings Settings { get; }
    public string SettingsFile { get; }
    public RiskAssessor Assessor { get; }
    public RiskInputsBuilder Inputs { get; }

    /// <param name="flows">The element flow models (loaded on first call), or null when the data folder has no flow systems.</param>
    internal static RiskWorkspace Load(DataCatalogue catalogue, Func<IReadOnlyDictionary<string, ElementFlowModel>>? flows) =>
        new(ReferenceDataLoader.Load(catalogue.ReferenceFolder), RiskSettingsFile.Load(catalogue.RiskSettingsFile), catalogue.RiskSettingsFile, flows);

    /// <summary>
    /// The indicator inputs of one element and year: the reference tables, with ⑥ from Japan's own flow system where
    /// the element has one (the table's figure, e.g. the EU EOL-RIR, kept as its reference); else the table's figure.
    /// </summary>
    public ElementRiskInputs Build(string element, int year)
    {
        var inputs = Inputs.Build(element, year);
        if (_flows is null || !_flows().TryGetValue(element, out var model)) return inputs;
        return FlowSecondarySupply.Of(model, year, inputs.Secondary) is { } own ? inputs with { Secondary = own } : inputs;
    }

    /// <summary>
    /// The inputs of every assessed element in <paramref name="year"/>, built once per workspace and year and then shared
    /// (the data never change, the inputs are immutable, the map is frozen): the baseline of every policy evaluation.
    /// </summary>
    public FrozenDictionary<string, ElementRiskInputs> Baseline(int year) =>
        _baselines.GetOrAdd(year, y => new Lazy<FrozenDictionary<string, ElementRiskInputs>>(
            () => Inputs.AssessedElements.ToFrozenDictionary(e => e, e => Build(e, y), StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Elements to assess: one (checked against the data) or all in table order.</summary>
    public IReadOnlyList<string> Elements(string? one) => one is null ? Inputs.AssessedElements : [Data.Element(one).Symbol];

    /// <summary>The assessment year: the one asked for (not before the first data year), else the latest data year.</summary>
    public int Year(int? year) => Data.AssessmentYear(year);

    public IReadOnlyList<RiskProfile> Assess(IEnumerable<string> elements, int year) =>
        elements.Select(e => Assessor.Assess(Build(e, year))).ToArray();

    /// <summary>Known ISO3 codes for scenarios: countries.csv where present, else every country in the data, plus Japan.</summary>
    public IReadOnlySet<string> Countries()
    {
        var set = Data.Countries.Count > 0
            ? Data.Countries.Keys.ToHashSet()
            : Data.Production.Select(p => p.Country).Concat(Data.Wgi.Keys).ToHashSet();
        set.Add(Core.Elements.CountryCode.Japan);
        return set;
    }
}
