using Junkan.Core.Recyclability;
using Junkan.Core.Selection;

namespace Junkan.Reports.Model;

/// <summary>A comparison of recovered today with a published figure and the source ids its row rests on (the figure's; the model's inputs where it has a value).</summary>
public sealed record SourcedComparison(PublishedComparison Comparison, IReadOnlyList<string> SourceIds);

/// <summary>A parameter without a published figure: the source it belongs to (null = the element), the parameter and what was searched.</summary>
public sealed record ReportGap(string? Source, string Parameter, string Note);

/// <summary>
/// One element in the recyclability report: names, its data profile, its place in the selection (central assessment,
/// spreads, probability), the recoverable tonnes of each source year by year, the sources behind each criterion and
/// the data gaps recorded for it.
/// </summary>
public sealed record RecyclabilityElement(
    string Symbol, string NameEn, string NameJa, ElementProfile Profile, ElementSelection Selection,
    IReadOnlyList<SourceTrajectory> Trajectories, IReadOnlyList<ReportGap> Gaps)
{
    public string Name(string language) => language == "ja" ? NameJa : NameEn;

    /// <summary>Recovered today (central) against the published figures of the element (comparisons.csv), with ratio and flags.</summary>
    public IReadOnlyList<SourcedComparison> Comparisons { get; init; } = [];

    /// <summary>The element's flow system in the assessment year (null: no system, the reason is a data gap).</summary>
    public ElementFlowView? Flows { get; init; }

    /// <summary>The CO2 effect of recycling the element (avoided primary production), null when not computed.</summary>
    public CarbonEffect? Carbon { get; init; }

    /// <summary>The recorded gaps, then the parameters missing in the assessment of sources that have no recorded gap (note empty).</summary>
    public IReadOnlyList<ReportGap> AllGaps() =>
    [
        .. Gaps,
        .. Selection.Central.Sources.Where(x => x.Gaps.Count > 0 && !Gaps.Any(g => g.Source == x.Source.Id))
            .Select(x => new ReportGap(x.Source.Id, string.Join(", ", x.Gaps), "")),
    ];
}

/// <summary>
/// Everything the recyclability and selection report shows: the selection result (ranking, probabilities, weight
/// sensitivity), one entry per element in rank order, the sources behind external figures (stock data, supply
/// risk), the selection settings, the citations and the run manifest. Built by the caller; the writers only render it.
/// </summary>
public sealed record RecyclabilityReport(
    SelectionResult Selection,
    IReadOnlyList<RecyclabilityElement> Elements,
    ExternalProvenance External,
    IReadOnlyList<SettingRow> SettingRows,
    IReadOnlyList<ReportSource> Sources,
    RunManifest Manifest)
{
    /// <summary>The NIMS 2008 urban-mine stocks beside the modelled stocks, one row per element with a published stock.</summary>
    public IReadOnlyList<UrbanMineCheck> UrbanMine { get; init; } = [];

    /// <summary>The network plans of the bundled national cases (empty: the section is left out).</summary>
    public IReadOnlyList<Network.NetworkReport> Networks { get; init; } = [];

    /// <summary>Pseudo-source id of the selection settings (weights, method, missing-value rule): every score rests on them.</summary>
    public const string SettingsSourceId = "junkan-selection-settings";

    /// <summary>Sources behind one criterion value of an element.</summary>
    public IReadOnlyList<string> CriterionSources(RecyclabilityElement e, Criterion c) =>
        FigureSources.Of(e.Profile, e.Selection.Central, c, External);

    /// <summary>
    /// Recoverable tonnes of an element at the horizons and the forecast year of the settings (central values, today's
    /// collection rates and yields) and their share of today's demand, from its trajectories, which must reach the last of those years.
    /// </summary>
    public IReadOnlyList<HorizonAmount> Outlook(RecyclabilityElement e) =>
        ElementOutlook.At(e.Trajectories, e.Profile.JapanDemand?.Value, Selection.Settings.ReportYearsFrom(Selection.Settings.Year));

    /// <summary>Sources behind one horizon amount: the sources with a value that year, and the demand when a share is given.</summary>
    public IReadOnlyList<string> HorizonSources(RecyclabilityElement e, HorizonAmount h) =>
        e.Trajectories.Where(x => x.Recoverable[h.Year - x.FirstYear] is not null).SelectMany(x => FigureSources.Of(x.Source, External))
            .Concat(h.DemandShare is not null && e.Profile.JapanDemand is { } d ? [d.SourceId] : [])
            .Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Sources behind the score and rank of an element: every criterion with a value.</summary>
    public IReadOnlyList<string> ScoreSources(RecyclabilityElement e) =>
        Criteria.All.Where(c => e.Selection.Central[c] is not null).SelectMany(c => CriterionSources(e, c)).Append(SettingsSourceId).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Sources behind an urban-mine row: the published stock's and the inputs of the modelled system.</summary>
    public static IReadOnlyList<string> UrbanMineSources(UrbanMineCheck c) =>
        c.ModelSources.Append(c.Figure.Published.SourceId).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every source id the report cites, in id order; an id without a citation is listed as such.</summary>
    public IReadOnlyList<ReportSource> CitedSources()
    {
        var known = Sources.ToDictionary(s => s.Id);
        var ids = Elements.SelectMany(e => ProfileIds(e.Profile).Concat(e.Profile.Sources.SelectMany(s => FigureSources.Of(s, External)))
                .Concat(ScoreSources(e)).Concat(e.Comparisons.SelectMany(c => c.SourceIds)).Concat(e.Flows?.SourceIds ?? []))
            .Concat(UrbanMine.SelectMany(UrbanMineSources))
            .Concat(Elements.Select(e => e.Carbon?.Factor?.SourceId).OfType<string>())
            .Concat(Elements.Any(e => e.Carbon?.AvoidedToday is not null) ? [CarbonEffect.ScaleSourceId] : [])
            .Distinct().Order(StringComparer.Ordinal);
        return ids.Select(id => known.TryGetValue(id, out var s) ? s : new ReportSource(id, RiskReport.MissingCitation, "")).ToArray();
    }

    private static IEnumerable<string> ProfileIds(ElementProfile p) =>
        new[] { p.JapanDemand, p.DissipativeShare, p.OreGrade, p.EolRecyclingRate, p.EolRecyclingInputRateEu, p.UrbanMineStock }
            .Where(x => x is not null).Select(x => x!.SourceId).Concat(p.Uses.Select(u => u.SourceId));
}
