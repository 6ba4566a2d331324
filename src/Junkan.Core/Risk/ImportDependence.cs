using System.Globalization;
using Junkan.Core.Elements;

namespace Junkan.Core.Risk;

/// <summary>
/// Japan's import dependence at one stage, the optional weight of ③/④: w = min(1, M / D), where M = Japan's imports at the
/// stage (t of goods of the HS codes the partner shares cover: UN Comtrade 2020 or METI 2019, <c>total_t</c>) and D = Japan's
/// demand of the element (t of element, data/flows/demand.csv). This is the gross import share of demand: exports are not in
/// the data, so it is an upper bound of the net import reliance (M − X ± ΔS) / apparent consumption (USGS MCS definition),
/// and M counts compound mass where the HS code is a compound. Weighted value = w · Σ s²g, rated with the same cut-offs.
/// </summary>
public sealed record ImportDependence(SupplyStage Stage, double ImportTonnes, int ImportYear, double DemandTonnes, int DemandYear, IReadOnlyList<string> DemandSources)
{
    /// <summary>The formula printed beside every weighted value.</summary>
    public const string Formula = "w = min(1, imports / demand); weighted = w · Σ s²g";

    /// <summary>The weight w, 0..1 (1 where demand is zero: nothing to weight against).</summary>
    public double Weight => DemandTonnes > 0 ? Math.Min(1.0, ImportTonnes / DemandTonnes) : 1.0;

    /// <summary>Whether imports exceed demand (w capped at 1: the goods are re-exported, stocked, or weigh more than their element content).</summary>
    public bool Capped => ImportTonnes > DemandTonnes;

    /// <summary>
    /// <paramref name="unweighted"/> multiplied by <see cref="Weight"/> and re-rated under <paramref name="settings"/>; a result
    /// without a value is returned unchanged.
    /// </summary>
    public IndicatorResult Apply(IndicatorResult unweighted, RiskSettings settings)
    {
        if (unweighted.Value is not double v) return unweighted;
        double weighted = v * Weight;
        string note = string.Create(CultureInfo.InvariantCulture,
            $"Import-dependence weighted: {Formula}; imports {ImportTonnes:#,0.#} t ({ImportYear}) / demand {DemandTonnes:#,0.#} t ({DemandYear}, {string.Join(", ", DemandSources)}) = {ImportTonnes / Math.Max(DemandTonnes, double.Epsilon):P1}{(Capped ? ", capped at 100 %" : "")}; unweighted {v:0.000}.");
        return unweighted with
        {
            Value = weighted,
            Level = settings.CutoffsFor(unweighted.Indicator).Classify(weighted),
            Sources = unweighted.Sources.Concat(DemandSources).Distinct().ToArray(),
            Notes = [.. unweighted.Notes, note],
        };
    }
}

/// <summary>Pairs Japan's imports at a stage with its demand, or says why they cannot be paired.</summary>
public static class ImportDependenceBuilder
{
    /// <summary>
    /// The dependence of <paramref name="imports"/> on the demand point nearest its year (the latest at or before it, else the
    /// earliest after); null with <paramref name="reason"/> when the imports have no total, are a group's proxy, there is no demand,
    /// or the demand was itself derived from the same imports (it would give w = 1 by construction).
    /// </summary>
    public static ImportDependence? Build(ImportPartners imports, IReadOnlyList<Flows.DemandPoint> demand, out string? reason)
    {
        reason = null;
        if (imports.Kind != ImportDataKind.Shares) { reason = "no import shares"; return null; }
        if (imports.TotalTonnes is not double m || imports.Year is not int y) { reason = "no import tonnage"; return null; }
        if (imports.ProxyLabel is not null) { reason = "group imports: no demand of that scope"; return null; }
        if (demand.Count == 0) { reason = "no demand in a flow system"; return null; }
        var d = demand.LastOrDefault(p => p.Year <= y) ?? demand[0];
        string source = d.Tonnes.Provenance.Source.ToString();
        if (imports.Sources.Any(s => source.StartsWith(s, StringComparison.Ordinal)))
        {
            reason = $"demand ({source}) is derived from the same imports: w = 1 by construction";
            return null;
        }
        return new ImportDependence(imports.Stage, m, y, d.Tonnes.Value, d.Year, [source]);
    }
}
