using System.Globalization;
using CsvHelper;
using Junkan.Core.Risk;

namespace Junkan.Cli.Output;

/// <summary>Long-format CSV of supply-risk results: one row per element and indicator.</summary>
public static class RiskCsv
{
    public static void Write(TextWriter writer, IReadOnlyList<RiskProfile> profiles)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var h in new[] { "element", "indicator", "stage", "status", "value", "unit", "level", "year", "sources", "proxy", "notes" }) csv.WriteField(h);
        csv.NextRecord();
        foreach (var p in profiles)
            foreach (var r in p.Radar.Concat(p.Supplementary))
            {
                csv.WriteField(p.Element);
                csv.WriteField(r.Indicator.Key());
                csv.WriteField(r.Stage?.ToString().ToLowerInvariant() ?? "");
                csv.WriteField(Display.Status(r.Status));
                csv.WriteField(Display.Number(r.Value));
                csv.WriteField(r.Indicator.Unit());
                csv.WriteField(r.Level?.ToString() ?? "");
                csv.WriteField(r.Year?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(string.Join(" ", r.Sources));
                csv.WriteField(r.ProxyLabel ?? "");
                csv.WriteField(string.Join(" | ", r.Notes));
                csv.NextRecord();
            }
    }
}
