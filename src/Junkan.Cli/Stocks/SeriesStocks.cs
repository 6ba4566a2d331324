using System.Globalization;
using System.Text;
using System.Text.Json;
using Junkan.Application.Stocks;
using Junkan.Cli.Commands;
using Junkan.Cli.Output;
using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Spectre.Console;

namespace Junkan.Cli.Stocks;

/// <summary>Quick mode of <c>junkan stocks</c>: one inflow or stock series and one lifetime.</summary>
internal static class SeriesStocks
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    public static readonly string[] CsvHeader = ["year", "inflow", "stock", "outflow", "stock_change"];

    public static readonly string[] SplitHeader = ["reuse", "export", "domestic_end_of_life"];

    public static int Write(SeriesStockResult result, LifetimeDistribution lifetime, StockPolicy policy, OutputChoice output)
    {
        var (first, r, rows, flagged, balance, split, options, mode) = result;
        if (flagged.Length > 0)
            Console.Error.WriteLine($"junkan: warning: the stock falls faster than the cohorts leave in {string.Join(", ", flagged)}: " +
                (options.NegativeInflow == NegativeInflowPolicy.Allow ? "negative inflow kept (--negative-inflow correct sets it to 0 and retires the surplus early)" : "inflow set to 0, surplus retired early"));
        switch (output.Format)
        {
            case "csv": WriteCsv(Console.Out, first, r, rows, split); break;
            case "json": WriteJson(first, r, rows, mode, lifetime, options, policy, split, flagged, balance); break;
            default: WriteTable(first, r, rows, mode, lifetime, options, policy, split, balance); break;
        }
        if (output.Chart is { } chart) WriteChart(chart, output.Language, first, r, rows, mode, lifetime, options);
        return ExitCodes.Success;
    }

    internal static void WriteCsv(TextWriter w, int first, StockSeries r, int[] rows, double[][]? split)
    {
        w.WriteLine(string.Join(",", split is null ? CsvHeader : [.. CsvHeader, .. SplitHeader]));
        foreach (int t in rows)
        {
            var cells = new List<string> { (first + t).ToString(Inv), N(r.Inflow[t]), N(r.Stock[t]), N(r.Outflow[t]), N(r.StockChange[t]) };
            if (split is not null) cells.AddRange(split.Select(d => N(d[t])));
            w.WriteLine(string.Join(",", cells));
        }
    }

    private static void WriteJson(int first, StockSeries r, int[] rows, string mode, LifetimeDistribution lifetime, StockModelOptions options, StockPolicy policy, double[][]? split, int[] flagged, double balance)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, RiskJson.Options))
        {
            w.WriteStartObject();
            w.WriteString("model", mode);
            w.WriteString("lifetime", lifetime.ToString());
            w.WriteNumber("mean_lifetime_years", Math.Round(lifetime.MeanLifetime, 9));
            w.WriteString("convention", options.Convention.ToString());
            w.WriteString("negative_inflow", options.NegativeInflow.ToString().ToLowerInvariant());
            Array(w, "year", rows.Select(t => (double)(first + t)));
            Array(w, "inflow", rows.Select(t => r.Inflow[t]));
            Array(w, "stock", rows.Select(t => r.Stock[t]));
            Array(w, "outflow", rows.Select(t => r.Outflow[t]));
            Array(w, "stock_change", rows.Select(t => r.StockChange[t]));
            if (policy.Hazard is { } h) w.WriteString("hazard_factor", h.ToString());
            if (split is not null)
            {
                w.WriteNumber("reuse_share", policy.Split!.Reuse);
                w.WriteNumber("export_share", policy.Split.Export);
                for (int k = 0; k < 3; k++) Array(w, SplitHeader[k], rows.Select(t => split[k][t]));
            }
            Array(w, "negative_inflow_years", flagged.Select(y => (double)y));
            w.WriteNumber("mass_balance_max_relative_error", balance);
            w.WriteEndObject();
        }
        Console.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    internal static void Array(Utf8JsonWriter w, string name, IEnumerable<double> values)
    {
        w.WriteStartArray(name);
        foreach (double v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void WriteTable(int first, StockSeries r, int[] rows, string mode, LifetimeDistribution lifetime, StockModelOptions options, StockPolicy policy, double[][]? split, double balance)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        string hazard = policy.Hazard is { } change ? $", hazard × {change.Factor.ToString(Inv)} from {change.FromYear}" : "";
        var table = new Table().Title($"{mode}, lifetime {lifetime} (mean {lifetime.MeanLifetime.ToString("0.###", Inv)} years), {options.Convention} convention{hazard}");
        foreach (var h in split is null ? CsvHeader : [.. CsvHeader, .. SplitHeader]) table.AddColumn(new TableColumn(h).RightAligned());
        foreach (int t in rows)
            table.AddRow([(first + t).ToString(Inv), F(r.Inflow[t]), F(r.Stock[t]), F(r.Outflow[t]), F(r.StockChange[t]), .. split?.Select(d => F(d[t])) ?? []]);
        console.Write(table);
        console.WriteLine($"Mass balance: largest |i − o − Δs| = {balance:0.##E+0} of the largest flow or stock.");
    }

    private static void WriteChart(string path, string language, int first, StockSeries r, int[] rows, string mode, LifetimeDistribution lifetime, StockModelOptions options)
    {
        string title = $"{mode}: {lifetime}, {options.Convention}";
        double[] Cut(double[] v) => rows.Select(t => v[t]).ToArray();
        int from = first + rows[0];
        string content = Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase)
            ? Reports.Svg.LineChart.Render(title, "", from, [new("inflow", Cut(r.Inflow)), new("stock", Cut(r.Stock)), new("outflow", Cut(r.Outflow))])
            : StockReportHtml.RenderSeries(title, from, Cut(r.Inflow), Cut(r.Stock), Cut(r.Outflow), title, new ReportText(language));
        ChartFile.Write(path, content);
    }

    private static string N(double v) => v.ToString("R", Inv);
    private static string F(double v) => v.ToString("#,0.###", Inv);
}

/// <summary>Writes a chart file whole or not at all (<see cref="Junkan.Reports.Output.ReportFiles.WriteOne"/>).</summary>
internal static class ChartFile
{
    public static void Write(string path, string content)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".html" or ".htm" or ".svg")) throw new Junkan.Core.Inputs.UsageException("--chart", $"--chart {path}: write FILE.html or FILE.svg.");
        Console.Error.WriteLine($"junkan: wrote {Junkan.Reports.Output.ReportFiles.WriteOne(path, Encoding.UTF8.GetBytes(content))}");
    }
}
