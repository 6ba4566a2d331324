using Junkan.Core.Risk;

namespace Junkan.Core.Policy;

/// <summary>
/// A policy measure of METI's policy evaluation tool (政策評価ツール), as data: it changes the inputs of one
/// element's indicators, and the indicators are recomputed. Effects and conventions: docs/methods/policy-evaluation.md.
/// </summary>
public abstract record PolicyMeasure(string Element, string Label)
{
    /// <summary>Kind key used in scenario files: upstream, smelter, substitution, recycling.</summary>
    public abstract string Kind { get; }

    /// <summary>The inputs after the measure; the inputs before are not changed.</summary>
    public abstract ElementRiskInputs Apply(ElementRiskInputs inputs);
}
