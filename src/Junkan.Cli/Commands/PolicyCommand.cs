using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Junkan.Application.Policy;
using Junkan.Cli.Output;
using Junkan.Core.Policy;
using Junkan.Core.Risk;
using Spectre.Console;

namespace Junkan.Cli.Commands;

/// <summary><c>junkan policy</c>: indicators before and after the measures of one or more scenario files.</summary>
public static class PolicyCommand
{
    public static Command Create()
    {
        var scenario = new Option<string[]>("--scenario") { Description = "Scenario file (YAML); repeat to compare scenarios side by side", Required = true, AllowMultipleArgumentsPerToken = true };
        var element = CommonOptions.Element();
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var data = CommonOptions.Data();
        var settings = CommonOptions.Settings();
        var cmd = new Command("policy", "Policy evaluation: the radar before and after measures") { scenario, element, year, format, data, settings };
        cmd.SetAction(p => Run(p.GetValue(scenario)!, p.GetValue(element), p.GetValue(year), p.GetValue(format)!, p.GetValue(data), p.GetValue(settings)));
        return cmd;
    }

    private static int Run(string[] files, string? element, int? year, string format, string? data, string? settings)
    {
        var outcomes = new PolicyEvaluation(CliWorkspace.Open(data, settings)).Run(new PolicyRequest(files, element, year));
        switch (format)
        {
            case "json": WriteJson(outcomes); break;
            case "csv": WriteCsv(outcomes); break;
            default: WriteTable(outcomes); break;
        }
        return ExitCodes.Success;
    }

    private static void WriteTable(IReadOnlyList<PolicyOutcome> outcomes)
    {
        foreach (var o in outcomes)
            foreach (var e in o.Elements)
            {
                var t = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{o.Scenario.Name}: {e.Element}"));
                t.AddColumns("Indicator", "Before", "After", "Moved by");
                foreach (var i in RiskIndicators.All)
                {
                    var b = e.Before.Get(i); var a = e.After.Get(i);
                    var by = string.Join(", ", e.Effects.Where(x => x.Indicator == i).Select(x => $"{x.Measure.Kind}: {x.Measure.Label}"));
                    t.AddRow(Markup.Escape($"{(int)i} {i.Key()}"), Markup.Escape($"{Display.Value(b)} {b.Level}"), Markup.Escape($"{Display.Value(a)} {a.Level}"), Markup.Escape(by));
                }
                AnsiConsole.Write(t);
                if (e.StockpileDays > 0) AnsiConsole.MarkupLine($"Stockpile buffer: {e.StockpileDays.ToString(CultureInfo.InvariantCulture)} days of consumption (not on the radar).");
            }
        if (outcomes.Count > 1) WriteComparison(outcomes);
    }

    private static void WriteComparison(IReadOnlyList<PolicyOutcome> outcomes)
    {
        var t = new Table().Border(TableBorder.Rounded).Title("Scenarios side by side (levels after)");
        t.AddColumn("Element / indicator");
        foreach (var o in outcomes) t.AddColumn(Markup.Escape(o.Scenario.Name));
        foreach (var el in outcomes.SelectMany(o => o.Elements.Select(e => e.Element)).Distinct())
            foreach (var i in RiskIndicators.All)
                t.AddRow(outcomes.Select(o => o.Elements.FirstOrDefault(e => e.Element == el) is { } e
                    ? Markup.Escape($"{Display.Value(e.After.Get(i))} {e.After.Get(i).Level}") : "-").Prepend(Markup.Escape($"{el} {(int)i} {i.Key()}")).ToArray());
        AnsiConsole.Write(t);
    }

    private static void WriteJson(IReadOnlyList<PolicyOutcome> outcomes)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, RiskJson.Options))
        {
            w.WriteStartObject();
            foreach (var o in outcomes)
            {
                w.WriteStartObject(o.Scenario.Name);
                foreach (var e in o.Elements)
                {
                    w.WriteStartObject(e.Element);
                    w.WriteStartObject("before"); RiskJson.WriteProfile(w, e.Before); w.WriteEndObject();
                    w.WriteStartObject("after"); RiskJson.WriteProfile(w, e.After); w.WriteEndObject();
                    w.WriteStartArray("effects");
                    foreach (var x in e.Effects)
                    {
                        w.WriteStartObject();
                        w.WriteString("measure", x.Measure.Kind);
                        w.WriteString("label", x.Measure.Label);
                        w.WriteString("indicator", x.Indicator.Key());
                        if (x.Before is double bv) w.WriteNumber("before", Math.Round(bv, 6)); else w.WriteNull("before");
                        if (x.After is double av) w.WriteNumber("after", Math.Round(av, 6)); else w.WriteNull("after");
                        w.WriteString("level_before", x.LevelBefore?.ToString());
                        w.WriteString("level_after", x.LevelAfter?.ToString());
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteNumber("stockpile_days", e.StockpileDays);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        Console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteCsv(IReadOnlyList<PolicyOutcome> outcomes)
    {
        Console.Out.WriteLine("scenario,element,indicator,value_before,level_before,value_after,level_after,moved_by");
        foreach (var o in outcomes)
            foreach (var e in o.Elements)
                foreach (var i in RiskIndicators.All)
                {
                    var b = e.Before.Get(i); var a = e.After.Get(i);
                    var by = string.Join(" ", e.Effects.Where(x => x.Indicator == i).Select(x => x.Measure.Kind).Distinct());
                    Console.Out.WriteLine(string.Join(",", Csv(o.Scenario.Name), e.Element, i.Key(), Display.Number(b.Value), LevelOrStatus(b),
                        Display.Number(a.Value), LevelOrStatus(a), by));
                }
    }

    private static string LevelOrStatus(IndicatorResult r) => r.Level?.ToString() ?? Display.Status(r.Status);

    private static string Csv(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
