using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Stocks;

/// <summary><c>/api/stocks</c>: the product stock model (<c>junkan stocks --products</c>) and its chart page.</summary>
internal static class StocksApi
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/stocks").WithTags("Stocks");
        g.MapGet("/", (string? scenario, StockViews v) => Results.Ok(v.Dto(scenario)))
            .WithSummary("Product inflows, stock in use and outflow (product units) and the end-of-life tonnes of each contained element with the envelope of the lifetime and content ranges, by year; one scenario or all.")
            .Produces<StocksDto>().ProducesValidationProblem(StatusCodes.Status404NotFound);
        g.MapGet("/chart.html", (string? scenario, string? lang, StockViews v) => Results.Content(v.ChartHtml(scenario, lang == "en" ? "en" : "ja"), "text/html; charset=utf-8"))
            .WithSummary("The chart page of the stock model with sources (the CLI's --chart FILE.html), ja or en.");
    }
}
