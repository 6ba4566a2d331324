using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Junkan.Core.Risk;
using static Junkan.Web.Tests.Uploads;

namespace Junkan.Web.Tests;

/// <summary>
/// A stored data set feeds the analyses once activated: the bundled data with its tables overlaid, never the bundled
/// files changed; switching back restores the bundled values, and every response names the data it used.
/// </summary>
public sealed class ActiveDataTests
{
    /// <summary>UN Comtrade layout: Japan's imports of nickel ores and concentrates (HS 2604) in 2020, net weight in kg.</summary>
    private static string NickelOre(double ncalKg, double philippinesKg) => ComtradeHeader + "\n" +
        FormattableString.Invariant($"Ni.csv,2020,392,JPN,M,Import,540,NCL,New Caledonia,2604,Nickel ores,{ncalKg},1,\n") +
        FormattableString.Invariant($"Ni.csv,2020,392,JPN,M,Import,608,PHL,Philippines,2604,Nickel ores,{philippinesKg},1,\n");

    /// <summary>Instability g of the Philippines for the 2020 import year (WGI, the settings' method).</summary>
    private static double PhilippinesG()
    {
        var w = WebHost.Workspace;
        return new CountryStability(w.Risk.Data.Wgi).Lookup("PHL", 2020, w.Risk.Settings.StabilityMethod)!.Value.G;
    }

    /// <summary>③ = Σ s²·g over the uploaded partners; New Caledonia has no WGI estimate, so g = missing_stability (0.5).</summary>
    private static double Expected(double ncal, double philippines)
    {
        double total = ncal + philippines, s1 = ncal / total, s2 = philippines / total;
        return s1 * s1 * WebHost.Workspace.Risk.Settings.MissingStability + s2 * s2 * PhilippinesG();
    }

    private static async Task<(double Value, int? Year, string Header)> NickelConcentrate(HttpClient client)
    {
        var r = await client.GetAsync("/api/elements/Ni");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var i = (await r.Read()).GetProperty("element").GetProperty("profile").GetProperty("indicators")[2];
        Assert.Equal("import_stability_concentrate", i.GetProperty("key").GetString());
        return (i.GetProperty("value").GetDouble(), i.GetProperty("year").GetInt32(), string.Join(",", r.Headers.GetValues("Junkan-Data")));
    }

    private static async Task<JsonElement> Store(HttpClient client, string csv, string name)
    {
        var r = await client.PostAsync("/api/data/sets", Form("comtrade", System.Text.Encoding.UTF8.GetBytes(csv), "Comtrade_Ni_2020.csv", name: name));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return await r.Read();
    }

