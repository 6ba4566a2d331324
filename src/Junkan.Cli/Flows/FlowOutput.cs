using System.Globalization;
using System.Text;
using System.Text.Json;
using Junkan.Application.Flows;
using Junkan.Cli.Output;
using Junkan.Core.Flows;
using Spectre.Console;

namespace Junkan.Cli.Flows;

/// <summary>Table, JSON and CSV of element flow systems (issue 12 §4).</summary>
internal static class FlowOutput
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly int[] SummaryStep = [5];

    public static void Write(string format, FlowResult result)
    {
        switch (format)
        {
            case "json": Json(result); break;
            case "csv": Csv(Console.Out, result); break;
            default: foreach (var s in result.Systems) Table(s, result); break;
        }
    }

    /// <summary>Writes the Sankey diagram(s) and names the files on standard error (standard output keeps the table, JSON or CSV).</summary>
    public static void Sankey(FlowResult result, string file, string lang)
    {
        foreach (var path in SankeyExport.Write(result, file, lang)) Console.Error.WriteLine($"junkan: wrote {path}");
    }

    private static void Table(ElementFlows e, FlowResult result)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 200;
        var sys = e.System.System;
        int t = sys.IndexOf(e.Year);
        var totals = e.System.TotalsIn(e.Year);
        console.WriteLine($"{sys.Name}: {sys.Boundary}. Years {sys.FirstYear}-{sys.LastYear}; {e.Year} shown ({totals.Basis.ToString().ToLowerInvariant()} demand), growth scenario {result.Scenario.ToString().ToLowerInvariant()}, {e.Coverage:P0} of the per-use parameters from published figures (the rest labelled estimates or defaults). Sources of every flow: --format json or csv.");
        var table = new Table().Title($"Flows {e.Year}, t {e.System.Inputs.Element} per year (5-95 % of {result.Draws} draws)");
        foreach (var h in new[] { "from", "to", "kind", "use", "t/y", "low", "high" }) table.AddColumn(new TableColumn(h).RightAligned());
        for (int i = 0; i < sys.Flows.Count; i++)
        {
            var f = sys.Flows[i];
            if (f[t] == 0 && e.High[i] == 0) continue;
            table.AddRow(f.From.Value, f.To.Value, Kind(f.Kind), Markup.Escape(f.Use ?? ""), T(f[t]), T(e.Low[i]), T(e.High[i]));
        }
        console.Write(table);
        var stocks = new Table().Title($"Stocks at the end of {e.Year} (t) and balance residuals (t/y)");
        foreach (var h in new[] { "process", "use", "stock t", "in t/y", "out t/y", "stock change t/y", "residual t/y" }) stocks.AddColumn(new TableColumn(h).RightAligned());
        var balance = sys.Balance(t, t == 0 ? e.System.OpeningStock : null);
        foreach (var b in balance)
            stocks.AddRow(b.Process.Value, "", T(sys.StockOf(b.Process, t)), T(b.Input), T(b.Output), T(b.StockChange), b.Residual.ToString("G3", Inv));
        foreach (var s in sys.Stocks.Where(s => s.Use is not null)) stocks.AddRow(s.Process.Value, Markup.Escape(s.Use!), T(s.Values[t]), "", "", "", "");
        console.Write(stocks);
        var years = new Table().Title("Totals by year (t/y; in-use stock t)");
        foreach (var h in new[] { "year", "demand basis", "demand", "in-use stock", "end of life", "exported", "recovered EOL", "recovered new scrap", "achievable", "dissipated", "primary input" })
            years.AddColumn(new TableColumn(h).RightAligned());
        foreach (int y in SummaryYears(sys))
        {
            var x = e.System.TotalsIn(y);
            years.AddRow(y.ToString(Inv), x.Basis.ToString().ToLowerInvariant(), T(x.Demand), T(x.InUseStock), T(x.EndOfLife), T(x.Exported), T(x.RecoveredEndOfLife), T(x.RecoveredNewScrap), T(x.Achievable), T(x.Dissipated), T(x.PrimaryInput));
        }
        console.Write(years);
        console.WriteLine($"Largest relative balance residual over all processes and years: {e.System.MaxRelativeResidual:G3}. Demand before {e.System.Inputs.FirstDataYear} is back-cast (spin-up), after the last published year projected at each use's growth rate; see docs/methods/flows.md.");
        BottomUpOutput.Table(console, result.BottomUp, e.System.Inputs.Element.Value);
    }

    private static IEnumerable<int> SummaryYears(FlowSystem sys) =>
        Enumerable.Range(sys.FirstYear, sys.Years).Where(y => y == sys.FirstYear || y == sys.LastYear || y % SummaryStep[0] == 0);

    private static void Json(FlowResult result)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, RiskJson.Options))
        {
            w.WriteStartObject();
            w.WriteString("element", result.Element);
            w.WriteString("scenario", result.Scenario.ToString().ToLowerInvariant());
            w.WriteNumber("draws", result.Draws);
            w.WriteStartArray("systems");
            foreach (var e in result.Systems) System(w, e);
            w.WriteEndArray();
            BottomUpOutput.Json(w, result.BottomUp);
            w.WriteEndObject();
        }
        Console.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void System(Utf8JsonWriter w, ElementFlows e)
    {
        var sys = e.System.System;
        int t = sys.IndexOf(e.Year);
        w.WriteStartObject();
        w.WriteString("element", e.System.Inputs.Element.Value);
        w.WriteString("boundary", sys.Boundary);
        w.WriteNumber("first_year", sys.FirstYear);
        w.WriteNumber("last_year", sys.LastYear);
        w.WriteNumber("year", e.Year);
        w.WriteString("demand_basis", e.System.TotalsIn(e.Year).Basis.ToString().ToLowerInvariant());
        w.WriteNumber("coverage", Math.Round(e.Coverage, 6));
        w.WriteNumber("in_use_stock_t", Math.Round(sys.StockOf(ElementProcesses.Use, t), 6));
        w.WriteNumber("max_relative_residual", e.System.MaxRelativeResidual);
        w.WriteStartArray("flows");
        for (int i = 0; i < sys.Flows.Count; i++)
        {
            var f = sys.Flows[i];
            w.WriteStartObject();
            w.WriteString("from", f.From.Value);
            w.WriteString("to", f.To.Value);
            w.WriteString("kind", Kind(f.Kind));
            if (f.Use is null) w.WriteNull("use"); else w.WriteString("use", f.Use);
            w.WriteNumber("value_t", Math.Round(f[t], 6));
            w.WriteNumber("low_t", Math.Round(e.Low[i], 6));
            w.WriteNumber("high_t", Math.Round(e.High[i], 6));
            w.WriteStartArray("sources");
            foreach (var s in f.Sources) w.WriteStringValue(s.Value);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("stocks");
        foreach (var s in sys.Stocks)
        {
            w.WriteStartObject();
            w.WriteString("process", s.Process.Value);
            if (s.Use is null) w.WriteNull("use"); else w.WriteString("use", s.Use);
            w.WriteNumber("stock_t", Math.Round(s.Values[t], 6));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("balance");
        foreach (var b in sys.Balance(t, t == 0 ? e.System.OpeningStock : null))
        {
            w.WriteStartObject();
            w.WriteString("process", b.Process.Value);
            w.WriteNumber("input_t", Math.Round(b.Input, 6));
            w.WriteNumber("output_t", Math.Round(b.Output, 6));
            w.WriteNumber("stock_change_t", Math.Round(b.StockChange, 6));
            w.WriteNumber("residual_t", b.Residual);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("totals_by_year");
        for (int y = sys.FirstYear; y <= sys.LastYear; y++)
        {
            var x = e.System.TotalsIn(y);
            w.WriteStartObject(y.ToString(Inv));
            w.WriteString("demand_basis", x.Basis.ToString().ToLowerInvariant());
            foreach (var (k, v) in new[] { ("demand_t", x.Demand), ("in_use_stock_t", x.InUseStock), ("end_of_life_t", x.EndOfLife), ("exported_t", x.Exported),
                ("recovered_eol_t", x.RecoveredEndOfLife), ("recovered_new_scrap_t", x.RecoveredNewScrap), ("achievable_t", x.Achievable), ("potential_t", x.Potential),
                ("dissipated_t", x.Dissipated), ("primary_input_t", x.PrimaryInput), ("product_export_t", x.ProductExport) })
                w.WriteNumber(k, Math.Round(v, 6));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Csv(TextWriter w, FlowResult result)
    {
        w.WriteLine("element,year,from,to,kind,use,value_t,low_t,high_t,sources");
        foreach (var e in result.Systems)
        {
            var sys = e.System.System;
            int t = sys.IndexOf(e.Year);
            for (int i = 0; i < sys.Flows.Count; i++)
            {
                var f = sys.Flows[i];
                w.WriteLine(string.Join(",", e.System.Inputs.Element.Value, e.Year.ToString(Inv), f.From.Value, f.To.Value, Kind(f.Kind), f.Use ?? "",
                    C(f[t]), C(e.Low[i]), C(e.High[i]), string.Join(" ", f.Sources.Select(s => s.Value))));
            }
        }
    }

    /// <summary>A flow kind in snake_case (end_of_life, recovered_new_scrap, ...).</summary>
    internal static string Kind(FlowKind k) => string.Concat(k.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string C(double v) => v.ToString("R", Inv);

    private static string T(double v) => Display.Tonnes(v);
}
