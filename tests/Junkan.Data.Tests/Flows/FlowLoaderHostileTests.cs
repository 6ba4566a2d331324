namespace Junkan.Data.Tests.Flows;

/// <summary>Bad flow data is refused with file, row and column, on a copy of the bundled folder with one row spoiled.</summary>
public sealed class FlowLoaderHostileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("junkan-flows-").FullName;

    public FlowLoaderHostileTests()
    {
        foreach (var f in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot(), "data", "flows"), "*.csv")) File.Copy(f, Path.Combine(_folder, Path.GetFileName(f)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DataFormatException Spoil(string file, Func<string, string> edit)
    {
        string path = Path.Combine(_folder, file);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return Assert.Throws<DataFormatException>(() => BundledFlowTests.Load(_folder));
    }

    private static string ReplaceFirst(string text, string line, string replacement)
    {
        int i = text.IndexOf(line, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{line}' not in the file");
        return text[..i] + replacement + text[(i + line.Length)..];
    }

    [Fact]
    public void Use_shares_that_do_not_sum_to_one_name_the_file_row_and_column()
    {
        var e = Spoil("use_shares.csv", t => ReplaceFirst(t, "Co,lib_cathode,", "Co,lib_cathode_x,") + "Co,extra,0.5,,,2013,japan,seo-morimoto-2016,4,\n");
        Assert.EndsWith("use_shares.csv", e.Place, StringComparison.Ordinal);
        Assert.Equal("share", e.Column);
        Assert.NotNull(e.Row);
        Assert.Contains("sum to", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_demand_names_its_row_and_column()
    {
        var e = Spoil("demand.csv", t => t + "Co,1999,-5,,,t Co,junkan-estimate,1,hostile\n");
        Assert.Equal("value", e.Column);
        Assert.Contains("negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_above_one_is_not_a_mass_fraction()
    {
        var e = Spoil("use_parameters.csv", t => t + "Co,lib_cathode,content,1.5,,,fraction,2020,junkan-estimate,1,hostile\n");
        Assert.Equal("value", e.Column);
        Assert.Contains("above 1 is not a fraction", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_naming_an_undefined_lifetime_is_refused()
    {
        var e = Spoil("use_profiles.csv", t => t + "Co,ghost,no_such_lifetime,none,no,Ghost,幽霊,junkan-estimate,1,hostile\n");
        Assert.Equal("lifetime", e.Column);
        Assert.Contains("no_such_lifetime", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_parameter_or_unit_is_refused()
    {
        Assert.Equal("parameter", Spoil("use_parameters.csv", t => t + "Co,lib_cathode,magic,0.5,,,fraction,2020,junkan-estimate,1,x\n").Column);
    }

    [Fact]
    public void A_use_without_a_profile_leaves_its_element_without_a_system_and_says_why()
    {
        File.AppendAllText(Path.Combine(_folder, "use_shares.csv"), "");
        string path = Path.Combine(_folder, "use_profiles.csv");
        var lines = File.ReadAllLines(path).Where(l => !l.StartsWith("Co,lib_cathode,", StringComparison.Ordinal)).ToArray();
        File.WriteAllLines(path, lines);
        var data = BundledFlowTests.Load(_folder);
        Assert.False(data.Inputs.ContainsKey("Co"));
        Assert.Contains(data.Gaps, g => g.Element == "Co" && g.Reason.Contains("lib_cathode", StringComparison.Ordinal));
    }
}
