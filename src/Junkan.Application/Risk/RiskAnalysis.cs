using Junkan.Core.Risk;

namespace Junkan.Application.Risk;

/// <summary>Which elements (one or all) in which year (default: the latest data year).</summary>
public sealed record RiskRequest(string? Element = null, int? Year = null);

/// <summary>The six indicators and levels of each element in <see cref="Year"/>, under <see cref="Settings"/>.</summary>
public sealed record RiskResult(int Year, IReadOnlyList<RiskProfile> Profiles, RiskSettings Settings);

/// <summary>Use case <c>risk</c>: METI's six supply-risk indicators with High/Mid/Low levels.</summary>
public sealed class RiskAnalysis(Workspace workspace)
{
    public RiskResult Run(RiskRequest request)
    {
        var risk = workspace.Risk;
        int year = risk.Year(request.Year);
        return new RiskResult(year, risk.Assess(risk.Elements(request.Element), year), risk.Settings);
    }
}
