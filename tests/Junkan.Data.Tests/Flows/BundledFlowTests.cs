using Junkan.Core.Flows;
using Junkan.Core.Recyclability;
using Junkan.Data.Flows;
using Junkan.Data.Recyclability;
using Junkan.Data.Reference;
using Junkan.Data.Stocks;

namespace Junkan.Data.Tests.Flows;

/// <summary>Issue 12 as properties of the bundled flow data: every target has a balanced system to 2050; the REE group is the sum of its members.</summary>
public sealed class BundledFlowTests
{
    internal static readonly ReferenceData Reference = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());

    internal static FlowData Load(string? folder = null)
    {
        var root = TestPaths.RepositoryRoot();
        var recyclability = RecyclabilityDataLoader.Load(Path.Combine(root, "data", "recyclability"), Reference,
            ProductDataLoader.Load(Path.Combine(root, "data", "stocks", "product_inflows.csv")));
        return FlowDataLoader.Load(folder ?? Path.Combine(root, "data", "flows"), [.. Reference.Elements.Select(e => e.Symbol)], recyclability.Citations, recyclability.Defaults);
    }

    private static readonly Lazy<FlowData> Bundled = new(() => Load());

    [Fact]
    public void Every_target_element_has_a_flow_system_and_only_groups_have_none()
    {
        var data = Bundled.Value;
        Assert.Empty(data.Gaps);
        foreach (var e in Reference.Elements.Where(e => e.Kind != "group"))
            Assert.True(data.Inputs.ContainsKey(e.Symbol), $"{e.Symbol} has no flow system");
    }

    [Fact]
    public void Every_bundled_system_balances_in_every_process_and_year_to_2050_in_every_scenario()
    {
        foreach (var (e, inputs) in Bundled.Value.Inputs)
            foreach (var scenario in Enum.GetValues<GrowthScenario>())
            {
                var system = ElementFlowBuilder.Build(inputs, 2050, scenario);
                Assert.Equal(2050, system.System.LastYear);
                Assert.True(system.MaxRelativeResidual < 1e-9, $"{e} {scenario}: residual {system.MaxRelativeResidual}");
            }
    }

    [Fact]
    public void The_ree_group_equals_the_sum_of_its_members_in_central_values_and_in_a_draw()
    {
        var data = Bundled.Value;
        var members = Reference.Elements.Where(e => e.Parent == "REE").Select(e => new ElementFlowModel(data.Inputs[e.Symbol])).ToArray();
        var group = ElementFlowModel.Group("REE", members);
        foreach (IParameterValues values in new IParameterValues[] { CentralValues.Instance, new SampledValues(new Random(3)) })
        {
            var g = group.Evaluate(values, 2024, 2040);
            Assert.Equal(members.Sum(m => m.Evaluate(values, 2024, 2040).RecoveredToday), g.RecoveredToday, 6);
            Assert.Equal(members.Sum(m => m.Evaluate(values, 2024, 2040).Potential), g.Potential, 6);
            Assert.Equal(members.Sum(m => m.Evaluate(values, 2024, 2040).EndOfLife), g.EndOfLife, 6);
        }
    }

    [Fact]
    public void More_collection_never_lowers_recovery_in_any_bundled_system()
    {
        foreach (var (e, inputs) in Bundled.Value.Inputs)
        {
            var more = new ElementFlowInputs(inputs.Element, inputs.Demand, [.. inputs.Uses.Select(u => u with
            {
                Parameters = u.Parameters with { CollectionRate = u.Parameters.CollectionRate is { } c ? Estimate.Point(Math.Min(1, c.Value + 0.1), c.Unit, c.Provenance) : null },
            })], inputs.NewScrapShare, inputs.NewScrapRecovery);
            double before = ElementFlowBuilder.Build(inputs, 2050).TotalsIn(2024).RecoveredToday, after = ElementFlowBuilder.Build(more, 2050).TotalsIn(2024).RecoveredToday;
            Assert.True(after >= before - 1e-9, $"{e}: {before} -> {after}");
        }
    }
}
