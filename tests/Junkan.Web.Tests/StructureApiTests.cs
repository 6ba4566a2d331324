using System.Net;
using System.Text;

namespace Junkan.Web.Tests;

/// <summary>The structure API (<c>/api/structure</c>): the bundled example, ratings as JSON, uploaded files and bad input naming the field.</summary>
public sealed class StructureApiTests(ReadOnlyHost shared) : IClassFixture<ReadOnlyHost>
{
    private static MultipartFormDataContent File(string text, string name = "mine.yaml", string? threshold = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name } };
        if (threshold is not null) form.Add(new StringContent(threshold), "threshold");
        return form;
    }

    [Fact]
    public async Task The_example_is_analysed_and_labelled_as_an_example()
    {
        var r = await shared.Host.CreateClient().GetAsync("/api/structure/example?lang=en");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var d = await r.Read();
        Assert.True(d.GetProperty("example").GetBoolean());
        Assert.Equal("user-input-example", d.GetProperty("ratingsSource").GetString());
        Assert.Equal(1, d.GetProperty("ratingsQuality").GetInt32());
        Assert.Equal(11, d.GetProperty("factors").GetArrayLength());
        Assert.Equal("MeanPlusSd", d.GetProperty("thresholdKind").GetString());
        // Σ r = Σ c (both are the sum of T).
        double sr = d.GetProperty("factors").EnumerateArray().Sum(f => f.GetProperty("r").GetDouble()), sc = d.GetProperty("factors").EnumerateArray().Sum(f => f.GetProperty("c").GetDouble());
        Assert.Equal(sr, sc, 9);
        Assert.Contains("not findings", d.GetProperty("causeEffectSvg").GetString(), StringComparison.Ordinal);
        Assert.Contains("id=\"structure-table\"", d.GetProperty("resultsHtml").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The hand-computed 3 × 3 case (tests/Junkan.Core.Tests/Structure/DematelTests.cs): r = (85, 89, 33)/43, θ = mean of T = 23/43.</summary>
    [Fact]
    public async Task Ratings_sent_as_json_give_the_hand_computed_answer()
    {
        const string body = """{"factors":[{"id":"a","labelEn":"A"},{"id":"b","labelEn":"B"},{"id":"c","labelEn":"C"}],"experts":[[[0,2,1],[1,0,3],[0,1,0]]]}""";
        var r = await shared.Host.CreateClient().PostAsync("/api/structure?lang=en", Json.Body(body));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var d = await r.Read();
        var byId = d.GetProperty("factors").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
        Assert.Equal(85 / 43.0, byId["a"].GetProperty("r").GetDouble(), 9);
        Assert.Equal("Effect", byId["c"].GetProperty("group").GetString());
        Assert.Equal(3, byId["a"].GetProperty("level").GetInt32());
        Assert.Equal(23 / 43.0, d.GetProperty("threshold").GetDouble(), 9);
        Assert.False(d.GetProperty("example").GetBoolean());
    }

    [Fact]
    public async Task An_uploaded_file_is_analysed_with_the_threshold_of_the_form()
    {
        string text = await System.IO.File.ReadAllTextAsync(Junkan.Testing.TestRepository.Path("data", "structure", "lib-issues-example.yaml"));
        var r = await shared.Host.CreateClient().PostAsync("/api/structure", File(text, threshold: "0.25"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var d = await r.Read();
        Assert.Equal(0.25, d.GetProperty("threshold").GetDouble());
        Assert.Equal("User", d.GetProperty("thresholdKind").GetString());
    }

    [Theory]
    [InlineData("""{"factors":[],"experts":[]}""", "factors")]
    [InlineData("""{"factors":[{"id":"a"},{"id":"a"}],"experts":[[[0,1],[1,0]]]}""", "factors[1].id")]
    [InlineData("""{"factors":[{"id":"a b"}],"experts":[[[0]]]}""", "factors[0].id")]
    [InlineData("""{"factors":[{"id":"a"},{"id":"b"}],"experts":[[[0,5],[1,0]]]}""", "experts[0][0][1]")]
    [InlineData("""{"factors":[{"id":"a"},{"id":"b"}],"experts":[[[0,1],[1,2]]]}""", "experts[0][1][1]")]
    [InlineData("""{"factors":[{"id":"a"},{"id":"b"}],"experts":[[[0,1,2],[1,0]]]}""", "experts[0][0]")]
    [InlineData("""{"factors":[{"id":"a"},{"id":"b"}],"experts":[[[0,1]]]}""", "experts[0]")]
    [InlineData("""{"factors":[{"id":"a"},{"id":"b"}],"experts":[]}""", "experts")]
    [InlineData("""{"factors":[{"id":"a"},{"id":"b"}],"experts":[[[0,1],[1,0]]],"threshold":"-1"}""", "threshold")]
    [InlineData("""{"factors":[{"id":"a"},{"id":"b"}],"experts":[[[0,"x"],[1,0]]]}""", "experts[0][0][1]")]
    public async Task Bad_json_names_the_field(string body, string field)
    {
        var r = await shared.Host.CreateClient().PostAsync("/api/structure", Json.Body(body));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.NotEmpty(await r.Errors(field));
    }

    [Fact]
    public async Task A_singular_matrix_is_bad_input_not_a_server_error()
    {
        var r = await shared.Host.CreateClient().PostAsync("/api/structure", Json.Body("""{"factors":[{"id":"a"},{"id":"b"}],"experts":[[[0,4],[4,0]]]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("spectral radius", (await r.Errors("ratings")).Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: x\nfactors: [{id: a, label_en: A}]\n", "citations")]
    [InlineData("not: [valid", "mine.yaml")]
    public async Task A_bad_file_names_the_key_or_the_file(string text, string field)
    {
        var r = await shared.Host.CreateClient().PostAsync("/api/structure", File(text));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.NotEmpty(await r.Errors(field));
    }

    [Fact]
    public async Task A_hostile_file_with_NaN_names_the_cell()
    {
        const string text = "name: x\ncitations: [{id: me, quality: 1, title: t}]\nratings_source: me\nfactors: [{id: a, label_en: A}, {id: b, label_en: B}]\nexperts:\n  - id: e\n    ratings:\n      - [0, NaN]\n      - [1, 0]\n";
        var r = await shared.Host.CreateClient().PostAsync("/api/structure", File(text));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("mine.yaml:8:", (await r.Errors("experts[e].ratings[a→b]")).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_example_file_can_be_downloaded_to_start_from()
    {
        var r = await shared.Host.CreateClient().GetAsync("/api/structure/example.yaml");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains("ratings_source: user-input-example", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_the_example_note_in_both_languages()
    {
        var c = shared.Host.CreateClient();
        string en = await (await c.GetAsync("/structure?lang=en")).Content.ReadAsStringAsync();
        string ja = await (await c.GetAsync("/structure?lang=ja")).Content.ReadAsStringAsync();
        Assert.Contains("are not findings", en, StringComparison.Ordinal);
        Assert.Contains("調査結果ではありません", ja, StringComparison.Ordinal);
        Assert.Contains("id=\"structure-ratings\"", en, StringComparison.Ordinal);
        Assert.Contains("href=\"/structure\" aria-current=\"page\"", ja, StringComparison.Ordinal);
    }
}
