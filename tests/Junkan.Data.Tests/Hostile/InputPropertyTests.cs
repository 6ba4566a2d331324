using System.Globalization;
using CsCheck;
using Junkan.Core.Inputs;
using Junkan.Data.Reference;
using Junkan.Data.Scenarios;
using Junkan.Data.Settings;

namespace Junkan.Data.Tests.Hostile;

/// <summary>
/// Properties of the input doors: whatever the bytes, a reader either succeeds or throws a <see cref="DataFormatException"/>
/// naming the file (never another exception); every number it returns is finite and within <see cref="InputLimits.MaxMagnitude"/>.
/// </summary>
public sealed class InputPropertyTests : IDisposable
{
    private static readonly ReferenceData Data = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());
    private readonly string _dir = Directory.CreateTempSubdirectory("junkan-props-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>Writes a file in a folder of its own (CsCheck runs samples in parallel).</summary>
    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(Directory.CreateDirectory(Path.Combine(_dir, Guid.NewGuid().ToString("N"))).FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs <paramref name="read"/>; true when it succeeded or failed with a DataFormatException naming <paramref name="file"/>.</summary>
    private static bool OnlyDataErrors(string file, Action read)
    {
        try { read(); return true; }
        catch (DataFormatException e) { return e.File == file; }
        catch (Exception e) { throw new InvalidOperationException($"{e.GetType().Name}: {e.Message}", e); }
    }

    /// <summary>Random bytes, random text and text built from the characters that matter to YAML, JSON and CSV.</summary>
    private static readonly Gen<byte[]> Garbage = Gen.OneOf(
        Gen.Byte.Array[0, 300],
        Gen.String[0, 200].Select(s => System.Text.Encoding.UTF8.GetBytes(s)),
        Gen.Char["[]{}:-,\"'&*!|>#\t\r\n .0123456789e+aNI"].Array[0, 200].Select(c => System.Text.Encoding.UTF8.GetBytes(new string(c))));

    [Fact]
    public void Any_bytes_as_a_scenario_are_loaded_or_refused_naming_the_file()
    {
        var loader = new ScenarioFile(Data, Data.Countries.Keys.ToHashSet());
        Garbage.Sample(bytes => OnlyDataErrors("s.yaml", () => loader.Load(Write("s.yaml", bytes))), iter: 2000);
    }

    /// <summary>Found by the property above: YamlDotNet threw ArgumentException / InvalidOperationException, not a YamlException, on these.</summary>
    [Theory]
    [InlineData("!!]-")]
    [InlineData("- !!x]\n")]
    public void Yaml_the_parser_chokes_on_is_bad_input_naming_the_file(string text)
    {
        var loader = new ScenarioFile(Data, Data.Countries.Keys.ToHashSet());
        var e = Assert.Throws<DataFormatException>(() => loader.Load(Write("s.yaml", System.Text.Encoding.UTF8.GetBytes(text))));
        Assert.Equal("s.yaml", e.File);
    }

    [Fact]
    public void Any_bytes_as_settings_are_loaded_or_refused_naming_the_file()
    {
        Garbage.Sample(bytes => OnlyDataErrors("r.json", () => RiskSettingsFile.Load(Write("r.json", bytes)))
            && OnlyDataErrors("s.json", () => SelectionSettingsFile.Load(Write("s.json", bytes))), iter: 200);
    }

    [Fact]
    public void Any_bytes_as_a_csv_table_are_read_or_refused_naming_the_file()
    {
        Garbage.Sample(bytes => OnlyDataErrors("t.csv", () =>
        {
            foreach (var r in CsvTable.Read(Write("t.csv", bytes), "a").Rows) r.OptionalNumber("a");
        }), iter: 200);
    }

    [Fact]
    public void A_number_cell_is_accepted_exactly_when_finite_and_within_the_limit()
    {
        Gen.Double.Sample(v =>
        {
            string text = v.ToString("R", CultureInfo.InvariantCulture);
            var row = CsvTable.Read(Write("n.csv", System.Text.Encoding.UTF8.GetBytes($"a\n{text}\n")), "a").Rows.Single();
            try { return row.Number("a") == v && InputLimits.IsAcceptable(v); }
            catch (DataFormatException e) { return !InputLimits.IsAcceptable(v) && (e.File, e.Row, e.Column) == ("n.csv", 2, "a"); }
        }, iter: 300);
    }

    [Fact]
    public void A_settings_number_is_accepted_exactly_when_finite_and_within_the_limit()
    {
        Gen.Double.Where(double.IsFinite).Sample(v =>
        {
            string text = v.ToString("R", CultureInfo.InvariantCulture);
            string path = Write("r.json", System.Text.Encoding.UTF8.GetBytes($"{{\n\"cutoffs\": {{ \"concentration\": {{\n \"high\": {text}, \"mid\": -1e20 }} }} }}"));
            try { RiskSettingsFile.Load(path); return false; } // mid -1e20 is always out of range
            catch (DataFormatException e)
            {
                string expected = InputLimits.IsAcceptable(v) ? "cutoffs.concentration.mid" : "cutoffs.concentration.high";
                return e.Column == expected && e.Row == 3;
            }
        }, iter: 200);
    }

    [Fact]
    public void An_unknown_settings_key_is_named_whatever_it_is()
    {
        Gen.String[1, 30].Where(k => k is not ("name" or "comment" or "hhi_denominator" or "stability_method" or "missing_stability" or "price_method" or "price_window_years" or "cutoffs"))
            .Sample(key =>
            {
                string path = Write("r.json", System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, int> { [key] = 1 })));
                try { RiskSettingsFile.Load(path); return false; }
                catch (DataFormatException e) { return e.Column == key && e.Row == 1; }
            }, iter: 200);
    }

    /// <summary>Found by the property above (seed 3hHRONv61jE2): a key that itself contains "[3]" lost its line.</summary>
    [Fact]
    public void An_unknown_key_with_brackets_keeps_its_line()
    {
        string path = Write("r.json", System.Text.Encoding.UTF8.GetBytes("{\n  \"name\": \"x\",\n  \"\u2028][3]a\": 1\n}"));
        var e = Assert.Throws<DataFormatException>(() => RiskSettingsFile.Load(path));
        Assert.Equal((3, "\u2028][3]a"), (e.Row, e.Column));
    }

    [Fact]
    public void Yaml_nesting_is_refused_exactly_beyond_the_limit()
    {
        Gen.Int[1, 200].Sample(depth =>
        {
            string path = Write("d.yaml", System.Text.Encoding.UTF8.GetBytes("name: d\nmeasures: " + new string('[', depth) + new string(']', depth) + "\n"));
            try { new ScenarioFile(Data, new HashSet<string>()).Load(path); return false; }
            catch (DataFormatException e) { return e.Message.Contains("nested deeper") == (depth + 1 > InputLimits.MaxNestingDepth); }
        }, iter: 200);
    }
}
