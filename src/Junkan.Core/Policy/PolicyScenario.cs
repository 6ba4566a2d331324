namespace Junkan.Core.Policy;

/// <summary>A named set of policy measures, read from a scenario file; several are compared side by side.</summary>
public sealed record PolicyScenario(string Name, string? Description, IReadOnlyList<PolicyMeasure> Measures);
