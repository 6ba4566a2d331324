using System.Text.Json;
using Junkan.Application.Risk;
using Junkan.Core.Risk;

namespace Junkan.Cli.Output;

/// <summary>The parts of the risk JSON beyond the radar: import-dependence weighting and per-year series.</summary>
internal static class RiskDetailJson
{
    /// <summary><c>import_dependence</c>: per stage the unweighted and weighted values, the weight and its inputs, or why there is none.</summary>
    public static void WriteWeighted(Utf8JsonWriter w, IReadOnlyList<WeightedImport> weighted)
    {
        w.WriteStartObject("import_dependence");
        w.WriteString("formula", ImportDependence.Formula);
        foreach (var x in weighted)
        {
            w.WriteStartObject(x.Unweighted.Indicator.Key());
            Number(w, "unweighted", x.Unweighted.Value);
            w.WriteString("unweighted_level", x.Unweighted.Level?.ToString());
            if (x.Dependence is { } d)
            {
                w.WriteNumber("weight", Math.Round(d.Weight, 6));
                w.WriteNumber("imports_t", Math.Round(d.ImportTonnes, 3));
                w.WriteNumber("imports_year", d.ImportYear);
                w.WriteNumber("demand_t", Math.Round(d.DemandTonnes, 3));
                w.WriteNumber("demand_year", d.DemandYear);
                w.WriteString("demand_source", string.Join(" ", d.DemandSources));
                w.WriteBoolean("capped", d.Capped);
                Number(w, "weighted", x.Weighted.Value);
                w.WriteString("weighted_level", x.Weighted.Level?.ToString());
            }
            else w.WriteString("reason", x.Reason);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    /// <summary><c>series</c>: per indicator key (refinery ② as <c>production_concentration_refinery</c>) the values by data year.</summary>
    public static void WriteSeries(Utf8JsonWriter w, RiskTrend trend)
    {
        w.WriteStartObject("series");
        foreach (var t in trend.Indicators)
        {
            bool refinery = t.Indicator == RiskIndicator.ProductionConcentration && t.Stage == Core.Elements.SupplyStage.Refined;
            w.WriteStartArray(refinery ? "production_concentration_refinery" : t.Indicator.Key());
            foreach (var p in t.Points)
            {
                w.WriteStartObject();
                w.WriteNumber("year", p.Year);
                w.WriteNumber("value", Math.Round(p.Value, 6));
                w.WriteString("level", p.Level?.ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double? v)
    {
        if (v is double x) w.WriteNumber(name, Math.Round(x, 6)); else w.WriteNull(name);
    }
}
