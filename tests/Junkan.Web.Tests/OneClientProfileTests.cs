using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Junkan.Web.Tests;

/// <summary>
/// One client, no pause, no background run (<c>JUNKAN_LOAD_TEST=1</c>, like the load test; <c>JUNKAN_PROFILE_REQUESTS</c>
/// per kind, default 300): p50/p95 of element pages (ja and en), element JSON and policy evaluations, to see where the
/// time of one request goes without the contention of the 50-client run (docs/web.md records the figures).
/// </summary>
public sealed class OneClientProfileTests(ITestOutputHelper output)
{
    private static readonly string[] Elements = ["Co", "Nd", "Dy", "W", "Ga", "Ni", "REE", "Mn", "Sb", "V"];

    [LoadFact]
    public async Task One_client_latency_by_request_kind()
    {
        int n = int.TryParse(Environment.GetEnvironmentVariable("JUNKAN_PROFILE_REQUESTS"), out var r) && r > 0 ? r : 300;
        string store = Path.Combine(Path.GetTempPath(), $"junkan-web-profile-{Guid.NewGuid():n}.db");
        await using var app = JunkanServer.Build([], new ServeOptions { Port = 0, StoreFile = store, DataFolder = Testing.TestRepository.Reference });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        foreach (var e in Elements) { await http.GetStringAsync($"/elements/{e}?lang=ja"); await http.GetStringAsync($"/elements/{e}?lang=en"); }
        var kinds = new (string Name, Func<int, Task<HttpResponseMessage>> Send)[]
        {
            ("element page", i => http.GetAsync($"/elements/{Elements[i % Elements.Length]}?lang={(i % 2 == 0 ? "ja" : "en")}")),
            ("element JSON", i => http.GetAsync($"/api/elements/{Elements[i % Elements.Length]}")),
            ("policy evaluation", i => http.PostAsync("/api/policy/evaluate", Json.Body(Policy(1 + i * 97 % 50_000)))),
        };
        var lines = new List<string>();
        foreach (var (name, send) in kinds)
        {
            for (int i = 0; i < 10; i++) (await send(i)).Dispose();   // warm
            var ms = new double[n];
            for (int i = 0; i < n; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await send(i);
                await response.Content.ReadAsByteArrayAsync();
                Assert.True(response.IsSuccessStatusCode, name);
                ms[i] = watch.Elapsed.TotalMilliseconds;
            }
            Array.Sort(ms);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: n {n}, p50 {ms[n / 2]:0.00} ms, p95 {ms[(int)(0.95 * n)]:0.00} ms, max {ms[^1]:0.0} ms"));
        }
        string report = string.Join(Environment.NewLine, lines);
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "one-client.txt"), report + Environment.NewLine);
    }

    private static string Policy(int tonnes) =>
        $$"""{"name":"load","measures":[{"kind":"upstream","element":"REE","country":"AUS","added_mine_t":{{tonnes}}},{"kind":"recycling","element":"Co","added_share":0.05}]}""";
}
