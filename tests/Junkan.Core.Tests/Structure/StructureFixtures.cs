using Junkan.Core.Structure;

namespace Junkan.Core.Tests.Structure;

internal static class StructureFixtures
{
    public static IReadOnlyList<Factor> Factors(int n) =>
        [.. Enumerable.Range(1, n).Select(i => new Factor(new FactorId($"F{i}"), $"因子{i}", $"Factor {i}", "test"))];

    public static InfluenceMatrix Matrix(params double[][,] experts) => new(Factors(experts[0].GetLength(0)), experts);
}
