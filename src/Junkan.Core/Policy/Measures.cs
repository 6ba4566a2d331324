using Junkan.Core.Elements;
using Junkan.Core.Risk;

namespace Junkan.Core.Policy;

/// <summary>Id under which scenario assumptions appear in the sources of changed indicators.</summary>
public static class ScenarioSource
{
    public const string Id = "scenario";
}

/// <summary>
/// 上流開発支援 upstream development support: added mine production and reserves (tonnes) in a named country,
/// and added concentrate imports (tonnes) from it. Moves ①, ② and ③.
/// </summary>
public sealed record UpstreamDevelopment(string Element, string Label, string Country,
    double AddedMineTonnes, double AddedReserveTonnes, double AddedConcentrateImportTonnes)
    : PolicyMeasure(Element, Label)
{
    public override string Kind => "upstream";

    public override ElementRiskInputs Apply(ElementRiskInputs inputs) => inputs with
    {
        Reserves = DistributionChange.Add(inputs.Reserves, Country, AddedReserveTonnes, ScenarioSource.Id),
        MineProduction = DistributionChange.Add(inputs.MineProduction, Country, AddedMineTonnes, ScenarioSource.Id),
        ConcentrateImports = DistributionChange.Add(inputs.ConcentrateImports, Country, AddedConcentrateImportTonnes, ScenarioSource.Id, Element),
    };
}

/// <summary>
/// 製錬所支援・備蓄 smelter support and stockpiling: added refined supply (tonnes/year) from a named source
/// (a partner country, or <see cref="CountryCode.Japan"/> for a domestic smelter) moves ④; stockpile days are
/// reported as a buffer against a disruption and do not move the radar (docs).
/// </summary>
public sealed record SmelterSupport(string Element, string Label, string Country, double AddedRefinedTonnes, double StockpileDays)
    : PolicyMeasure(Element, Label)
{
    public override string Kind => "smelter";

    public override ElementRiskInputs Apply(ElementRiskInputs inputs) => inputs with
    {
        RefinedImports = DistributionChange.Add(inputs.RefinedImports, Country, AddedRefinedTonnes, ScenarioSource.Id, Element),
    };
}

/// <summary>
/// 代替材等の開発 substitution and thrifting: demand falls by d = application share × reduction. ⑥ becomes
/// s/(1 − d) (the same secondary tonnes against less demand, at most 1); ⑤ is reported as price exposure,
/// volatility × (1 − d), following METI's "cost-volatility risk -> reduce use" (docs).
/// </summary>
public sealed record Substitution(string Element, string Label, string Application, double ApplicationShare, double Reduction)
    : PolicyMeasure(Element, Label)
{
    public override string Kind => "substitution";

    /// <summary>Fraction of the element's demand removed.</summary>
    public double DemandReduction => ApplicationShare * Reduction;

    public override ElementRiskInputs Apply(ElementRiskInputs inputs)
    {
        double keep = 1.0 - DemandReduction;
        return inputs with
        {
            Secondary = inputs.Secondary is { } s && keep > 0
                ? s with { Share = Math.Min(1.0, s.Share / keep), Sources = s.Sources.Append(ScenarioSource.Id).Distinct().ToArray() }
                : inputs.Secondary,
            Price = inputs.Price is { } p
                ? p with { Sources = p.Sources.Append(ScenarioSource.Id).Distinct().ToArray() }
                : null,
            PriceExposure = inputs.PriceExposure * keep,
        };
    }
}

/// <summary>
/// リサイクル支援 recycling support: more secondary supply, as added share points of domestic demand and/or a
/// factor on today's secondary supply (higher collection or yields). Moves ⑥ (at most 1).
/// </summary>
public sealed record RecyclingSupport(string Element, string Label, double AddedShare, double Factor)
    : PolicyMeasure(Element, Label)
{
    public override string Kind => "recycling";

    public override ElementRiskInputs Apply(ElementRiskInputs inputs)
    {
        if (inputs.Secondary is not { } s)
            throw new PolicyException($"{Element}: recycling support needs a baseline secondary-supply share, and there is none.");
        double share = Math.Min(1.0, s.Share * Factor + AddedShare);
        return inputs with { Secondary = s with { Share = share, Sources = s.Sources.Append(ScenarioSource.Id).Distinct().ToArray() } };
    }
}
