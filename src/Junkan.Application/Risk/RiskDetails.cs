using Junkan.Core.Elements;
using Junkan.Core.Flows;
using Junkan.Core.Risk;

namespace Junkan.Application.Risk;

/// <summary>③ or ④ beside its import-dependence weighted value (the same result where it cannot be weighted, with the reason).</summary>
public sealed record WeightedImport(IndicatorResult Unweighted, IndicatorResult Weighted, ImportDependence? Dependence, string? Reason);

/// <summary>
/// What <c>junkan risk</c> adds to a profile: the refining-stage ② and its largest producer, ③/④ weighted by import
/// dependence (empty unless asked for), and the indicators over every data year.
/// </summary>
public sealed record RiskDetail(string Element, IndicatorResult Refining, string RefiningLeader, IReadOnlyList<WeightedImport> Weighted, RiskTrend Trend);

internal static class RiskDetails
{
    /// <summary>Import totals (stage, t) that several elements share because one HS code covers them (Ga, Ge, In under 811292), with the elements.</summary>
    public static IReadOnlyDictionary<(SupplyStage, double), string[]> SharedImportTotals(RiskWorkspace risk, int year) =>
        risk.Inputs.AssessedElements.Select(e => risk.Inputs.Build(e, year))   // imports only: no flow system needed
            .SelectMany(i => new[] { i.ConcentrateImports, i.RefinedImports }
                .Where(m => m.ProxyLabel is null && m.TotalTonnes is not null).Select(m => (Key: (m.Stage, m.TotalTonnes!.Value), i.Element)))
            .GroupBy(x => x.Key).Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.Select(x => x.Element).ToArray());

    public static RiskDetail Of(RiskWorkspace risk, RiskProfile p, int year, IReadOnlyDictionary<string, ElementFlowInputs>? flows,
        IReadOnlyDictionary<(SupplyStage, double), string[]> shared)
    {
        var inputs = risk.Build(p.Element, year);
        string leader = RefiningStage.LeaderText(RefiningStage.Leader(inputs.RefineryProduction, risk.Settings.HhiDenominator));
        var weighted = flows is null ? [] : Weighted(risk.Settings, p, inputs, flows, shared);
        return new RiskDetail(p.Element, RefiningStage.Result(p), leader, weighted, Trend(risk, p.Element, year));
    }

    private static WeightedImport[] Weighted(RiskSettings settings, RiskProfile p, ElementRiskInputs inputs, IReadOnlyDictionary<string, ElementFlowInputs> flows,
        IReadOnlyDictionary<(SupplyStage, double), string[]> shared)
    {
        IReadOnlyList<DemandPoint> demand = flows.TryGetValue(p.Element, out var f) ? f.Demand : [];
        return [One(settings, p.Get(RiskIndicator.ImportStabilityConcentrate), inputs.ConcentrateImports, demand, shared),
                One(settings, p.Get(RiskIndicator.ImportStabilityRefined), inputs.RefinedImports, demand, shared)];
    }

    private static WeightedImport One(RiskSettings settings, IndicatorResult r, ImportPartners imports, IReadOnlyList<DemandPoint> demand,
        IReadOnlyDictionary<(SupplyStage, double), string[]> shared)
    {
        if (r.Status != IndicatorStatus.Value) return new WeightedImport(r, r, null, "no unweighted value");
        if (imports.TotalTonnes is double total && shared.TryGetValue((imports.Stage, total), out var with))
            return new WeightedImport(r, r, null, $"one HS total for {string.Join(", ", with)}: not this element's imports");
        var dep = ImportDependenceBuilder.Build(imports, demand, out string? reason);
        return dep is null ? new WeightedImport(r, r, null, reason) : new WeightedImport(r, dep.Apply(r, settings), dep, null);
    }

    /// <summary>The element assessed in every year from the first data year to <paramref name="year"/>, one point per data year.</summary>
    internal static RiskTrend Trend(RiskWorkspace risk, string element, int year)
    {
        int first = risk.Data.FirstYear;
        var profiles = Enumerable.Range(first, Math.Max(0, year - first) + 1).Select(y => risk.Assessor.Assess(risk.Build(element, y)));
        return RiskTrend.From(element, profiles);
    }
}
