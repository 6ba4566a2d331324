using Junkan.Core.Structure;

namespace Junkan.Core.Tests.Structure;

/// <summary>ISM with hand-worked answers.</summary>
public sealed class IsmTests
{
    /// <summary>
    /// The 3 × 3 DEMATEL case of <see cref="DematelTests"/> at θ = 23/43: t12 = 36/43, t13 = 40/43 and t23 = 52/43 are
    /// at or above θ, the rest below, so 1 → 2, 1 → 3, 2 → 3 (already transitive). R(3) = {3} = R ∩ A: level 1;
    /// then F2 (level 2), then F1 (level 3). Driving power (3, 2, 1), dependence (1, 2, 3); midpoint 1.5:
    /// F1 independent, F2 linkage, F3 dependent.
    /// </summary>
    [Fact]
    public void LevelsAndQuadrantsOfTheHandCase()
    {
        var s = StructureAnalysis.Run(StructureFixtures.Matrix(DematelTests.Hand));
        Assert.Equal([3, 2, 1], s.Ism.Levels);
        Assert.Equal([3, 2, 1], s.Ism.DrivingPower);
        Assert.Equal([1, 2, 3], s.Ism.Dependence);
        Assert.Equal([MicmacQuadrant.Independent, MicmacQuadrant.Linkage, MicmacQuadrant.Dependent], s.Rows.Select(r => r.Quadrant));
    }

    /// <summary>
    /// 1 → 2, 2 → 3, 3 → 2, 3 → 4. Closure: 1 reaches {1,2,3,4}, 2 and 3 reach {2,3,4}, 4 reaches {4}. Levels: 4 (top),
    /// then the cycle {2, 3} together, then 1.
    /// </summary>
    [Fact]
    public void ACycleSharesALevelAfterTheClosure()
    {
        var m = new bool[4, 4];
        m[0, 1] = m[1, 2] = m[2, 1] = m[2, 3] = true;
        var c = Ism.Closure(m);
        Assert.True(c[0, 3]);
        Assert.True(c[1, 3]);
        Assert.False(c[3, 0]);
        Assert.Equal([3, 2, 2, 1], Ism.Levels(c));
    }

    [Fact]
    public void AUserReachabilityMatrixReplacesTheThreshold()
    {
        var m = new bool[3, 3];
        m[2, 0] = true;
        var s = StructureAnalysis.Run(StructureFixtures.Matrix(DematelTests.Hand), reachability: m);
        Assert.True(s.IsmFromUserMatrix);
        Assert.Equal([1, 1, 2], s.Ism.Levels);
    }
}
