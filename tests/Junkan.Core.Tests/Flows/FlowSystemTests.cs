using Junkan.Core.Flows;

namespace Junkan.Core.Tests.Flows;

public sealed class FlowSystemTests
{
    private static readonly Process[] Processes =
    [
        new(new("outside"), ProcessKind.Boundary, "o", "o"),
        new(new("mill"), ProcessKind.Transformation, "m", "m"),
        new(new("store"), ProcessKind.Stock, "s", "s"),
    ];

    [Fact]
    public void A_flow_into_an_undefined_process_is_refused_naming_it()
    {
        var flow = new Flow(new("mill"), new("smelter"), FlowKind.Collected, null, [1, 2], []);
        var e = Assert.Throws<FlowSystemException>(() => new FlowSystem("test", "b", 2020, 2, Processes, [flow], []));
        Assert.Contains("'smelter' is not defined", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_flow_is_refused_naming_the_year()
    {
        var flow = new Flow(new("outside"), new("mill"), FlowKind.PrimaryInput, null, [1, -2], []);
        var e = Assert.Throws<FlowSystemException>(() => new FlowSystem("test", "b", 2020, 2, Processes, [flow], []));
        Assert.Contains("in 2021 is -2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_balance_finds_a_process_that_loses_material()
    {
        Flow F(string a, string b, double[] v) => new(new(a), new(b), FlowKind.PrimaryInput, null, v, []);
        var system = new FlowSystem("test", "b", 2020, 2, Processes,
            [F("outside", "mill", [10, 10]), F("mill", "store", [10, 7])], [new ProcessStock(new("store"), null, [10, 17])]);
        var balance = system.Balance(1);
        Assert.Equal(3, balance.Single(b => b.Process == new ProcessId("mill")).Residual, 12);
        Assert.Equal(0, balance.Single(b => b.Process == new ProcessId("store")).Residual, 12);
        Assert.Equal(0.3, system.MaxRelativeResidual(), 12);
    }

    [Fact]
    public void Transfer_coefficients_that_do_not_sum_to_one_are_refused()
    {
        var e = Assert.Throws<FlowSystemException>(() => new TransferCoefficients(new("mill"), new Dictionary<ProcessId, double> { [new("store")] = 0.5, [new("outside")] = 0.4 }));
        Assert.Contains("sum to 0.9", e.Message, StringComparison.Ordinal);
    }
}
