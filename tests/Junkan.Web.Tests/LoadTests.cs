using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace Junkan.Web.Tests;

/// <summary>Runs only when <c>JUNKAN_LOAD_TEST=1</c> (seconds from <c>JUNKAN_LOAD_SECONDS</c>, default 60; clients from <c>JUNKAN_LOAD_CLIENTS</c>, default 50): it takes a minute of both cores.</summary>
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
        int clients = int.TryParse(Environment.GetEnvironmentVariable("JUNKAN_LOAD_CLIENTS"), out var n) && n > 0 ? n : 50;
        int seconds = int.TryParse(Environment.GetEnvironmentVariable("JUNKAN_LOAD_SECONDS"), out var s) ? s : 60;
        string store = Path.Combine(Path.GetTempPath(), $"junkan-web-load-{Guid.NewGuid():n}.db");
        await using var app = JunkanServer.Build([], new ServeOptions { Port = 0, StoreFile = store, DataFolder = Testing.TestRepository.Reference });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        foreach (var e in Elements) await http.GetStringAsync($"/elements/{e}");   // warm the caches once
        await http.PostAsync("/api/policy/evaluate", Json.Body(Policy(0)));
        var background = await http.PostAsync("/api/selection/runs", Json.Body("""{"draws":20000}"""));
        var samples = new System.Collections.Concurrent.ConcurrentBag<(double Ms, bool Ok, int Kind, bool RunActive)>();
        string runId = (await background.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        var runActive = true;
        var end = Stopwatch.StartNew();
        var poll = Task.Run(async () =>
        {
            using var watcher = new HttpClient { BaseAddress = http.BaseAddress };
            while (Volatile.Read(ref runActive))
            {
                var st = (await watcher.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/selection/runs/{runId}")).GetProperty("status").GetString();
                if (st is not ("queued" or "running")) { Volatile.Write(ref runActive, false); runEnded = end.Elapsed.TotalSeconds; }
                await Task.Delay(250);
            }
        });
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            while (end.Elapsed.TotalSeconds < seconds)
            {
                var watch = Stopwatch.StartNew();
                int kind = random.Next(3);
                bool active = Volatile.Read(ref runActive);
                using var response = kind switch
                {
                    0 => await http.GetAsync($"/elements/{Elements[random.Next(Elements.Length)]}"),
                    1 => await http.GetAsync($"/api/elements/{Elements[random.Next(Elements.Length)]}"),
                    _ => await http.PostAsync("/api/policy/evaluate", Json.Body(Policy(random.Next(1, 50_000)))),
                };
                await response.Content.ReadAsByteArrayAsync();
                samples.Add((watch.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode, kind, active));
            }
        })));
        double elapsed = end.Elapsed.TotalSeconds;
        Volatile.Write(ref runActive, false);
        await poll;
        var ms = samples.Select(x => x.Ms).Order().ToArray();
        string P(double q) => ms[Math.Min(ms.Length - 1, (int)(q * ms.Length))].ToString("0.0", CultureInfo.InvariantCulture);
        string report = string.Create(CultureInfo.InvariantCulture,
            $"{samples.Count} requests in {elapsed:0.0} s by {clients} clients: {samples.Count / elapsed:0} req/s, p50 {P(0.50)} ms, p95 {P(0.95)} ms, p99 {P(0.99)} ms, max {ms[^1]:0} ms, errors {samples.Count(x => !x.Ok)}; background run {(int)background.StatusCode}");
        string[] kinds = ["element page", "element JSON", "policy evaluation"];
        string Of(IEnumerable<double> xs, string what)
        {
            var a = xs.Order().ToArray();
            return a.Length == 0 ? $"{what}: none" : string.Create(CultureInfo.InvariantCulture, $"{what}: n {a.Length}, p50 {a[a.Length / 2]:0.0} ms, p95 {a[Math.Min(a.Length - 1, (int)(0.95 * a.Length))]:0.0} ms");
        }
        report += Environment.NewLine + string.Join(Environment.NewLine, kinds.Select((k, i) => Of(samples.Where(x => x.Kind == i).Select(x => x.Ms), k)))
            + Environment.NewLine + Of(samples.Where(x => x.RunActive).Select(x => x.Ms), "while the background run was active")
            + Environment.NewLine + Of(samples.Where(x => !x.RunActive).Select(x => x.Ms), "after it had finished")
            + string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}background run ended at {(runEnded is { } t ? $"{t:0.0} s" : "— (still running at the end)")}");
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "load-test.txt"), report + Environment.NewLine);
        Assert.Equal(0, samples.Count(x => !x.Ok));
    }

    private static double? runEnded;

    private static string Policy(int tonnes) =>
        $$"""{"name":"load","measures":[{"kind":"upstream","element":"REE","country":"AUS","added_mine_t":{{tonnes}}},{"kind":"recycling","element":"Co","added_share":0.05}]}""";
}
