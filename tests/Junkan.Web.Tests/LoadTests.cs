using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Junkan.Web.Tests;

/// <summary>Runs only when <c>JUNKAN_LOAD_TEST=1</c> (seconds from <c>JUNKAN_LOAD_SECONDS</c>, default 60): it takes a minute of both cores.</summary>
public sealed class LoadFactAttribute : FactAttribute
{
    public LoadFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("JUNKAN_LOAD_TEST") != "1") Skip = "load test: set JUNKAN_LOAD_TEST=1 to run it (docs/web.md)";
    }
}

/// <summary>
/// 50 concurrent clients on loopback against the real server for 60 s, reading element pages and element JSON and
/// running policy evaluations, while a 20,000-draw selection runs in the background; prints p50/p95/p99 latency,
/// throughput and errors (docs/web.md records a run).
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private static readonly string[] Elements = ["Co", "Nd", "Dy", "W", "Ga", "Ni", "REE", "Mn", "Sb", "V"];

    [LoadFact]
    public async Task Fifty_clients_for_a_minute()
    {
        int seconds = int.TryParse(Environment.GetEnvironmentVariable("JUNKAN_LOAD_SECONDS"), out var s) ? s : 60;
        string store = Path.Combine(Path.GetTempPath(), $"junkan-web-load-{Guid.NewGuid():n}.db");
        await using var app = JunkanServer.Build([], new ServeOptions { Port = 0, StoreFile = store, DataFolder = Testing.TestRepository.Reference });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        foreach (var e in Elements) await http.GetStringAsync($"/elements/{e}");   // warm the caches once
        await http.PostAsync("/api/policy/evaluate", Json.Body(Policy(0)));
        var background = await http.PostAsync("/api/selection/runs", Json.Body("""{"draws":20000}"""));
        var samples = new System.Collections.Concurrent.ConcurrentBag<(double Ms, bool Ok)>();
        var end = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 50).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            while (end.Elapsed.TotalSeconds < seconds)
            {
                var watch = Stopwatch.StartNew();
                using var response = random.Next(3) switch
                {
                    0 => await http.GetAsync($"/elements/{Elements[random.Next(Elements.Length)]}"),
                    1 => await http.GetAsync($"/api/elements/{Elements[random.Next(Elements.Length)]}"),
                    _ => await http.PostAsync("/api/policy/evaluate", Json.Body(Policy(random.Next(1, 50_000)))),
                };
                await response.Content.ReadAsByteArrayAsync();
                samples.Add((watch.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode));
            }
        })));
        double elapsed = end.Elapsed.TotalSeconds;
        var ms = samples.Select(x => x.Ms).Order().ToArray();
        string P(double q) => ms[Math.Min(ms.Length - 1, (int)(q * ms.Length))].ToString("0.0", CultureInfo.InvariantCulture);
        string report = string.Create(CultureInfo.InvariantCulture,
            $"{samples.Count} requests in {elapsed:0.0} s by 50 clients: {samples.Count / elapsed:0} req/s, p50 {P(0.50)} ms, p95 {P(0.95)} ms, p99 {P(0.99)} ms, max {ms[^1]:0} ms, errors {samples.Count(x => !x.Ok)}; background run {(int)background.StatusCode}");
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "load-test.txt"), report + Environment.NewLine);
        Assert.Equal(0, samples.Count(x => !x.Ok));
    }

    private static string Policy(int tonnes) =>
        $$"""{"name":"load","measures":[{"kind":"upstream","element":"REE","country":"AUS","added_mine_t":{{tonnes}}},{"kind":"recycling","element":"Co","added_share":0.05}]}""";
}
