using System.Collections.Concurrent;
using Junkan.Application;
using Junkan.Application.Stocks;
using Junkan.Core.Stocks;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;
using Junkan.Reports.Output;

namespace Junkan.Web.Features.Stocks;

/// <summary>A product's flows by year: inflow, stock and outflow in the product's unit (units, MW).</summary>
public sealed record ProductYearDto(int Year, double Inflow, double Stock, double Outflow);

/// <summary>End-of-life tonnes of one element in one product by year, t, with the envelope of the lifetime and content ranges.</summary>
public sealed record ElementYearDto(int Year, double Tonnes, double Low, double High);

/// <summary>An element contained in a product: kg per unit as published, its source, and the end-of-life tonnes by year.</summary>
public sealed record ProductElementDto(string Element, double KgPerUnit, string Unit, string Source, IReadOnlyList<ElementYearDto> Years);

/// <summary>One product in one scenario (<c>junkan stocks --products</c>): the unit, its flows and the elements it contains.</summary>
public sealed record ProductFlowsDto(string Product, string Scenario, string Unit, IReadOnlyList<ProductYearDto> Years, IReadOnlyList<ProductElementDto> Elements);

/// <summary><c>/api/stocks</c>: the product stock model on the bundled product data (data/stocks), the scenarios there, and the flows of one or all.</summary>
public sealed record StocksDto(IReadOnlyList<string> Scenarios, string? Scenario, IReadOnlyList<ProductFlowsDto> Products);

/// <summary>
/// The product stock forecast through <see cref="ProductStockForecast"/> (the CLI's <c>stocks --products</c>) on the
/// workspace's product inflows, lifetimes and contents, default options (year-end convention), cached per scenario.
/// </summary>
internal sealed class StockViews(Workspace workspace)
{
    private readonly ConcurrentDictionary<string, ProductStockResult> _runs = new(StringComparer.Ordinal);
    private IReadOnlyList<string>? _scenarios;

    /// <summary>The scenarios of the product inflows (history first).</summary>
    public IReadOnlyList<string> Scenarios() => _scenarios ??= Run(null).Data.Scenarios;

    /// <summary>The run of one scenario (null: all); an unknown scenario is bad input naming <c>scenario</c>.</summary>
    public ProductStockResult Run(string? scenario) => _runs.GetOrAdd(scenario ?? "", s =>
    {
        try
        {
            return ProductStockForecast.Run(new ProductStockRequest(workspace.Catalogue.ProductInflows, null, null, null, s.Length == 0 ? null : s, (null, null),
                StockModelOptions.Default, StockPolicy.None));
        }
        catch (Core.Inputs.NotInDataException e) { throw new Core.Inputs.NotInDataException("scenario", e.Problem.Replace("--scenario", "scenario", StringComparison.Ordinal)); }
    });

    public StocksDto Dto(string? scenario)
    {
        var r = Run(scenario);
        return new StocksDto(Scenarios(), scenario, [.. r.Flows.Select(f => new ProductFlowsDto(f.Product, f.Scenario, f.Unit,
            [.. Enumerable.Range(0, f.Years).Select(t => new ProductYearDto(f.FirstYear + t, f.Inflow[t], f.Stock[t], f.Outflow[t]))],
            [.. f.Elements.Select(e => new ProductElementDto(e.Element, e.Content.KgPerUnit, e.Content.Provenance.PublishedUnit ?? "kg/unit", e.Content.SourceId,
                [.. Enumerable.Range(0, f.Years).Select(t => new ElementYearDto(f.FirstYear + t, e.Tonnes[t], e.Low[t], e.High[t]))]))]))]);
    }

    /// <summary>The chart page of the reports (<c>junkan stocks --products … --chart FILE.html</c>) for one scenario or all.</summary>
    public string ChartHtml(string? scenario, string language)
    {
        var r = Run(scenario);
        var report = new StockReport(r.Flows, r.Paths, r.Data.Lifetimes, r.Data.UsedSourceIds.ToDictionary(id => id, id => r.Data.Sources[id].Citation),
            r.Options.Convention.ToString(), [.. r.Data.Files.Select(f => ReportFiles.Hash(f, workspace.Catalogue.DataFolder))]);
        return StockReportHtml.Render(report, new ReportText(language));
    }
}
