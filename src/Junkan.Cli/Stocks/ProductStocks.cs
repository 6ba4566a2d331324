using System.Globalization;
using System.Text;
using System.Text.Json;
using Junkan.Application.Stocks;
using Junkan.Cli.Commands;
using Junkan.Cli.Output;
using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Products;
using Junkan.Data.Stocks;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;
using Junkan.Reports.Output;
using Spectre.Console;

namespace Junkan.Cli.Stocks;

/// <summary>Product mode of <c>junkan stocks</c>: product inflows, lifetimes and contents → end-of-life element flows.</summary>
internal static class ProductStocks
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    public static readonly string[] CsvHeader = ["scenario", "product", "year", "variable", "element", "value", "unit"];

    public static int Write(ProductStockResult result, StockPolicy policy, OutputChoice output)
    {
        var (data, paths, flows, options) = result;
        switch (output.Format)
        {
            case "csv": WriteCsv(Console.Out, flows); break;
            case "json": WriteJson(flows, data, options, policy); break;
            default: WriteTable(flows, options); break;
        }
        if (output.Chart is { } chart)
        {
            if (!Path.GetExtension(chart).Equals(".html", StringComparison.OrdinalIgnoreCase))
                throw new Junkan.Core.Inputs.UsageException("--chart", $"--chart {chart}: product mode writes an HTML page (FILE.html).");
            var report = new StockReport(flows, paths, data.Lifetimes,
                data.UsedSourceIds.ToDictionary(id => id, id => data.Sources[id].Citation), options.Convention.ToString(),
                data.Files.Select(f => ReportFiles.Hash(f, Directory.GetCurrentDirectory())).ToArray());
            ChartFile.Write(chart, StockReportHtml.Render(report, new ReportText(output.Language)));
        }
        return ExitCodes.Success;
    }

    /// <summary>Long format: one row per scenario, product, year and variable (inflow, stock, outflow in product units; end_of_life[_low|_high] in t of element).</summary>
    internal static void WriteCsv(TextWriter w, IReadOnlyList<ProductFlows> flows)
    {
        w.WriteLine(string.Join(",", CsvHeader));
        foreach (var f in flows)
            for (int t = 0; t < f.Years; t++)
            {
                string prefix = $"{f.Scenario},{f.Product},{(f.FirstYear + t).ToString(Inv)}";
                w.WriteLine($"{prefix},inflow,,{N(f.Inflow[t])},{f.Unit}");
                w.WriteLine($"{prefix},stock,,{N(f.Stock[t])},{f.Unit}");
                w.WriteLine($"{prefix},outflow,,{N(f.Outflow[t])},{f.Unit}");
                if (f.Destinations is { } d)
                {
                    w.WriteLine($"{prefix},reuse,,{N(d.Reuse[t])},{f.Unit}");
                    w.WriteLine($"{prefix},export,,{N(d.Export[t])},{f.Unit}");
                    w.WriteLine($"{prefix},domestic_end_of_life,,{N(d.DomesticEndOfLife[t])},{f.Unit}");
                }
                foreach (var e in f.Elements)
                {
                    w.WriteLine($"{prefix},end_of_life,{e.Element},{N(e.Tonnes[t])},t");
                    w.WriteLine($"{prefix},end_of_life_low,{e.Element},{N(e.Low[t])},t");
                    w.WriteLine($"{prefix},end_of_life_high,{e.Element},{N(e.High[t])},t");
                    if (e.DomesticTonnes is { } dt) w.WriteLine($"{prefix},domestic_end_of_life,{e.Element},{N(dt[t])},t");
                }
            }
    }

    private static void WriteJson(IReadOnlyList<ProductFlows> flows, ProductData data, StockModelOptions options, StockPolicy policy)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, RiskJson.Options))
        {
            w.WriteStartObject();
            w.WriteString("model", "inflow-driven");
            w.WriteString("convention", options.Convention.ToString());
            if (policy.Hazard is { } h) w.WriteString("hazard_factor", h.ToString());
            if (policy.Split is { } split)
            {
                w.WriteNumber("reuse_share", split.Reuse);
                w.WriteNumber("export_share", split.Export);
            }
            w.WriteString("envelope", "low/high: lifetime stretched to its mean range and content at its range (an envelope, not a confidence interval)");
            w.WriteStartObject("scenarios");
            foreach (var scenario in flows.GroupBy(f => f.Scenario))
            {
                w.WriteStartObject(scenario.Key);
                foreach (var f in scenario) WriteProduct(w, f, data);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartObject("sources");
            foreach (var id in data.UsedSourceIds) w.WriteString(id, data.Sources[id].Citation);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        Console.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteProduct(Utf8JsonWriter w, ProductFlows f, ProductData data)
    {
        var lifetime = data.Lifetimes[f.Product];
        w.WriteStartObject(f.Product);
        w.WriteString("unit", f.Unit);
        w.WriteStartObject("lifetime");
        w.WriteString("spec", lifetime.Lifetime.ToString());
        w.WriteNumber("mean_years", Math.Round(lifetime.Lifetime.MeanLifetime, 9));
        w.WriteNumber("mean_low_years", lifetime.MeanLow);
        w.WriteNumber("mean_high_years", lifetime.MeanHigh);
        w.WriteString("source", lifetime.SourceId);
        w.WriteNumber("quality", lifetime.Quality);
        w.WriteEndObject();
        SeriesStocks.Array(w, "year", Enumerable.Range(f.FirstYear, f.Years).Select(y => (double)y));
        SeriesStocks.Array(w, "inflow", f.Inflow);
        SeriesStocks.Array(w, "stock", f.Stock);
        SeriesStocks.Array(w, "outflow", f.Outflow);
        if (f.Destinations is { } d)
        {
            SeriesStocks.Array(w, "reuse", d.Reuse);
            SeriesStocks.Array(w, "export", d.Export);
            SeriesStocks.Array(w, "domestic_end_of_life", d.DomesticEndOfLife);
        }
        w.WriteStartObject("end_of_life_t");
        foreach (var e in f.Elements)
        {
            w.WriteStartObject(e.Element);
            SeriesStocks.Array(w, "central", e.Tonnes);
            SeriesStocks.Array(w, "low", e.Low);
            SeriesStocks.Array(w, "high", e.High);
            if (e.DomesticTonnes is { } dt) SeriesStocks.Array(w, "domestic", dt);
            w.WriteNumber("content_kg_per_unit", e.Content.KgPerUnit);
            w.WriteString("source", e.Content.SourceId);
            w.WriteNumber("quality", e.Content.Quality);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Per product: a table of inflow, stock and outflow, and one of end-of-life tonnes by element (central values; ranges in csv/json and the chart).</summary>
    private static void WriteTable(IReadOnlyList<ProductFlows> flows, StockModelOptions options)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        foreach (var f in flows)
        {
            var products = new Table().Title($"{f.Scenario}: {f.Product} ({f.Unit}, {options.Convention} convention)");
            products.AddColumn("year");
            foreach (var h in new[] { "inflow", "stock", "outflow" }) products.AddColumn(new TableColumn(h).RightAligned());
            for (int t = 0; t < f.Years; t++)
                products.AddRow((f.FirstYear + t).ToString(Inv), F(f.Inflow[t]), F(f.Stock[t]), F(f.Outflow[t]));
            console.Write(products);
            if (f.Elements.Count == 0) continue;
            var elements = new Table().Title($"{f.Scenario}: {f.Product}, end of life (t of contained element per year)");
            elements.AddColumn("year");
            foreach (var e in f.Elements) elements.AddColumn(new TableColumn(e.Element).RightAligned());
            for (int t = 0; t < f.Years; t++)
                elements.AddRow([(f.FirstYear + t).ToString(Inv), .. f.Elements.Select(e => F(e.Tonnes[t]))]);
            console.Write(elements);
            console.WriteLine("Low-high envelopes (lifetime mean range × content range): --format csv or json, or --chart FILE.html.");
        }
    }

    private static string N(double v) => v.ToString("R", Inv);
    private static string F(double v) => v.ToString(Math.Abs(v) >= 100 ? "#,0" : "#,0.##", Inv);
}
