using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>Reads opened sites, flows and recovered tonnes out of a solved model.</summary>
internal static class PlanReader
{
    private const double Tiny = 1e-6;

    public static NetworkPlan Read(NetworkCase c, NetworkModel m, SolverReport report)
    {
        var collection = new List<Flow>();
        for (int i = 0; i < m.X.Length; i++)
        {
            double t = m.X[i].SolutionValue();
            var a = m.CollectArcs[i];
            if (t > Tiny) collection.Add(new Flow(a.Source.Id, a.Hub.Id, a.Stream.Id, "truck", t, a.Km));
        }
        var shipments = new List<Flow>();
        for (int i = 0; i < m.W.Length; i++)
        {
            double t = m.W[i].SolutionValue();
            var a = m.ShipArcs[i];
            if (t > Tiny) shipments.Add(new Flow(a.Hub.Id, a.Plant.Id, a.Stream.Id, a.Mode.Id, t, a.Km));
        }
        var opened = new List<OpenedSite>();
        foreach (var ((site, size), v) in m.Z)
        {
            if (v.SolutionValue() < 0.5) continue;
            var flows = site.Kind == FacilityKind.Hub ? collection : shipments;
            opened.Add(new OpenedSite(site, size, flows.Where(f => f.To == site.Id).Sum(f => f.Tonnes)));
        }
        return new NetworkPlan(report, opened, collection, shipments, PlanAccounting.Recovered(c, shipments));
    }
}
