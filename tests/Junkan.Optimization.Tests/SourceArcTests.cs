using Junkan.Core.Network;
using Junkan.Data.Network;
using Xunit.Abstractions;

namespace Junkan.Optimization.Tests;

/// <summary>
/// The arc reduction <see cref="NetworkCase.MaxSourceArcs"/> (case key <c>max_source_arcs</c>): each source keeps its N
/// nearest permitted hubs. It can only raise the optimum; the checks say by how much on instances the full model solves.
/// </summary>
public sealed class SourceArcTests(ITestOutputHelper output)
{
    private static string Network(string name) => Junkan.Testing.TestRepository.Path("data", "network", name);

    private static double Solve(NetworkCase c, double seconds = 60, double gap = 1e-6)
    {
        var plan = NetworkSolver.Solve(c, new SolveOptions(TimeLimitSeconds: seconds, RelativeGap: gap));
        Assert.Equal(SolveStatus.Optimal, plan.Report.Status);
        return plan.Report.Objective!.Value;
    }

    [Fact]
    public void EachSourceKeepsItsNearestPermittedHubs()
    {
        var c = NetworkCaseLoader.Load(Network("lib-japan.yaml")) with { };
        var full = Arcs.Collection(c);
        var three = Arcs.Collection(c with { MaxSourceArcs = 3 });
        foreach (var g in three.GroupBy(a => (a.Source.Id, a.Stream.Id)))
        {
            var all = full.Where(a => a.Source.Id == g.Key.Item1 && a.Stream.Id == g.Key.Item2).OrderBy(a => a.Km).ToList();
            Assert.Equal(Math.Min(3, all.Count), g.Count());
            Assert.Equal(all.Take(3).Select(a => a.Hub.Id).Order(), g.Select(a => a.Hub.Id).Order());
        }
        // 47 prefectures × 2 streams × 3 hubs, less the damaged packs of Okinawa, which have only Naha within 400 km.
        Assert.InRange(three.Count, 47 * 2 * 3 - 10, 47 * 2 * 3 - 1);
    }

    [Fact]
    public void OrLibraryCap41KeepsItsOptimumWithTheNearestTwelveFacilities()
    {
        var c = OrLibraryCfl.Parse("cap41", File.ReadAllText(Network(Path.Combine("orlib-cfl", "cap41.txt"))));
        double full = Solve(c), twelve = Solve(c with { MaxSourceArcs = 12 });
        var eight = NetworkSolver.Solve(c with { MaxSourceArcs = 8 }, new SolveOptions(TimeLimitSeconds: 60, RelativeGap: 1e-6)).Report;
        output.WriteLine($"cap41 full {full:N3}, 12 arcs {twelve:N3}, 8 arcs {eight.Status} {eight.Objective:N3}");
        Assert.Equal(1040444.375, full, 0.01);
        Assert.Equal(full, twelve, 0.01);
        // Fewer arcs can make it infeasible (a customer of 12,912 needs three facilities of 5,000) and never cheaper.
        Assert.True(eight.Status == SolveStatus.Infeasible || eight.Objective >= full - 0.01);
    }

    [Fact]
    public void ThePrefectureCaseWithTwelveHubsAtMostPaysForTheReduction()
    {
        var c = NetworkCaseLoader.Load(Network("lib-japan.yaml"));
        double full = Solve(c), six = Solve(c with { MaxSourceArcs = 6 }), three = Solve(c with { MaxSourceArcs = 3 });
        output.WriteLine($"lib-japan full {full:N0}, 6 arcs {six:N0} ({(six - full) / Math.Abs(full):P4}), 3 arcs {three:N0} ({(three - full) / Math.Abs(full):P4})");
        // Measured with the cited costs (net objective +1,315 MJPY/y): +292 MJPY/y with 6 arcs, +575 MJPY/y with 3; with the
        // example costs and payable shares (net -1,436 MJPY/y): +96 MJPY/y with 6 arcs, +288 MJPY/y with 3 (6.7 % and
        // 20 % of the net; +1.3 % and +4.0 % at full metal prices, when the net was 50x larger). With at most 12 of 17 hubs
        // open and 100 t of hazard storage per hub, prefectures send packs past their nearest hubs, which the reduction
        // forbids: the reduction is not free here, and fewer arcs cost more.
        Assert.True(six >= full - 1e-6 * Math.Abs(full) && three >= six - 1e-6 * Math.Abs(full));
        Assert.InRange(six - full, 1e7, 3e8);
        Assert.InRange(three - six, 1e7, 6e8);
    }

    /// <summary>The national municipal case cut down to Kyushu and Okinawa (prefectures 40-47, 290 municipalities) and their nine hubs (no hub limit, as the case).</summary>
    internal static NetworkCase Kyushu()
    {
        var c = NetworkCaseLoader.Load(Network(Path.Combine("municipal", "lib-japan-municipal.yaml")));
        string[] hubs = ["hub-fukuoka", "hub-saga", "hub-nagasaki", "hub-kumamoto", "hub-oita", "hub-miyazaki", "hub-kagoshima", "hub-naha", "hub-ishigaki"];
        return c with
        {
            Sources = c.Sources.Where(s => string.CompareOrdinal(s.Id, "muni-40") >= 0).ToList(),
            Hubs = c.Hubs.Where(h => hubs.Contains(h.Id)).ToList(),
        };
    }

    [Fact]
    public void KyushuByMunicipalityKeepsItsOptimumWithSixNearestHubsButNotWithThree()
    {
        var c = Kyushu();
        Assert.Equal(290, c.Sources.Count);
        double full = Solve(c with { MaxSourceArcs = null }, 120, 1e-4), six = Solve(c with { MaxSourceArcs = 6 }, 120, 1e-4), three = Solve(c with { MaxSourceArcs = 3 }, 120, 1e-4);
        output.WriteLine($"Kyushu {c.Sources.Count} sources: full {full:N0}, 6 arcs {six:N0}, 3 arcs {three:N0} JPY/y");
        // Measured with payable shares and the cited hub and refinery costs (Primobius 2022, Li-Cycle 2022): full = 6 arcs =
        // 1,142,085,703 JPY/y (a net cost: the case's fallback 9,500 t/y); 3 arcs 1,766,567,955 (more hubs), so the national
        // case keeps 6. At full metal prices and the example costs it was -292,191,031 and -58,322,904.
        Assert.Equal(full, six, 1e-6 * Math.Abs(full));
        Assert.True(three > full + 1e8);
    }

    [Fact]
    public void AggregatedLinksKeepTheOptimum()
    {
        // Kyushu and Okinawa with 6 arcs: 3,288 variables, below the default threshold; 0 forces the aggregated rows.
        var c = Kyushu() with { MaxSourceArcs = 6 };
        var perArc = NetworkSolver.Solve(c, new SolveOptions(TimeLimitSeconds: 120)).Report;
        var grouped = NetworkSolver.Solve(c, new SolveOptions(TimeLimitSeconds: 120, AggregateLinksAbove: 0)).Report;
        output.WriteLine($"per arc {perArc.Objective:N0} ({perArc.Constraints} rows), grouped {grouped.Objective:N0} ({grouped.Constraints} rows)");
        Assert.Equal(SolveStatus.Optimal, grouped.Status);
        Assert.Equal(1_146_447_972, perArc.Objective!.Value, 1.0);   // with the MLIT truck fare (29.3 JPY/t·km + 2,113 JPY/t)
        Assert.Equal(perArc.Objective!.Value, grouped.Objective!.Value, 1e-4 * Math.Abs(perArc.Objective.Value));
        Assert.True(grouped.Constraints < perArc.Constraints);
    }
}
