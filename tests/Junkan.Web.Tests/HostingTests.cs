using System.Net;
using Junkan.Core.Inputs;
using Junkan.Web.Store;

namespace Junkan.Web.Tests;

public sealed class HostingTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("[::1]", true)]
    [InlineData("localhost", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("::", false)]
    public void Loopback_addresses_are_recognised(string host, bool loopback) => Assert.Equal(loopback, ServeOptions.IsLoopback(host));

    [Fact]
    public void A_non_loopback_host_without_an_API_key_is_refused_naming_host()
    {
        var e = Assert.Throws<UsageException>(() => new ServeOptions { Host = "0.0.0.0" }.Checked());
        Assert.Equal("--host", e.Place);
        Assert.Equal("0.0.0.0", new ServeOptions { Host = "0.0.0.0", ApiKey = "0123456789abcdef0123" }.Checked().Host);
        Assert.Throws<UsageException>(() => new ServeOptions { Host = "0.0.0.0", ApiKey = "short" }.Checked());
    }

    [Fact]
    public void The_app_is_not_built_for_a_non_loopback_address_without_a_key()
    {
        var e = Assert.Throws<UsageException>(() => JunkanServer.Build(["--Junkan:Host=0.0.0.0", "--Junkan:Port=0"], null));
        Assert.Contains("not loopback", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_API_key_writes_need_it_and_reads_do_not()
    {
        const string key = "test-key-0123456789";
        using var host = new WebHost(("Junkan:ApiKey", key));
        var c = host.CreateClient();
        const string body = """{"name":"w","weights":{"trl":3}}""";
        var refused = await c.PostAsync("/api/selection/weight-sets", Json.Body(body));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.NotEmpty(await refused.Errors("X-Api-Key"));
        Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/selection/weight-sets")).StatusCode);
        using var write = new HttpRequestMessage(HttpMethod.Post, "/api/selection/weight-sets") { Content = Json.Body(body) };
        write.Headers.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.Created, (await c.SendAsync(write)).StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_whether_its_length_is_declared_or_not()
    {
        using var host = new WebHost();
        var c = host.CreateClient();
        string big = "{\"name\":\"x\",\"description\":\"" + new string('a', (int)InputLimits.MaxDocumentBytes) + "\"}";
        var declared = await c.PostAsync("/api/policy/evaluate", Json.Body(big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.NotEmpty(await declared.Errors("body"));
        var chunked = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new("application/json");
        chunked.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/policy/evaluate") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        var streamed = await c.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
    }

    [Fact]
    public async Task The_store_is_created_and_migrated_on_first_start_and_only_once()
    {
        using var host = new WebHost();
        _ = host.CreateClient();
        Assert.True(File.Exists(host.StoreFile));
        var store = new SqliteStore(host.StoreFile);
        store.Migrate();
        Assert.Equal([1, 2, 3], store.SchemaVersions());   // 2: data sets, 3: the active data set
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/api/policy/scenarios")).StatusCode);
    }

    [Theory]
    [InlineData("/", "id=\"heat\"")]
    [InlineData("/elements/Nd", "id=\"indicators\"")]
    [InlineData("/policy", "id=\"policy-form\"")]
    [InlineData("/selection", "id=\"selection-form\"")]
    [InlineData("/exports", "id=\"export-form\"")]
    [InlineData("/flows", "id=\"flows-form\"")]
    [InlineData("/networks", "id=\"network-cases\"")]
    public async Task Pages_render_with_their_main_element_and_the_no_script_note(string path, string marker)
    {
        using var host = new WebHost();
        var html = await (await host.CreateClient().GetAsync(path + "?lang=en")).Content.ReadAsStringAsync();
        Assert.Contains(marker, html, StringComparison.Ordinal);
        Assert.Contains("<noscript>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/flows\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://cdn", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_language_follows_the_query_then_the_cookie()
    {
        using var host = new WebHost();
        var c = host.CreateClient();
        Assert.Contains("<html lang=\"ja\"", await c.GetStringAsync("/?lang=ja"), StringComparison.Ordinal);
        Assert.Contains("概要", await c.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", await c.GetStringAsync("/?lang=en"), StringComparison.Ordinal);
        Assert.Contains("Overview", await c.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vendored_echarts_is_served_with_its_licence()
    {
        using var host = new WebHost();
        var c = host.CreateClient();
        var js = await c.GetAsync("/static/vendor/echarts/echarts.min.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Contains("Apache License", await c.GetStringAsync("/static/vendor/echarts/LICENSE"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync("/static/nothing.js")).StatusCode);
    }
}
