using System.CommandLine;
using Junkan.Application.Stocks;
using Junkan.Cli.Stocks;
using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Core.Stocks.Products;

namespace Junkan.Cli.Commands;

/// <summary>
/// <c>junkan stocks</c>: the dynamic stock model, either for one series (<c>--inflow</c> or <c>--stock</c> with
/// <c>--lifetime</c>) or for a product table set (<c>--products</c>), which yields end-of-life tonnes of contained elements.
/// </summary>
public static class StocksCommand
{
    public static Command Create()
    {
        var inflow = new Option<string?>("--inflow") { Description = "Quick mode: CSV with columns year,inflow (inflow-driven model)" };
        var stock = new Option<string?>("--stock") { Description = "Quick mode: CSV with columns year,stock (stock-driven model)" };
        var lifetime = new Option<string?>("--lifetime") { Description = $"Quick mode: lifetime distribution in years: {LifetimeSpec.Syntax}" };
        var products = new Option<string?>("--products") { Description = "Product inflow table (product,scenario,year,inflow,unit,source_id,quality,note), e.g. data/stocks/product_inflows.csv" };
        var lifetimes = new Option<string?>("--lifetimes") { Description = "Product lifetimes table (default: product_lifetimes.csv beside --products)" };
        var contents = new Option<string?>("--contents") { Description = "Element contents table (default: product_contents.csv beside --products)" };
        var sources = new Option<string?>("--sources") { Description = "Sources table (default: sources.csv beside --products)" };
        var scenario = new Option<string?>("--scenario") { Description = "Products: one scenario only (default: all)" };
        var from = new Option<int?>("--from") { Description = "First year to show (default: the first model year)" };
        var to = new Option<int?>("--to") { Description = "Last year to show (default: the last model year)" };
        var convention = new Option<string>("--convention") { Description = "Time convention: year-end, middle, start or quadrature:N (N = 2..32)", DefaultValueFactory = _ => "year-end" };
        var negative = new Option<string>("--negative-inflow") { Description = "Stock-driven: allow (keep and flag) or correct (zero inflow, early retirement)", DefaultValueFactory = _ => "allow" };
        negative.AcceptOnlyFromAmong("allow", "correct");
        var hazard = new Option<string?>("--hazard-factor") { Description = "Lifetime policy YEAR:FACTOR: from YEAR on, every cohort in use has its annual hazard × FACTOR (0.8 = longer use: extension, repair, reuse)" };
        var reuse = new Option<double?>("--reuse") { Description = "Share of the outflow reused at home (0..1); with --export, the rest goes to domestic end-of-life" };
        var export = new Option<double?>("--export") { Description = "Share of the outflow exported as used products (0..1)" };
        var chart = new Option<string?>("--chart") { Description = "Also write a chart: FILE.html (self-contained page) or, in quick mode, FILE.svg" };
        var lang = new Option<string>("--lang") { Description = "Chart language: en or ja", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "ja");
        var format = CommonOptions.Format();
        var cmd = new Command("stocks", "Dynamic stock model: stock in use and outflows from inflows (or inflows from a stock), end-of-life element flows from product tables")
        {
            inflow, stock, lifetime, products, lifetimes, contents, sources, scenario, from, to, convention, negative, hazard, reuse, export, chart, lang, format,
        };
        cmd.Validators.Add(CommonOptions.Validator(r =>
        {
            int modes = new[] { r.GetValue(inflow), r.GetValue(stock), r.GetValue(products) }.Count(v => v is not null);
            if (modes != 1) r.AddError("Give exactly one of --inflow FILE, --stock FILE or --products FILE.");
            else if (r.GetValue(products) is null && r.GetValue(lifetime) is null) r.AddError("--inflow and --stock need --lifetime SPEC.");
            else if (r.GetValue(products) is not null && r.GetValue(lifetime) is not null) r.AddError("--lifetime is for quick mode; product lifetimes come from --lifetimes FILE.");
            if (r.GetValue(chart) is { } c && Path.GetExtension(c).ToLowerInvariant() is not (".html" or ".htm") && (r.GetValue(products) is not null || !c.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)))
                r.AddError($"--chart {c}: write FILE.html{(r.GetValue(products) is null ? " or FILE.svg" : "")}.");
        }));
        cmd.SetAction(p =>
        {
            var options = new StockModelOptions
            {
                Convention = OptionValue.Parse("--convention", p.GetValue(convention)!, TimeConvention.Parse),
                NegativeInflow = p.GetValue(negative) == "correct" ? NegativeInflowPolicy.Correct : NegativeInflowPolicy.Allow,
            };
            var window = (p.GetValue(from), p.GetValue(to));
            var output = new OutputChoice(p.GetValue(format)!, p.GetValue(chart), p.GetValue(lang)!);
            var policy = new StockPolicy(p.GetValue(hazard) is { } h ? OptionValue.Parse("--hazard-factor", h, HazardChange.Parse) : null, Split(p.GetValue(reuse), p.GetValue(export)));
            if (p.GetValue(products) is { } table)
                return ProductStocks.Write(ProductStockForecast.Run(new ProductStockRequest(table, p.GetValue(lifetimes), p.GetValue(contents), p.GetValue(sources),
                    p.GetValue(scenario), window, options, policy)), policy, output);
            var life = OptionValue.Parse("--lifetime", p.GetValue(lifetime)!, Junkan.Data.Stocks.LifetimeInput.Parse);
            var stockFile = p.GetValue(stock);
            return SeriesStocks.Write(SeriesStockModel.Run(new SeriesStockRequest(stockFile ?? p.GetValue(inflow)!, stockFile is not null, life, window, options, policy)),
                life, policy, output);
        });
        return cmd;
    }

    private static OutflowShares? Split(double? reuse, double? export)
    {
        if (reuse is null && export is null) return null;
        try { return new OutflowShares(reuse ?? 0, export ?? 0); }
        catch (ArgumentOutOfRangeException e) { throw new Junkan.Core.Inputs.UsageException($"--{e.ParamName}", $"--{e.ParamName} {e.ActualValue}: a share lies in 0..1."); }
    }
}

/// <summary>Output format, optional chart file and its language.</summary>
public sealed record OutputChoice(string Format, string? Chart, string Language);
