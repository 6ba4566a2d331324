namespace Junkan.Architecture.Tests;

/// <summary>The solver stays in Junkan.Optimization: Core never references OR-Tools, and Optimization knows only Core of Junkan.</summary>
public sealed class OptimizationLayerTests
{
    public OptimizationLayerTests() => _ = typeof(Junkan.Optimization.NetworkSolver).Assembly;

    [Fact]
    public void Core_does_not_reference_the_solver() =>
        Assert.DoesNotContain(AssemblyScan.References("Junkan.Core"), r => r.StartsWith("Google.", StringComparison.Ordinal));

    [Fact]
    public void Optimization_references_only_core_of_junkan()
    {
        var refs = AssemblyScan.References("Junkan.Optimization");
        Assert.Contains("Google.OrTools", refs);
        Assert.Equal(["Junkan.Core"], refs.Where(r => r.StartsWith("Junkan.", StringComparison.Ordinal)));
    }
}
