using Junkan.Core.Recyclability;
using Junkan.Data.Recyclability;
using Junkan.Data.Reference;
using Junkan.Data.Stocks;

namespace Junkan.Data.Tests.Recyclability;

/// <summary>The bundled recyclability tables load, trace every figure to a citation, and bad cells are named by file, row and column.</summary>
public sealed class RecyclabilityDataTests : IDisposable
{
    private static readonly string Bundled = Path.Combine(TestPaths.RepositoryRoot(), "data", "recyclability");
    private readonly string _copy = Directory.CreateTempSubdirectory("junkan-recy-").FullName;

    public RecyclabilityDataTests()
    {
        foreach (var f in Directory.GetFiles(Bundled, "*.csv")) File.Copy(f, Path.Combine(_copy, Path.GetFileName(f)));
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private static RecyclabilityData Load(string folder) => RecyclabilityDataLoader.Load(folder,
        ReferenceDataLoader.Load(TestPaths.ReferenceFolder()),
        ProductDataLoader.Load(Path.Combine(TestPaths.RepositoryRoot(), "data", "stocks", "product_inflows.csv")));

    [Fact]
    public void Every_target_has_a_profile_and_every_figure_a_citation()
    {
        var data = Load(Bundled);
        string[] targets = ["Bi", "Co", "Cr", "F", "Ga", "Ge", "In", "Mg", "Mn", "Mo", "Ni", "P", "Sb", "Se", "Si", "Ta", "Te", "Ti", "V", "W", "Zr", "REE", "Nd", "Dy", "Tb", "Pr", "I", "Li", "Cu", "Graphite"];
        foreach (var t in targets)
        {
            var p = data.Profile(t);
            Assert.NotEmpty(p.Sources);
        }
        var estimates = data.Profiles.SelectMany(p => new[] { p.JapanDemand, p.DissipativeShare, p.OreGrade, p.EolRecyclingRate, p.EolRecyclingInputRateEu, p.UrbanMineStock }
            .Concat(p.Sources.SelectMany(s => new[] { s.Generation, s.Contained, s.Content, s.CollectionNow, s.CollectionAchievable, s.YieldPre, s.YieldEnd, s.Trl })))
            .OfType<Estimate>().ToArray();
        Assert.NotEmpty(estimates);
        Assert.All(estimates, e => Assert.True(e.SourceId == DefaultAssumption.SourceId || data.Citations.ContainsKey(e.SourceId), e.SourceId));
        Assert.All(estimates, e => Assert.True(e.Low <= e.Value && e.Value <= e.High));
        Assert.NotEmpty(data.Gaps);
    }

    private void Edit(string file, Func<List<string[]>, string[], int> change)
    {
        string path = Path.Combine(_copy, file);
        var rows = File.ReadAllLines(path).Select(l => CsvLine(l)).ToList();
        change(rows, rows[0]);
        File.WriteAllLines(path, rows.Select(r => string.Join(",", r.Select(Quote))));
    }

    private static string[] CsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted) { if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; } else if (c == '"') quoted = false; else cell.Append(c); }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells.ToArray();
    }

    private static string Quote(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    /// <summary>Appends a row (cells by column name) to a table of the copy.</summary>
    private void Append(string file, Dictionary<string, string> cells) => Edit(file, (rows, header) =>
    {
        rows.Add(header.Select(h => cells.TryGetValue(h, out var v) ? v : "").ToArray());
        return rows.Count;
    });

    private DataFormatException Fails() => Assert.Throws<DataFormatException>(() => Load(_copy));

    private static Dictionary<string, string> SourceParameter(string parameter, string value, string unit = "fraction") => new()
    {
        ["element"] = "Co", ["source"] = "bev_traction_battery", ["parameter"] = parameter, ["value"] = value, ["unit"] = unit,
        ["year"] = "2020", ["source_id"] = "usgs-mcs-2024", ["quality"] = "3",
    };

    [Theory]
    [InlineData("content", "1.4", "value", "not a fraction in 0..1 (content: a content above 1 is not a mass fraction)")]
    [InlineData("yield_end", "1.2", "value", "not a fraction in 0..1")]
    [InlineData("yield_pre", "-0.1", "value", "not a fraction in 0..1")]
    [InlineData("trl", "12", "value", "TRL 12 is outside 1..9")]
    public void Out_of_range_parameters_are_named(string parameter, string value, string column, string expected)
    {
        int rows = File.ReadAllLines(Path.Combine(_copy, "source_parameters.csv")).Length;
        Append("source_parameters.csv", SourceParameter(parameter, value, parameter == "trl" ? "TRL" : "fraction"));
        var e = Fails();
        Assert.Equal(("source_parameters.csv", rows + 1, column), (e.File, e.Row, e.Column));
        Assert.Contains(expected, e.Problem);
    }

    [Fact]
    public void A_wrong_unit_is_named()
    {
        Append("source_parameters.csv", SourceParameter("generation", "5", "kg"));
        Assert.Contains("'kg' for generation; write it in t", Fails().Problem);
    }

    [Fact]
    public void A_recovered_figure_in_a_wrong_unit_is_named_at_its_row()
    {
        int rows = File.ReadAllLines(Path.Combine(_copy, "source_parameters.csv")).Length;
        Append("source_parameters.csv", SourceParameter("recovered", "5", "fraction"));
        var e = Fails();
        Assert.Equal(("source_parameters.csv", rows + 1, "unit"), (e.File, e.Row, e.Column));
        Assert.Contains("'fraction' for recovered; write it in t", e.Problem);
    }

    private static Dictionary<string, string> Comparison(string column, string value)
    {
        var row = new Dictionary<string, string>
        {
            ["element"] = "Cu", ["quantity"] = "recovered_japan", ["year"] = "2019", ["value"] = "341654", ["unit"] = "t",
            ["source_id"] = "kozan-2020-base-metals", ["quality"] = "4", ["note"] = "test row",
        };
        row[column] = value;
        return row;
    }

    [Theory]
    [InlineData("element", "Kr", "unknown element 'Kr'")]
    [InlineData("unit", "kt", "'kt' for recovered_japan; write it in t")]
    [InlineData("source_id", "nobody-2020", "'nobody-2020' is not a known citation")]
    [InlineData("quantity", "mined", "unknown quantity 'mined'")]
    [InlineData("value", "-5", "must not be negative")]
    public void Bad_comparison_rows_are_named_by_file_row_and_column(string column, string value, string expected)
    {
        int rows = File.ReadAllLines(Path.Combine(_copy, "comparisons.csv")).Length;
        Append("comparisons.csv", Comparison(column, value));
        var e = Fails();
        Assert.Equal(("comparisons.csv", rows + 1, column), (e.File, e.Row, e.Column));
        Assert.Contains(expected, e.Problem);
    }

    [Fact]
    public void The_bundled_comparisons_load_with_their_gaps()
    {
        var data = Load(Bundled);
        var cu = Assert.Single(data.Profile("Cu").Comparisons);
        Assert.Equal((341_654.0, 2019, "kozan-2020-base-metals"), (cu.Published.Value, cu.Published.Year!.Value, cu.Published.SourceId));
        Assert.Equal(384, Assert.Single(data.Profile("In").Comparisons).Published.Value);
        Assert.Empty(data.Profile("Co").Comparisons);
        Assert.Contains(data.Gaps, g => g.Element == "Co" && g.Parameter == "comparison recovered_japan");
    }

    [Fact]
    public void An_unknown_citation_is_named()
    {
        var row = SourceParameter("content", "0.1");
        row["source_id"] = "nobody-2020";
        Append("source_parameters.csv", row);
        Assert.Contains("'nobody-2020' is not a known citation", Fails().Problem);
    }

    [Fact]
    public void A_parameter_of_an_unknown_source_is_named()
    {
        var row = SourceParameter("content", "0.1");
        row["source"] = "moon_rocks";
        Append("source_parameters.csv", row);
        Assert.Contains("'moon_rocks' of Co is not in recycling_sources.csv", Fails().Problem);
    }

    [Fact]
    public void A_source_naming_a_product_without_a_lifetime_is_refused()
    {
        Append("recycling_sources.csv", new()
        {
            ["element"] = "Co", ["source"] = "e_bikes", ["kind"] = "eol_product", ["product"] = "e_bike", ["collection_route"] = "none", ["name_en"] = "e-bikes",
        });
        var e = Fails();
        Assert.Equal(("recycling_sources.csv", "product"), (e.File, e.Column));
        Assert.Contains("'e_bike' has no lifetime", e.Problem);
    }

    [Fact]
    public void Use_shares_that_do_not_sum_to_one_are_refused()
    {
        Append("uses.csv", new()
        {
            ["element"] = "Co", ["use"] = "superalloy", ["share_japan"] = "0.3", ["dissipative"] = "no", ["year"] = "2013", ["source_id"] = "usgs-mcs-2024", ["quality"] = "3",
        });
        var e = Fails();
        Assert.Equal(("uses.csv", "share_japan"), (e.File, e.Column));
        Assert.Contains("sum to 1.3, not 1 ± 0.05", e.Problem);
    }
}
