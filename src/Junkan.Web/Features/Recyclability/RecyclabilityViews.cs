using Junkan.Application;
using Junkan.Application.Recyclability;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;

namespace Junkan.Web.Features.Recyclability;

/// <summary>Recoverable tonnes at one horizon (t/y) and the share of Japan's demand.</summary>
public sealed record HorizonDto(int Year, double? Recoverable, double? DemandShare);

/// <summary>
/// The CO2 effect of recycling (t CO2e/y): avoided = recovered × (primary − secondary) kg CO2e/kg; gross when the
/// secondary factor is a gap; all null with <c>Source</c> null when no factor is bundled (a gap, not zero).
/// </summary>
public sealed record CarbonDto(double? PrimaryKgPerKg, double? SecondaryKgPerKg, bool Gross, double? AvoidedToday, double? AvoidedAchievable,
    double? ShareOfJapan, string? Source)
{
    public static CarbonDto Of(CarbonEffect? c) => new(c?.Factor?.Primary, c?.Factor?.Secondary, c?.Gross ?? false, c?.AvoidedToday, c?.AvoidedAchievable,
        c?.ShareOfJapan, c?.Factor?.SourceId);
}

/// <summary>
/// The recyclability of one element (central values): contained, recoverable and achievable tonnes per year in the
/// assessment year, recoverable in the forecast year, the criterion values by key, flags and the outlook.
/// </summary>
public sealed record RecyclabilityDto(string Element, string Scenario, int Year, int ForecastYear, double? Contained, double? Recoverable,
    double? RecoverableAchievable, double? ForecastRecoverable, double? PrimaryByproduct, IReadOnlyDictionary<string, double?> Criteria,
    IReadOnlyList<string> Flags, IReadOnlyList<HorizonDto> Outlook)
{
    /// <summary>The CO2 effect of recycling the element.</summary>
    public CarbonDto Co2 { get; init; } = CarbonDto.Of(null);

    public static RecyclabilityDto Of(ElementAssessment a, string scenario, IReadOnlyList<HorizonAmount> outlook) =>
        new(a.Element, scenario, a.Year, a.ForecastYear, a.Contained, a.Recoverable, a.RecoverableAchievable, a.ForecastRecoverable, a.PrimaryByproduct,
            a.Criteria.ToDictionary(kv => kv.Key.Key(), kv => kv.Value), a.Flags, [.. outlook.Select(h => new HorizonDto(h.Year, h.Recoverable, h.DemandShare))]);

    public static IReadOnlyList<RecyclabilityDto> Of(AssessmentResult r) =>
        [.. r.Assessments.Select(a => Of(a, r.Inputs.Scenario, r.Outlook.TryGetValue(a.Element, out var o) ? o : []) with
            { Co2 = CarbonDto.Of(r.CarbonEffects.FirstOrDefault(c => c.Element == a.Element)) })];
}

/// <summary>The default assessment (all elements, default scenario and year) through <see cref="RecyclabilityAssessment"/>, computed once.</summary>
public sealed class RecyclabilityViews(Workspace workspace)
{
    private readonly Lazy<IReadOnlyList<RecyclabilityDto>> _default = new(() => RecyclabilityDto.Of(new RecyclabilityAssessment(workspace).Run(new AssessmentRequest())));

    public IReadOnlyList<RecyclabilityDto> All => _default.Value;

    /// <summary>The element's assessment, or null where it has no recyclability profile.</summary>
    public RecyclabilityDto? Of(string element) => All.FirstOrDefault(a => a.Element == element);

    /// <summary>A specific request, computed now.</summary>
    public IReadOnlyList<RecyclabilityDto> Run(AssessmentRequest request, CancellationToken cancel) =>
        RecyclabilityDto.Of(new RecyclabilityAssessment(workspace).Run(request, cancel));
}
