using System.Globalization;
using Junkan.Core.Network;

namespace Junkan.Optimization.Tests;

/// <summary>The network model with one echelon reproduces the proven optima of OR-Library's capacitated facility location (capopt.txt).</summary>
public sealed class OrLibraryTests
{
    private static string Folder => Path.Combine(Junkan.Testing.TestRepository.Root, "data", "network", "orlib-cfl");

    public static double Optimum(string name) => File.ReadLines(Path.Combine(Folder, "capopt.txt"))
        .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(f => f.Length == 2 && f[0] == name)
        .Select(f => double.Parse(f[1], CultureInfo.InvariantCulture)).Single();

    /// <summary>A fast subset (all 37 run in the benchmark, about 45 s): cap72 and cap103 caught an objective scaling that made SCIP stop 0.1 % early.</summary>
    [Theory]
    [InlineData("cap41")]
    [InlineData("cap72")]
    [InlineData("cap103")]
    [InlineData("cap134")]
    public void ReachesTheProvenOptimum(string name)
    {
        var c = OrLibraryCfl.Parse(name, File.ReadAllText(Path.Combine(Folder, name + ".txt")));
        var plan = NetworkSolver.Solve(c, new SolveOptions(TimeLimitSeconds: 30, RelativeGap: 1e-9));
        Assert.Equal(SolveStatus.Optimal, plan.Report.Status);
        Assert.Equal(Optimum(name), plan.Report.Objective!.Value, 0.01);
    }
}
