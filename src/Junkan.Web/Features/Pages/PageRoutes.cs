using Junkan.Application;
using Junkan.Web.Features.Elements;
using Junkan.Web.Features.Flows;
using Junkan.Web.Features.Networks;
using Junkan.Web.Features.Recyclability;
using Junkan.Web.Features.Selection;
using Junkan.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Pages;

/// <summary>The page routes: overview, element, policy, selection, exports, element flows (Sankey), networks and the structure of the issues.</summary>
internal static class PageRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext h, int? year, RiskViews r, SelectionViews s) => OverviewPage.Render(h, year, r, s)).ExcludeFromDescription();
        app.MapGet("/elements/{symbol}", (HttpContext h, string symbol, int? year, RiskViews r, Workspace w, RecyclabilityViews c, FlowViews f) => ElementPage.Render(h, symbol, year, r, w, c, f))
            .ExcludeFromDescription();
        app.MapGet("/policy", (HttpContext h, RiskViews r, Workspace w) => ToolPages.Policy(h, r, w)).ExcludeFromDescription();
        app.MapGet("/selection", (HttpContext h, Workspace w) => ToolPages.Selection(h, w)).ExcludeFromDescription();
        app.MapGet("/data", (HttpContext h, SqliteStore s, Data.DataContext d) => Data.DataPage.Render(h, s, d)).ExcludeFromDescription();
        app.MapGet("/exports", (HttpContext h, SqliteStore s) => ToolPages.Exports(h, s)).ExcludeFromDescription();
        app.MapGet("/flows", (HttpContext h, string? element, int? year, string? scenario, FlowViews v) => FlowsPage.Render(h, element, year, scenario, v)).ExcludeFromDescription();
        app.MapGet("/stocks", (HttpContext h, string? scenario, Stocks.StockViews v) => Stocks.StocksPage.Render(h, scenario, v)).ExcludeFromDescription();
        app.MapGet("/networks", (HttpContext h, string? @case, int? hubs, double? carbonPrice, string? objective, bool? periods, NetworkViews v, CancellationToken c) =>
            NetworksPage.Render(h, @case, new NetworkPlanRequest(hubs, carbonPrice, Objective: objective, Periods: periods ?? false), v, c))
            .ExcludeFromDescription();
        app.MapGet("/structure", (HttpContext h, Workspace w) => Structure.StructurePage.Render(h, w)).ExcludeFromDescription();
    }
}
