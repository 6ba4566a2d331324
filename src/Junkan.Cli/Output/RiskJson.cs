using System.Text.Encodings.Web;
using System.Text.Json;
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

    public static void WriteProfile(Utf8JsonWriter w, RiskProfile p)
    {
        foreach (var r in p.Radar) WriteResult(w, r.Indicator.Key(), r);
        foreach (var r in p.Supplementary) WriteResult(w, "production_concentration_refinery", r);
    }

    public static void WriteResult(Utf8JsonWriter w, string key, IndicatorResult r)
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
        w.WriteStartArray("notes");
        foreach (var n in r.Notes) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
