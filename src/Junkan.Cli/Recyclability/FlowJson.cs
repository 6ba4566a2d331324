using System.Text.Json;
using Junkan.Core.Flows;
using Junkan.Core.Recyclability;

namespace Junkan.Cli.Recyclability;

/// <summary>The flow-system totals of an element in the JSON of <c>assess</c> (issue 12 §4): central, low, high in t/y.</summary>
internal static class FlowJson
{
    public static void Totals(Utf8JsonWriter w, FlowSpread? f, ElementProfile p, double? coverage, double? primaryByproduct)
    {
        w.WriteBoolean("flow_system", f is not null);
        if (f is null) return;
        Spread(w, "end_of_life_t", f.EndOfLife);
        Spread(w, "recovered_today_t", f.RecoveredToday);
        Spread(w, "recovered_eol_t", f.RecoveredEndOfLife);
        Spread(w, "recovered_new_scrap_t", f.RecoveredNewScrap);
        Spread(w, "achievable_t", f.Achievable);
        Spread(w, "potential_t", f.Potential);
        Spread(w, "exported_t", f.Exported);
        if (primaryByproduct is { } b) Spread(w, "primary_byproduct_t", new Spread3(b, b, b)); else w.WriteNull("primary_byproduct_t");
        AssessOutput.Number(w, "flow_coverage", coverage);
        w.WriteStartArray("flow_assumed");   // per-use parameters taken from a route default instead of a figure for the use
        foreach (var u in Uses(p)) foreach (var x in u.Parameters.Assumed) w.WriteStringValue($"{u.Use}.{x}");
        w.WriteEndArray();
        w.WriteStartArray("flow_missing");   // per-use parameters without figure or default (0 where a number is needed)
        foreach (var u in Uses(p)) foreach (var x in u.Parameters.Missing) w.WriteStringValue($"{u.Use}.{x}");
        w.WriteEndArray();
    }

    private static IEnumerable<UseProfile> Uses(ElementProfile p) =>
        p.Flows is not { } m ? [] : m.Inputs is { } i ? i.Uses : m.Members.SelectMany(x => x.Inputs!.Uses.Select(u => u with { Use = $"{x.Element}.{u.Use}" }));

    private static void Spread(Utf8JsonWriter w, string key, Spread3 s)
    {
        w.WriteStartObject(key);
        AssessOutput.Number(w, "central", s.Central);
        AssessOutput.Number(w, "low", s.Low);
        AssessOutput.Number(w, "high", s.High);
        w.WriteEndObject();
    }
}