    private static string BundledHash() =>
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(WebHost.Workspace.Catalogue.ReferenceFolder, "japan_imports.csv"))));

    [Fact]
    public async Task An_activated_upload_changes_nickel_import_stability_and_switching_back_restores_it()
    {
        using var host = new WebHost();
        var client = host.CreateClient();
        string before = BundledHash();
        var bundled = await NickelConcentrate(client);
        Assert.Equal("bundled", bundled.Header);
        // Bundled: Comtrade 2020, New Caledonia 1,872 kt, the Philippines 648 kt (and 29 t from the USA).
        Assert.InRange(bundled.Value, 0.30, 0.45);

        var set = await Store(client, NickelOre(1e9, 1e9), "Ni ore 50/50");
        Assert.Equal(bundled.Value, (await NickelConcentrate(client)).Value);   // stored, not yet active

        var a = await client.PostAsync($"/api/data/sets/{set.GetProperty("id").GetString()}/activate", null);
        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        var active = await (await client.GetAsync("/api/data/active")).Read();
        Assert.Equal(("data-set", "Ni ore 50/50", 1, "Comtrade_Ni_2020.csv"), (active.GetProperty("source").GetString(),
            active.GetProperty("dataSet").GetProperty("name").GetString(), active.GetProperty("dataSet").GetProperty("version").GetInt32(),
            active.GetProperty("dataSet").GetProperty("fileName").GetString()));

        var overlaid = await NickelConcentrate(client);
        // Known answer from the uploaded rows: shares 0.5 and 0.5, so ③ = 0.25 · 0.5 + 0.25 · g(PHL).
        Assert.Equal(Expected(1, 1), overlaid.Value, 9);
        Assert.Equal(0.25 * 0.5 + 0.25 * PhilippinesG(), overlaid.Value, 12);
        Assert.Equal(2020, overlaid.Year);
        Assert.Equal($"data-set id={set.GetProperty("id").GetString()} version=1", overlaid.Header);
        Assert.NotEqual(bundled.Value, overlaid.Value, 3);

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("/api/data/active")).StatusCode);
        var back = await NickelConcentrate(client);
        Assert.Equal((bundled.Value, "bundled"), (back.Value, back.Header));
        Assert.Equal(before, BundledHash());   // the bundled table was never written
    }

    [Fact]
    public async Task Activating_the_older_of_two_versions_gives_the_older_numbers()
    {
        using var host = new WebHost();
        var client = host.CreateClient();
        var v1 = await Store(client, NickelOre(1e9, 1e9), "Ni ore");
        var v2 = await Store(client, NickelOre(3e9, 1e9), "Ni ore");
        Assert.Equal((1, 2), (v1.GetProperty("version").GetInt32(), v2.GetProperty("version").GetInt32()));

        await client.PostAsync($"/api/data/sets/{v2.GetProperty("id").GetString()}/activate", null);
        Assert.Equal(Expected(3, 1), (await NickelConcentrate(client)).Value, 9);   // 0.75² · 0.5 + 0.25² · g(PHL)
        await client.PostAsync($"/api/data/sets/{v1.GetProperty("id").GetString()}/activate", null);
        var old = await NickelConcentrate(client);
        Assert.Equal(Expected(1, 1), old.Value, 9);
        Assert.EndsWith("version=1", old.Header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_upload_stores_nothing_and_changes_nothing()
    {
        using var host = new WebHost();
        var client = host.CreateClient();
        var set = await Store(client, NickelOre(1e9, 1e9), "Ni ore");
        await client.PostAsync($"/api/data/sets/{set.GetProperty("id").GetString()}/activate", null);
        var active = await NickelConcentrate(client);

        string bad = NickelOre(1e9, 1e9).Replace(",1000000000,1,\n", ",lots,1,\n", StringComparison.Ordinal);
        var r = await client.PostAsync("/api/data/sets", Csv("comtrade", bad, "Comtrade_Ni_2020.csv"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var sets = await (await client.GetAsync("/api/data/sets")).Read();
        Assert.Equal(1, sets.GetArrayLength());
        Assert.Equal(active, await NickelConcentrate(client));
    }

    [Fact]
    public async Task An_unknown_data_set_is_404_and_the_bundled_data_stay_active()
    {
        using var host = new WebHost();
        var client = host.CreateClient();
        var r = await client.PostAsync("/api/data/sets/nosuchset/activate", null);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.NotEmpty(await r.Errors("id"));
        Assert.Equal("bundled", (await (await client.GetAsync("/api/data/active")).Read()).GetProperty("source").GetString());
    }

    [Fact]
    public async Task Pages_say_which_data_they_show_and_the_activation_survives_a_restart()
    {
        string store;
        string id;
        using (var host = new WebHost())
        {
            var client = host.CreateClient();
            id = (await Store(client, NickelOre(1e9, 1e9), "Ni ore")).GetProperty("id").GetString()!;
            string page = await client.GetStringAsync("/elements/Ni?lang=en");
            Assert.Contains("data-source=\"bundled\"", page, StringComparison.Ordinal);
            await client.PostAsync($"/api/data/sets/{id}/activate", null);
            page = await client.GetStringAsync("/elements/Ni?lang=en");
            Assert.Contains($"data-id=\"{id}\"", page, StringComparison.Ordinal);
            Assert.Contains("“Ni ore” version 1", page, StringComparison.Ordinal);
            Assert.Contains("Comtrade_Ni_2020.csv", page, StringComparison.Ordinal);
            Assert.Contains("id=\"use-bundled\"", page, StringComparison.Ordinal);
            store = host.StoreFile;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Copy(store, store + ".copy.db");
            foreach (var wal in new[] { "-wal", "-shm" })
                if (File.Exists(store + wal)) File.Copy(store + wal, store + ".copy.db" + wal);
        }
        try
        {
            using var again = new WebHost(("Junkan:Store", store + ".copy.db"));
            var info = await (await again.CreateClient().GetAsync("/api/data/active")).Read();
            Assert.Equal(id, info.GetProperty("dataSet").GetProperty("id").GetString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { "", "-wal", "-shm" }) File.Delete(store + ".copy.db" + f);
            if (Directory.Exists(store + ".copy.db.overlays")) Directory.Delete(store + ".copy.db.overlays", true);
        }
    }
}
