using System.Net;

namespace Junkan.Web.Tests;

/// <summary>The pages as HTML (the browser tests check them rendered); read-only, one host for the class.</summary>
public sealed class PageTests(ReadOnlyHost shared) : IClassFixture<ReadOnlyHost>
{
    [Theory]
    [InlineData("/", "id=\"heat\"")]
    [InlineData("/elements/Nd", "id=\"indicators\"")]
    [InlineData("/policy", "id=\"policy-form\"")]
    [InlineData("/selection", "id=\"selection-form\"")]
    [InlineData("/exports", "id=\"export-form\"")]
    [InlineData("/flows", "id=\"flows-form\"")]
    [InlineData("/networks", "id=\"network-cases\"")]
    [InlineData("/structure", "id=\"structure-table\"")]
    public async Task Pages_render_with_their_main_element_and_the_no_script_note(string path, string marker)
    {
        var host = shared.Host;
        var html = await (await host.CreateClient().GetAsync(path + "?lang=en")).Content.ReadAsStringAsync();
        Assert.Contains(marker, html, StringComparison.Ordinal);
        Assert.Contains("<noscript>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/flows\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://cdn", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_language_follows_the_query_then_the_cookie()
    {
        var host = shared.Host;
        var c = host.CreateClient();
        Assert.Contains("<html lang=\"ja\"", await c.GetStringAsync("/?lang=ja"), StringComparison.Ordinal);
        Assert.Contains("概要", await c.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", await c.GetStringAsync("/?lang=en"), StringComparison.Ordinal);
        Assert.Contains("Overview", await c.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vendored_echarts_is_served_with_its_licence()
    {
        var host = shared.Host;
        var c = host.CreateClient();
        var js = await c.GetAsync("/static/vendor/echarts/echarts.min.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Contains("Apache License", await c.GetStringAsync("/static/vendor/echarts/LICENSE"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync("/static/nothing.js")).StatusCode);
    }
}
