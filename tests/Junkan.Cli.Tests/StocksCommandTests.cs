using System.Globalization;
using System.Text.Json;

namespace Junkan.Cli.Tests;

public sealed class StocksCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("junkan-stocks-").FullName;
    private static string Products => Path.Combine(CliRunner.RepoRoot(), "data", "stocks", "product_inflows.csv");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Quick_mode_csv_has_the_documented_header_and_the_hand_computed_fixed_lifetime_answer()
    {
        string inflow = File("in.csv", "year,inflow\n2020,1\n2021,2\n2022,3\n2023,0\n2024,0\n");
        var (code, stdout, err) = CliRunner.Run("stocks", "--inflow", inflow, "--lifetime", "fixed:mean=2", "--format", "csv");
        Assert.True(code == 0, err);
        Assert.Equal(
            "year,inflow,stock,outflow,stock_change\n2020,1,1,0,1\n2021,2,3,0,2\n2022,3,5,1,2\n2023,0,3,2,-2\n2024,0,0,3,-3\n",
            stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Quick_mode_json_round_trips_through_the_stock_driven_model()
    {
        string inflow = File("in.csv", "year,inflow\n2000,5\n2001,7\n2002,9\n2003,4\n2004,6\n");
        var (code, stdout, err) = CliRunner.Run("stocks", "--inflow", inflow, "--lifetime", "lognormal:mean=4,sd=2", "--convention", "quadrature:7", "--format", "json");
        Assert.True(code == 0, err);
        using var forward = JsonDocument.Parse(stdout);
        Assert.True(forward.RootElement.GetProperty("mass_balance_max_relative_error").GetDouble() <= 1e-12);
        var stockCsv = "year,stock\n" + string.Join("\n", forward.RootElement.GetProperty("stock").EnumerateArray()
            .Select((s, i) => $"{2000 + i},{s.GetDouble().ToString("R", CultureInfo.InvariantCulture)}")) + "\n";
        var (code2, stdout2, err2) = CliRunner.Run("stocks", "--stock", File("stock.csv", stockCsv), "--lifetime", "lognormal:mean=4,sd=2", "--convention", "quadrature:7", "--format", "json");
        Assert.True(code2 == 0, err2);
        using var back = JsonDocument.Parse(stdout2);
        var inflows = back.RootElement.GetProperty("inflow").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal([5, 7, 9, 4, 6], inflows.Select(v => Math.Round(v, 9)));
    }

    [Fact]
    public void A_falling_stock_is_flagged_and_the_correcting_policy_keeps_inflows_at_or_above_zero()
    {
        string stock = File("stock.csv", "year,stock\n2030,100\n2031,100\n2032,30\n2033,30\n");
        var (code, stdout, err) = CliRunner.Run("stocks", "--stock", stock, "--lifetime", "exponential:mean=10", "--format", "json");
        Assert.True(code == 0, err);
        Assert.Contains("warning", err);
        Assert.Contains("2032", err);
        using var allowed = JsonDocument.Parse(stdout);
        Assert.Equal([2032], allowed.RootElement.GetProperty("negative_inflow_years").EnumerateArray().Select(e => e.GetInt32()));
        var (_, corrected, _) = CliRunner.Run("stocks", "--stock", stock, "--lifetime", "exponential:mean=10", "--negative-inflow", "correct", "--format", "json");
        using var doc = JsonDocument.Parse(corrected);
        Assert.All(doc.RootElement.GetProperty("inflow").EnumerateArray(), i => Assert.True(i.GetDouble() >= 0));
    }

    [Theory]
    [InlineData("year,inflow\n2020,1\n2021,NaN\n", "in.csv:3:inflow: 'NaN' is not a number")]
    [InlineData("year,inflow\n2020,1\n2021,-4\n", "in.csv:3:inflow: -4 is negative")]
    [InlineData("year,inflow\n2020,1\n2022,4\n", "in.csv:3:year: years jump from 2020 to 2022")]
    [InlineData("year,stock\n2020,1\n", "in.csv:1:inflow: missing column(s) inflow")]
    public void Bad_series_files_name_file_row_and_column(string content, string expected)
    {
        var (code, stdout, err) = CliRunner.Run("stocks", "--inflow", File("in.csv", content), "--lifetime", "fixed:mean=3");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains(expected, err);
    }

    [Theory]
    [InlineData("--convention", "quadrature:40", "outside 2..32", 1)]
    [InlineData("--lifetime", "weibull:shape=-1,scale=3", "'shape' must be a finite number > 0", 1)]
    [InlineData("--to", "2099", "--to 2099 is after the last model year 2021", 2)]
    public void Bad_option_values_are_usage_errors_and_values_outside_the_data_bad_input(string option, string value, string expected, int exit)
    {
        string inflow = File("in.csv", "year,inflow\n2020,1\n2021,1\n");
        var args = new List<string> { "stocks", "--inflow", inflow, "--lifetime", "fixed:mean=3", option, value };
        if (option == "--lifetime") args.RemoveRange(3, 2);
        var (code, _, err) = CliRunner.Run([.. args]);
        Assert.Equal(exit, code);
        Assert.Contains(expected, err);
    }

    [Fact]
    public void Modes_are_exclusive_and_quick_mode_needs_a_lifetime()
    {
        string inflow = File("in.csv", "year,inflow\n2020,1\n");
        Assert.Equal(1, CliRunner.Run("stocks", "--inflow", inflow).Code);
        Assert.Equal(1, CliRunner.Run("stocks", "--inflow", inflow, "--products", Products, "--lifetime", "fixed:mean=1").Code);
        Assert.Equal(1, CliRunner.Run("stocks").Code);
    }

    [Fact]
    public void Products_json_keys_elements_by_symbol_and_every_source_is_cited()
    {
        var (code, stdout, err) = CliRunner.Run("stocks", "--products", Products, "--format", "json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var sources = doc.RootElement.GetProperty("sources");
        var bev = doc.RootElement.GetProperty("scenarios").EnumerateObject().First().Value.GetProperty("bev_passenger_car");
        Assert.True(sources.TryGetProperty(bev.GetProperty("lifetime").GetProperty("source").GetString()!, out _));
        var eol = bev.GetProperty("end_of_life_t");
        foreach (var symbol in new[] { "Co", "Ni", "Li" }) Assert.True(eol.TryGetProperty(symbol, out _), symbol);
        foreach (var element in eol.EnumerateObject())
        {
            Assert.True(sources.TryGetProperty(element.Value.GetProperty("source").GetString()!, out _));
            var (central, low, high) = (Values(element.Value, "central"), Values(element.Value, "low"), Values(element.Value, "high"));
            for (int t = 0; t < central.Length; t++) Assert.True(low[t] <= central[t] && central[t] <= high[t], $"{element.Name} year index {t}");
        }
    }

    [Fact]
    public void Products_end_to_end_known_answer_cobalt_from_the_2010_cohort()
    {
        // The 2010 BEV cohort (2,400 cars, IEA) with a fixed 13.51-year lifetime (AIRIA) leaves in 2024 (age 14 at
        // the year end, year-end convention) carrying 13.3 kg Co each (IEA 2021): 2,400 × 13.3 / 1,000 = 31.92 t.
        var (code, stdout, err) = CliRunner.Run("stocks", "--products", Products, "--from", "2024", "--to", "2024", "--format", "csv");
        Assert.True(code == 0, err);
        // One line per scenario (reference, high_electrification): both continue the same history, so the 2010 cohort is theirs alike.
        var lines = stdout.Split('\n').Where(l => l.Contains(",2024,end_of_life,Co,")).ToArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal(31.92, double.Parse(line.Split(',')[5], CultureInfo.InvariantCulture), 9));
        Assert.Equal("scenario,product,year,variable,element,value,unit", stdout.Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public void Products_chart_page_is_self_contained_in_both_languages()
    {
        foreach (var lang in new[] { "en", "ja" })
        {
            string chart = Path.Combine(_dir, $"stocks.{lang}.html");
            var (code, _, err) = CliRunner.Run("stocks", "--products", Products, "--chart", chart, "--lang", lang, "--format", "csv");
            Assert.True(code == 0, err);
            string html = System.IO.File.ReadAllText(chart);
            Assert.Contains("<svg", html);
            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
            Assert.Contains("iea-2021-critical-minerals", html);
            Assert.Contains(lang == "ja" ? "使用済み製品" : "End-of-life", html);
        }
    }

    [Fact]
    public void Nothing_is_written_when_the_input_is_bad()
    {
        string chart = Path.Combine(_dir, "never.html");
        string inflow = File("in.csv", "year,inflow\n2020,1\n2021,x\n");
        var (code, _, _) = CliRunner.Run("stocks", "--inflow", inflow, "--lifetime", "fixed:mean=3", "--chart", chart);
        Assert.Equal(2, code);
        Assert.False(System.IO.File.Exists(chart));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories));
    }

    private static double[] Values(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    [Fact]
    public void A_hazard_factor_acts_from_its_year_and_the_split_adds_up_to_the_outflow()
    {
        string inflow = File("in.csv", "year,inflow\n2020,10\n2021,10\n2022,10\n2023,10\n2024,10\n");
        string[] baseArgs = ["stocks", "--inflow", inflow, "--lifetime", "weibull:shape=2,scale=3", "--format", "csv"];
        var (_, plain, _) = CliRunner.Run(baseArgs);
        var (code, policy, err) = CliRunner.Run([.. baseArgs, "--hazard-factor", "2023:0.5", "--reuse", "0.1", "--export", "0.3"]);
        Assert.True(code == 0, err);
        var before = plain.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var after = policy.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,inflow,stock,outflow,stock_change,reuse,export,domestic_end_of_life", after[0]);
        for (int row = 1; row <= 5; row++)
        {
            double[] a = after[row].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            double[] b = before[row].Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            if (row <= 3) Assert.Equal(b[3], a[3], 12);        // 2020-2022: untouched (hazard form against the convolution: rounding)
            else Assert.True(a[3] < b[3], $"row {row}");      // 2023-2024: half the hazard, less outflow
            Assert.Equal(a[3], a[5] + a[6] + a[7], 12);
            Assert.Equal(0.6 * a[3], a[7], 12);
        }
    }

    [Fact]
    public void Products_with_a_split_report_domestic_end_of_life_tonnes()
    {
        var (code, stdout, err) = CliRunner.Run("stocks", "--products", Products, "--export", "0.25", "--from", "2024", "--to", "2024", "--format", "csv");
        Assert.True(code == 0, err);
        var lines = stdout.Split('\n').Where(l => l.Contains(",2024,domestic_end_of_life,Co,")).ToArray(); // one per scenario
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Equal(31.92 * 0.75, double.Parse(line.Split(',')[5], CultureInfo.InvariantCulture), 9));
    }

    [Theory]
    [InlineData("--reuse", "1.2", "--reuse 1.2: a share lies in 0..1")]
    [InlineData("--hazard-factor", "2030", "write YEAR:FACTOR")]
    [InlineData("--hazard-factor", "2030:-1", "the factor must be a finite number >= 0")]
    public void Bad_policy_options_are_usage_errors(string option, string value, string expected)
    {
        string inflow = File("in.csv", "year,inflow\n2020,1\n");
        var (code, _, err) = CliRunner.Run("stocks", "--inflow", inflow, "--lifetime", "fixed:mean=3", option, value);
        Assert.Equal(1, code);
        Assert.Contains(expected, err);
    }
}
