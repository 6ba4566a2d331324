using Junkan.Core.Risk;

namespace Junkan.Core.Policy;

/// <summary>
/// The policy evaluation tool (政策評価ツール, METI 2021): applies a scenario's measures to each element's inputs,
/// recomputes the six indicators, and attributes changes to measures by applying each measure alone.
/// </summary>
public sealed class PolicyEvaluator(RiskAssessor assessor)
{
    /// <param name="baseline">Inputs by element symbol.</param>
    public PolicyOutcome Evaluate(PolicyScenario scenario, IReadOnlyDictionary<string, ElementRiskInputs> baseline)
    {
        var outcomes = new List<ElementPolicyOutcome>();
        foreach (var group in scenario.Measures.GroupBy(m => m.Element))
        {
            if (!baseline.TryGetValue(group.Key, out var inputs))
                throw new PolicyException($"Scenario '{scenario.Name}' names element '{group.Key}', which has no data.");
            var before = assessor.Assess(inputs);
            var after = assessor.Assess(group.Aggregate(inputs, (acc, m) => m.Apply(acc)));
            var effects = group.SelectMany(m => EffectsOf(m, before, assessor.Assess(m.Apply(inputs)))).ToArray();
            double days = group.OfType<SmelterSupport>().Sum(s => s.StockpileDays);
            outcomes.Add(new ElementPolicyOutcome(group.Key, before, after, effects, days));
        }
        return new PolicyOutcome(scenario, outcomes);
    }

    private static IEnumerable<MeasureEffect> EffectsOf(PolicyMeasure m, RiskProfile before, RiskProfile alone) =>
        RiskIndicators.All
            .Select(i => (i, b: before.Get(i), a: alone.Get(i)))
            .Where(t => !Same(t.b.Value, t.a.Value))
            .Select(t => new MeasureEffect(m, t.i, t.b.Value, t.a.Value, t.b.Level, t.a.Level));

    private static bool Same(double? a, double? b) =>
        a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-12 * Math.Max(1.0, Math.Abs(a.Value));
}
