using Junkan.Data.Reference;
using Junkan.Data.Stocks;

namespace Junkan.Data.Tests.Stocks;

/// <summary>
/// Forecast scenarios as data (data/stocks/README.md, <c>product_inflows.csv</c>): the bundled BEV paths (<c>reference</c> and
/// <c>high_electrification</c>) are complete, cited and reproducible from their stated derivation; a scenario with a gap, a
/// repeated year or a wrong first year is refused with file, row and column.
/// </summary>
public sealed class ScenarioDataTests : IDisposable
{
    private const string Bev = "bev_passenger_car", Reference = "reference", High = "high_electrification";

    private static string StocksFolder() => Path.Combine(TestPaths.RepositoryRoot(), "data", "stocks");

    private static string InflowsFile() => Path.Combine(StocksFolder(), "product_inflows.csv");

    private sealed record Row(int Line, string Product, string Scenario, int Year, double Inflow, string SourceId, int Quality, string Note);

    private static Row[] BundledRows() =>
        CsvTable.Read(InflowsFile(), "product", "scenario", "year", "inflow", "source_id", "quality", "note").Rows
            .Select(r => new Row(r.Line, r.Required("product"), r.Required("scenario"), r.Integer("year"), r.Number("inflow"),
                r.Required("source_id"), r.Integer("quality"), r.Text("note")))
            .ToArray();

    private static double[] PathOf(string scenario) =>
        Assert.Single(ProductDataLoader.Load(InflowsFile()).Paths, p => p.Product.Value == Bev && p.Scenario == scenario).Inflow.ToArray();

    // ---- the bundled scenarios ----

    [Fact]
    public void The_BEV_has_a_reference_and_a_high_electrification_path_each_year_by_year_from_the_history_to_2050()
    {
        var rows = BundledRows().Where(r => r.Product == Bev).ToArray();
        int lastHistoric = rows.Where(r => r.Scenario == ProductDataLoader.Historic).Max(r => r.Year);
        foreach (var scenario in new[] { Reference, High })
        {
            var years = rows.Where(r => r.Scenario == scenario).Select(r => r.Year).ToArray();
            Assert.Equal(Enumerable.Range(lastHistoric + 1, 2050 - lastHistoric), years);
        }
        var data = ProductDataLoader.Load(InflowsFile());
        Assert.Equal(new[] { Reference, High }, data.Paths.Where(p => p.Product.Value == Bev).Select(p => p.Scenario));
        Assert.All(data.Paths.Where(p => p.Product.Value == Bev), p => Assert.Equal((2010, 2050), (p.FirstYear, p.LastYear)));
        // The first scenario in the file is the default of assess and select: it stays the reference.
        Assert.Equal(Reference, data.Scenarios.First(s => s != ProductDataLoader.Historic));
    }

