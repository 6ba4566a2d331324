using Junkan.Core.Citations;
using Junkan.Core.Flows;
using P = Junkan.Core.Flows.ElementProcesses;

namespace Junkan.Reports.Flows;

/// <summary>The nodes of the diagram: the eight processes with the boundary drawn twice, imports left and exports right.</summary>
internal enum SankeyNode { Imports, PrimarySupply, Fabrication, Use, EndOfLife, Recycling, Exports, Disposal, Environment }

/// <summary>One drawn link: t/y of one year, aggregated over uses unless <see cref="Use"/> is set; tiny = below the threshold.</summary>
internal sealed record SankeyLink(SankeyNode From, SankeyNode To, FlowKind Kind, string? Use, double Value, IReadOnlyList<SourceId> Sources, bool Tiny)
{
    /// <summary>Recycled metal returning to fabrication: drawn as a loop below the diagram.</summary>
    public bool IsLoop => SankeyModel.Column(To) < SankeyModel.Column(From);
}

/// <summary>The links of one year of an element's system, zero flows omitted, with the throughput they are scaled to.</summary>
internal sealed record SankeyModel(IReadOnlyList<SankeyLink> Links, double Throughput)
{
    public static int Column(SankeyNode n) => n switch
    {
        SankeyNode.Imports => 0,
        SankeyNode.PrimarySupply => 1,
        SankeyNode.Fabrication => 2,
        SankeyNode.Use => 3,
        SankeyNode.EndOfLife => 4,
        SankeyNode.Recycling => 5,
        _ => 6,
    };

    public static SankeyModel Of(FlowSystem system, int t, SankeyOptions options)
    {
        var raw = system.Flows.Where(f => f.Values[t] > 0).Select(f => (From: Node(f.From, true), To: Node(f.To, false), f.Kind,
            Use: options.SplitEndOfLifeByUse && f.Kind == FlowKind.EndOfLife ? f.Use : null, Value: f.Values[t], f.Sources)).ToList();
        double throughput = LargestThroughput(system, t);
        var links = raw.GroupBy(r => (r.From, r.To, r.Kind, r.Use))
            .Select(g => (g.Key, Value: g.Sum(r => r.Value), Sources: (IReadOnlyList<SourceId>)[.. g.SelectMany(r => r.Sources).Distinct().OrderBy(s => s.ToString(), StringComparer.Ordinal)]))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Use, StringComparer.Ordinal)
            .Select(g => new SankeyLink(g.Key.From, g.Key.To, g.Key.Kind, g.Key.Use, g.Value, g.Sources, g.Value < options.TinyShare * throughput))
            .ToList();
        return new SankeyModel(links, throughput);
    }

    /// <summary>The largest Σ in or Σ out of any process in year index t (t/y), the reference of "tiny".</summary>
    public static double LargestThroughput(FlowSystem system, int t)
    {
        double max = 0;
        foreach (var b in system.Balance(t)) max = Math.Max(max, Math.Max(b.Input, b.Output));
        return max;
    }

    private static SankeyNode Node(ProcessId id, bool asSource)
    {
        if (id == P.Outside) return asSource ? SankeyNode.Imports : SankeyNode.Exports;
        if (id == P.PrimarySupply) return SankeyNode.PrimarySupply;
        if (id == P.Fabrication) return SankeyNode.Fabrication;
        if (id == P.Use) return SankeyNode.Use;
        if (id == P.EndOfLife) return SankeyNode.EndOfLife;
        if (id == P.Recycling) return SankeyNode.Recycling;
        if (id == P.Disposal) return SankeyNode.Disposal;
        if (id == P.Environment) return SankeyNode.Environment;
        throw new ArgumentException($"Process '{id}' is not one of the element processes; the Sankey draws element flow systems only.", nameof(id));
    }
}
