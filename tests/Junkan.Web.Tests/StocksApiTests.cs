using System.Net;
using Junkan.Application.Stocks;
using Junkan.Core.Stocks;

namespace Junkan.Web.Tests;

/// <summary>The product stock model through the web (<c>junkan stocks --products</c>): API, chart page and page.</summary>
public sealed class StocksApiTests(ReadOnlyHost shared) : IClassFixture<ReadOnlyHost>
{
    [Fact]
    public async Task Battery_car_lithium_at_end_of_life_is_units_times_content_as_in_the_use_case()
    {
        var d = await (await shared.Host.CreateClient().GetAsync("/api/stocks?scenario=reference")).Read();
        Assert.Contains("high_electrification", d.GetProperty("scenarios").EnumerateArray().Select(s => s.GetString()));
        var car = d.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("product").GetString() == "bev_passenger_car");
        var y2030 = car.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2030);
        var li = car.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("element").GetString() == "Li");
        double kg = li.GetProperty("kgPerUnit").GetDouble();
        Assert.Equal(8.9, kg);   // iea-2021-critical-minerals: about 9 kg of lithium in an EV battery pack
        var li2030 = li.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2030);
        Assert.Equal(y2030.GetProperty("outflow").GetDouble() * kg / 1000, li2030.GetProperty("tonnes").GetDouble(), 6);
        var w = WebHost.Workspace;
        var expected = ProductStockForecast.Run(new ProductStockRequest(w.Catalogue.ProductInflows, null, null, null, "reference", (null, null), StockModelOptions.Default, StockPolicy.None))
            .Flows.Single(f => f.Product == "bev_passenger_car");
        Assert.Equal(expected.Outflow[2030 - expected.FirstYear], y2030.GetProperty("outflow").GetDouble(), 9);
        // Japan sold about 88,000 battery-electric cars in 2023 (IEA Global EV Data 2024): the inflow is of that order.
        Assert.InRange(y2030.GetProperty("inflow").GetDouble(), 30_000, 1_000_000);
    }

    [Fact]
    public async Task An_unknown_scenario_names_the_field_and_the_chart_page_is_html()
    {
        var client = shared.Host.CreateClient();
        var r = await client.GetAsync("/api/stocks?scenario=nope");
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.NotEmpty(await r.Errors("scenario"));
        var chart = await client.GetAsync("/api/stocks/chart.html?scenario=reference&lang=en");
        Assert.Equal("text/html", chart.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await chart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        string page = await client.GetStringAsync("/stocks?lang=en");
        Assert.Contains("id=\"stock-bev_passenger_car\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/stocks\"", page, StringComparison.Ordinal);
        var doc = await (await client.GetAsync("/openapi/v1.json")).Read();
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/stocks", out _));
    }
}
