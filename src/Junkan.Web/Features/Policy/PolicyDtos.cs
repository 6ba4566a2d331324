using Junkan.Core.Policy;
using Junkan.Core.Risk;
using Junkan.Web.Features.Elements;

namespace Junkan.Web.Features.Policy;

/// <summary>How one measure alone moved one indicator (values in the indicator's unit).</summary>
public sealed record EffectDto(string Measure, string Kind, string Indicator, double? Before, double? After, string? LevelBefore, string? LevelAfter);

/// <summary>One element before and after all measures of a scenario, the effect of each measure alone and the stockpile days.</summary>
public sealed record ElementOutcomeDto(string Element, ProfileDto Before, ProfileDto After, IReadOnlyList<EffectDto> Effects, double StockpileDays);

/// <summary>The outcome of one scenario.</summary>
public sealed record PolicyOutcomeDto(string Name, string? Description, int Year, IReadOnlyList<ElementOutcomeDto> Elements)
{
    public static PolicyOutcomeDto Of(PolicyOutcome o, int year) => new(o.Scenario.Name, o.Scenario.Description, year,
        [.. o.Elements.Select(e => new ElementOutcomeDto(e.Element, ProfileDto.Of(e.Before), ProfileDto.Of(e.After),
            [.. e.Effects.Select(f => new EffectDto(f.Measure.Label, f.Measure.Kind, f.Indicator.Key(), f.Before, f.After, f.LevelBefore?.ToString(), f.LevelAfter?.ToString()))],
            e.StockpileDays))]);
}
