using System.Globalization;
using Junkan.Core.Elements;

namespace Junkan.Core.Risk;

/// <summary>
/// The refining-stage view of ② (<c>junkan risk --stage refining</c>): the HHI of refinery (smelter, plant, primary)
/// production by country wherever USGS MCS publishes it by country, else "no data" with the reason. Mine stage stays the default.
/// </summary>
public static class RefiningStage
{
    /// <summary>Why an element has no refining-stage HHI.</summary>
    public const string NoDataReason =
        "No by-country refinery production in the bundled data: the USGS MCS world tables carry refinery rows only for Bi, Cu, Ga, Ge (withheld), In, Mg, Se, Si and Te, "
        + "and the bundled EU CRM 2023 results have no by-country processing shares (docs/methods/risk-indicators.md, 'Refining stage').";

    /// <summary>The refining-stage ② result of a profile.</summary>
    public static IndicatorResult Result(RiskProfile profile) =>
        profile.Results.FirstOrDefault(r => r.Indicator == RiskIndicator.ProductionConcentration && r.Stage == SupplyStage.Refined)
        ?? IndicatorResult.NoData(RiskIndicator.ProductionConcentration, SupplyStage.Refined, NoDataReason);

    /// <summary>The six radar results with ② at the refining stage.</summary>
    public static IReadOnlyList<IndicatorResult> Radar(RiskProfile profile) =>
        profile.Radar.Select(r => r.Indicator == RiskIndicator.ProductionConcentration ? Result(profile) : r).ToArray();

    /// <summary>The largest producer and its share of the HHI denominator, for the comparison with published shares; null without countries.</summary>
    public static (string Country, double Share)? Leader(CountryDistribution? d, HhiDenominator denominator)
    {
        var shares = d?.Shares(denominator) ?? [];
        return shares.Count == 0 ? null : shares.MaxBy(s => s.Share);
    }

    /// <summary>"CHN 42.1 %" or "".</summary>
    public static string LeaderText((string Country, double Share)? leader) =>
        leader is { } l ? string.Create(CultureInfo.InvariantCulture, $"{l.Country} {l.Share * 100:0.0} %") : "";
}
