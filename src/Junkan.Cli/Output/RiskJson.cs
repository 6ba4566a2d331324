using System.Text.Encodings.Web;
using System.Text.Json;
using Junkan.Application.Risk;
using Junkan.Core.Risk;
using Junkan.Data.Settings;

namespace Junkan.Cli.Output;

/// <summary>Machine-readable supply-risk results: JSON keyed by element symbol, then by indicator key.</summary>
public static class RiskJson
{
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, IReadOnlyList<RiskProfile> profiles, RiskSettings settings, int year)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteNumber("year", year);
        w.WriteString("settings", RiskSettingsFile.Describe(settings));
        w.WriteStartObject("elements");
        foreach (var p in profiles)
        {
            w.WriteStartObject(p.Element);
            WriteProfile(w, p);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>
    /// The result of <c>junkan risk</c>: per element the radar at the stage asked for, then <c>refining_concentration</c>
    /// (with its largest producer), <c>import_dependence</c> (when asked for: unweighted and weighted side by side) and
    /// <c>series</c> (every data year of each indicator).
    /// </summary>
    public static void Write(Stream stream, RiskResult r)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteNumber("year", r.Year);
        w.WriteString("settings", RiskSettingsFile.Describe(r.Settings));
        w.WriteString("stage", r.Stage == ConcentrationStage.Refining ? "refining" : "mine");
        w.WriteStartObject("elements");
        foreach (var (p, d) in r.Profiles.Zip(r.Details))
        {
            w.WriteStartObject(p.Element);
            foreach (var x in r.RadarOf(p)) WriteResult(w, x.Indicator.Key(), x);
            if (r.Stage == ConcentrationStage.Mine)
                foreach (var x in p.Supplementary) WriteResult(w, "production_concentration_refinery", x);
            WriteResult(w, "refining_concentration", d.Refining, d.RefiningLeader);
            if (d.Weighted.Count > 0) RiskDetailJson.WriteWeighted(w, d.Weighted);
            RiskDetailJson.WriteSeries(w, d.Trend);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteProfile(Utf8JsonWriter w, RiskProfile p)
    {
        foreach (var r in p.Radar) WriteResult(w, r.Indicator.Key(), r);
        foreach (var r in p.Supplementary) WriteResult(w, "production_concentration_refinery", r);
    }

    /// <param name="largestProducer">For a concentration: the largest country and its share ("CHN 44.4 %"), written when not empty.</param>
    public static void WriteResult(Utf8JsonWriter w, string key, IndicatorResult r, string largestProducer = "")
    {
        w.WriteStartObject(key);
        w.WriteString("status", Display.Status(r.Status));
        if (r.Value is double v) w.WriteNumber("value", Math.Round(v, 6)); else w.WriteNull("value");
        w.WriteString("unit", r.Indicator.Unit());
        if (r.Level is { } l) w.WriteString("level", l.ToString()); else w.WriteNull("level");
        if (r.Stage is { } s) w.WriteString("stage", s.ToString().ToLowerInvariant());
        if (r.Year is int y) w.WriteNumber("year", y); else w.WriteNull("year");
        w.WriteStartArray("sources");
        foreach (var src in r.Sources) w.WriteStringValue(src);
        w.WriteEndArray();
        if (r.ProxyLabel is { } proxy) w.WriteString("proxy", proxy);
        if (largestProducer.Length > 0) w.WriteString("largest_producer", largestProducer);
        w.WriteStartArray("notes");
        foreach (var n in r.Notes) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
