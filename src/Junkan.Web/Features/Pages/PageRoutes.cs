using Junkan.Application;
using Junkan.Web.Features.Elements;
using Junkan.Web.Features.Recyclability;
using Junkan.Web.Features.Selection;
using Junkan.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Pages;

/// <summary>The page routes. <c>/flows</c> and <c>/networks</c> are reserved for the element-flow (Sankey) and network pages of their own issues.</summary>
internal static class PageRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext h, int? year, RiskViews r, SelectionViews s) => OverviewPage.Render(h, year, r, s)).ExcludeFromDescription();
        app.MapGet("/elements/{symbol}", (HttpContext h, string symbol, int? year, RiskViews r, Workspace w, RecyclabilityViews c) => ElementPage.Render(h, symbol, year, r, w, c))
            .ExcludeFromDescription();
        app.MapGet("/policy", (HttpContext h, RiskViews r, Workspace w) => ToolPages.Policy(h, r, w)).ExcludeFromDescription();
        app.MapGet("/selection", (HttpContext h, Workspace w) => ToolPages.Selection(h, w)).ExcludeFromDescription();
        app.MapGet("/exports", (HttpContext h, SqliteStore s) => ToolPages.Exports(h, s)).ExcludeFromDescription();
        app.MapGet("/flows", (HttpContext h) => ToolPages.Reserved(h, "/flows", "FlowsTitle")).ExcludeFromDescription();
        app.MapGet("/networks", (HttpContext h) => ToolPages.Reserved(h, "/networks", "NetworksTitle")).ExcludeFromDescription();
    }
}
