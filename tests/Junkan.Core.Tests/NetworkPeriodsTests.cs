using Junkan.Core.Citations;
using Junkan.Core.Network;

namespace Junkan.Core.Tests;

public sealed class NetworkPeriodsTests
{
    [Fact]
    public void WeightsAreTheDiscountFactorsSummedOverEachPeriod()
    {
        var p = PlanningPeriods.Of([2030, 2035, 2040], 0.05);
        // Σ_{k=0..4} 1.05^-k = 4.5460; Σ_{k=5..9} = 3.5619; Σ_{k=10..14} = 2.7908 (the last period as long as the one before).
        Assert.Equal(4.5460, p.Weight(0), 4);
        Assert.Equal(3.5619, p.Weight(1), 4);
        Assert.Equal(2.7908, p.Weight(2), 4);
        Assert.Equal(5, p.Length(2));
    }

    [Fact]
    public void PeriodsMustIncrease() => Assert.Throws<ArgumentException>(() => PlanningPeriods.Of([2035, 2030], 0.05));

    [Fact]
    public void FlowSupplyConvertsAnElementFlowToProductTonnes()
    {
        var spec = new FlowSupplySpec("lib-ev", "Li", "lib_battery", 0.0189, 0.665, Provenance.Of("iea", 2), Provenance.Of("junkan-estimate", 1));
        // 2,637 t Li / 0.0189 t Li per t pack × 0.665 = 92,783 t of packs.
        Assert.Equal(92_783.3, spec.Tonnes(2637), 1);
    }
}
