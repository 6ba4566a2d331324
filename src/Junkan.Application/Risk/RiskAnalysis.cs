using Junkan.Core.Risk;

namespace Junkan.Application.Risk;

/// <summary>The stage of ② on the radar and in the table: mine production (default, METI's axis) or refinery production.</summary>
public enum ConcentrationStage { Mine, Refining }

/// <summary>
/// Which elements (one or all) in which year (default: the latest data year); the stage of ②; whether ③/④ are also shown
/// weighted by Japan's import dependence (off by default; docs/methods/risk-indicators.md).
/// </summary>
public sealed record RiskRequest(string? Element = null, int? Year = null, ConcentrationStage Stage = ConcentrationStage.Mine, bool ImportDependence = false);

/// <summary>The six indicators and levels of each element in <see cref="Year"/>, under <see cref="Settings"/>.</summary>
public sealed record RiskResult(int Year, IReadOnlyList<RiskProfile> Profiles, RiskSettings Settings)
{
    /// <summary>The stage of ② asked for.</summary>
    public ConcentrationStage Stage { get; init; } = ConcentrationStage.Mine;

    /// <summary>Per element (profile order): the refining-stage ②, the weighted ③/④ (when asked for) and the trend.</summary>
    public IReadOnlyList<RiskDetail> Details { get; init; } = [];

    /// <summary>The six radar values of a profile at the stage asked for.</summary>
    public IReadOnlyList<IndicatorResult> RadarOf(RiskProfile p) => Stage == ConcentrationStage.Refining ? RefiningStage.Radar(p) : p.Radar;
}

/// <summary>Use case <c>risk</c>: METI's six supply-risk indicators with High/Mid/Low levels.</summary>
public sealed class RiskAnalysis(Workspace workspace)
{
    public RiskResult Run(RiskRequest request)
    {
        var risk = workspace.Risk;
        int year = risk.Year(request.Year);
        var elements = risk.Elements(request.Element);
        var profiles = risk.Assess(elements, year);
        var demand = request.ImportDependence ? workspace.Recyclability.Flows.Inputs : null;
        var shared = request.ImportDependence ? RiskDetails.SharedImportTotals(risk, year) : new Dictionary<(Core.Elements.SupplyStage, double), string[]>();
        var details = profiles.Select(p => RiskDetails.Of(risk, p, year, demand, shared)).ToArray();
        return new RiskResult(year, profiles, risk.Settings) { Stage = request.Stage, Details = details };
    }
}