    [Fact]
    public void Every_inflow_row_cites_a_source_of_data_stocks_or_data_reference_and_says_where_its_figure_comes_from()
    {
        var ids = CsvTable.Read(Path.Combine(StocksFolder(), "sources.csv"), "id").Rows.Select(r => r.Required("id"))
            .Concat(CsvTable.Read(Path.Combine(TestPaths.ReferenceFolder(), "sources.csv"), "id").Rows.Select(r => r.Required("id")))
            .ToHashSet();
        var rows = BundledRows();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.True(ids.Contains(r.SourceId), $"row {r.Line}: '{r.SourceId}' is in neither sources.csv");
            Assert.False(string.IsNullOrWhiteSpace(r.Note), $"row {r.Line} has no note");
            Assert.InRange(r.Quality, 1, 5);
        });
    }

    [Fact]
    public void Assumed_rows_are_quality_1_and_interpolated_or_target_derived_rows_at_most_quality_2()
    {
        foreach (var r in BundledRows())
        {
            if (r.SourceId == "junkan-assumption")
            {
                Assert.Equal(1, r.Quality);
                Assert.StartsWith("assumption:", r.Note);
            }
            if (r.Note.Contains("interpolation", StringComparison.Ordinal) || r.Note.StartsWith("derived", StringComparison.Ordinal))
                Assert.True(r.Quality <= 2, $"row {r.Line}: quality {r.Quality} for an interpolated or derived figure");
            if (r.Scenario != ProductDataLoader.Historic)
                Assert.True(r.Quality <= 2, $"row {r.Line}: a future row of quality {r.Quality}");
        }
    }

    /// <summary>
    /// README: 30% (upper end of the 2030 EV+PHV target, METI) × 3,992,727 new passenger cars in 2023 (JADA 2,651,397 +
    /// 全軽自協 1,341,330) × 88,000 / 140,000 (IEA 2023 BEV / BEV+PHEV car sales) = 752,914; linear from the 2023
    /// observation (88,000) to it in 2024-2029; held 2031-2050.
    /// </summary>
    [Fact]
    public void The_high_electrification_path_is_its_stated_calculation()
    {
        double anchor = Math.Round(0.30 * (2_651_397 + 1_341_330) * 88_000.0 / (88_000 + 52_000));
        Assert.Equal(752_914, anchor);
        var high = PathOf(High);
        Assert.Equal(88_000, high[2023 - 2010]);
        for (int year = 2024; year <= 2029; year++)
            Assert.Equal(Math.Round(88_000 + (anchor - 88_000) * (year - 2023) / 7.0), high[year - 2010]);
        for (int year = 2030; year <= 2050; year++) Assert.Equal(anchor, high[year - 2010]);
    }

    /// <summary>
    /// Holds by construction: both paths continue the same history (last year 2023, 88,000); the reference is held flat
    /// at that level and the high path rises linearly to the higher 2030 anchor and is then held there.
    /// </summary>
    [Fact]
    public void High_electrification_is_at_least_the_reference_every_year_by_construction_same_history_flat_reference_rising_high()
    {
        var (reference, high) = (PathOf(Reference), PathOf(High));
        Assert.Equal(reference.Length, high.Length);
        for (int t = 0; t < high.Length; t++)
            Assert.True(high[t] >= reference[t], $"{2010 + t}: {high[t]} < {reference[t]}");
        Assert.Equal(reference[..(2023 - 2010 + 1)], high[..(2023 - 2010 + 1)]);
        Assert.True(high[^1] > reference[^1]);
    }

    // ---- refused scenario tables (small fixtures in a temp folder) ----

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "junkan-scenarios-" + Guid.NewGuid().ToString("N"));

    public ScenarioDataTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, true);
    }

    private const string Header = "product,scenario,year,inflow,unit,source_id,quality,note\n";

    /// <summary>History 2022-2023 (rows 2-3), then the given scenario rows as "scenario,year" pairs from row 4 on.</summary>
    private string WriteSet(params string[] scenarioYears)
    {
        string inflows = Header
            + "bev_passenger_car,historic,2022,59000,units,stat,4,observed\n"
            + "bev_passenger_car,historic,2023,88000,units,stat,4,observed\n"
            + string.Concat(scenarioYears.Select(s => $"bev_passenger_car,{s},100000,units,stat,2,\"derived, test\"\n"));
        File.WriteAllText(Path.Combine(_folder, "product_inflows.csv"), inflows);
        File.WriteAllText(Path.Combine(_folder, "product_lifetimes.csv"),
            "product,lifetime,mean_low,mean_high,source_id,quality,note\nbev_passenger_car,fixed:mean=13,12,14,stat,3,\n");
        File.WriteAllText(Path.Combine(_folder, "product_contents.csv"),
            "product,element,content,unit,low,high,year,source_id,quality,note\nbev_passenger_car,Co,13.3,kg/unit,6,20,2021,stat,2,\n");
        File.WriteAllText(Path.Combine(_folder, "sources.csv"), "id,citation,publisher,year,url,licence\nstat,Test statistics.,,,,\n");
        return Path.Combine(_folder, "product_inflows.csv");
    }

    private static DataFormatException Refused(string inflows) => Assert.Throws<DataFormatException>(() => ProductDataLoader.Load(inflows));

    private static void AssertAt(DataFormatException e, int row, string problem)
    {
        Assert.Equal(("product_inflows.csv", (int?)row, "year"), (e.File, e.Row, e.Column));
        Assert.Equal(problem, e.Problem);
        Assert.StartsWith($"product_inflows.csv:{row}:year: ", e.Message);
    }

    [Fact]
    public void Interleaved_scenario_rows_load_and_keep_the_order_of_first_appearance()
    {
        var data = ProductDataLoader.Load(WriteSet("reference,2024", "high_electrification,2024", "reference,2025", "high_electrification,2025"));
        Assert.Equal(new[] { Reference, High }, data.Paths.Select(p => p.Scenario));
        Assert.All(data.Paths, p => Assert.Equal((2022, 2025), (p.FirstYear, p.LastYear)));
    }

    [Fact]
    public void A_gap_in_a_scenario_names_the_row_the_column_and_the_missing_year()
    {
        var e = Refused(WriteSet("reference,2024", "reference,2025", "reference,2026",
            "high_electrification,2024", "high_electrification,2026")); // row 8
        AssertAt(e, 8, "scenario high_electrification of bev_passenger_car jumps from 2024 to 2026: year 2025 is missing");
    }

    [Fact]
    public void A_gap_of_several_years_names_them_all()
    {
        var e = Refused(WriteSet("high_electrification,2024", "high_electrification,2028")); // row 5
        AssertAt(e, 5, "scenario high_electrification of bev_passenger_car jumps from 2024 to 2028: years 2025-2027 are missing");
    }

    [Fact]
    public void A_repeated_product_scenario_and_year_names_both_rows()
    {
        var e = Refused(WriteSet("high_electrification,2024", "reference,2024", "high_electrification,2025", "high_electrification,2024")); // row 7
        AssertAt(e, 7, "scenario high_electrification of bev_passenger_car gives year 2024 twice (first in row 4): each product, scenario and year once");
    }

    [Fact]
    public void A_scenario_year_that_goes_back_is_refused()
    {
        var e = Refused(WriteSet("high_electrification,2025", "high_electrification,2024")); // row 5
        AssertAt(e, 5, "scenario high_electrification of bev_passenger_car goes back from 2025 to 2024: years must ascend");
    }

    [Fact]
    public void A_scenario_that_starts_after_a_gap_after_the_history_is_refused_at_its_first_row()
    {
        var e = Refused(WriteSet("reference,2024", "high_electrification,2025", "high_electrification,2026")); // row 5
        AssertAt(e, 5, "scenario high_electrification of bev_passenger_car starts in 2025; the history ends in 2023, so it must start in 2024 (year 2024 is missing between history and scenario)");
    }

    [Fact]
    public void A_scenario_that_repeats_historic_years_is_refused_at_its_first_row()
    {
        var e = Refused(WriteSet("high_electrification,2022", "high_electrification,2023", "high_electrification,2024"));
        AssertAt(e, 4, "scenario high_electrification of bev_passenger_car starts in 2022; the history ends in 2023, so it must start in 2024 (it repeats historic years 2022-2023)");
    }

    [Fact]
    public void A_gap_in_the_history_is_refused_too()
    {
        File.WriteAllText(WriteSet("reference,2024"), Header
            + "bev_passenger_car,historic,2020,15000,units,stat,4,\n"
            + "bev_passenger_car,historic,2022,59000,units,stat,4,\n"
            + "bev_passenger_car,reference,2023,88000,units,stat,1,\n");
        AssertAt(Refused(Path.Combine(_folder, "product_inflows.csv")), 3, "the history of bev_passenger_car jumps from 2020 to 2022: year 2021 is missing");
    }
}
