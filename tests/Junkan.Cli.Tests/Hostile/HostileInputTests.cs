namespace Junkan.Cli.Tests.Hostile;

/// <summary>
/// The hostile-input suite (issue 11): every case runs in-process on a spoiled copy of the data and must exit with its
/// code, print exactly one line on stderr naming the place (file:row:column or the option) and no stack trace, print
/// nothing on stdout (or, when it succeeds, the same stdout as the pristine data), and change no bundled file.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly Dictionary<string, HostileCase> Cases =
        new[]
        {
            ("command line", CommandLineCases.All), ("settings", SettingsCases.All), ("scenario", ScenarioCases.All),
            ("reference csv", ReferenceCsvCases.All), ("stocks", StocksCases.All), ("output", OutputCases.All),
        }.SelectMany(f => f.Item2.Select(c => c with { Name = $"{f.Item1}: {c.Name}" })).ToDictionary(c => c.Name);

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_hostile_input_gives_its_exit_code_and_one_line_naming_the_place(string name)
    {
        var c = Cases[name];
        var before = BundledFiles.Snapshot();
        using var w = new Workspace();
        var run = c.Arrange(w);
        var (code, stdout, stderr) = CliRunner.Run(run.Args);

        Assert.True(code == c.Code, $"exit {code}, expected {c.Code}; stderr: {stderr}");
        Assert.Empty(BundledFiles.Changed(before, BundledFiles.Snapshot()));
        if (c.Code == 0)
        {
            if (run.SameAsPristine)
            {
                using var pristine = new Workspace();
                var expected = CliRunner.Run(run.Args.Select(a => a.Replace(w.Root, pristine.Root, StringComparison.Ordinal)).ToArray());
                Assert.Equal(expected.Out, stdout);
            }
            return;
        }
        if (run.CompleteWithout is { } dropped)
            Assert.Equal(CliRunner.Run(Without(run.Args, dropped)).Out, stdout);
        else
            Assert.Equal("", stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string line = Assert.Single(lines);
        Assert.StartsWith("junkan: ", line);
        Assert.DoesNotContain(" at Junkan.", line);
        Assert.DoesNotContain("internal error", line);
        foreach (var fragment in run.Place) Assert.True(line.Contains(fragment, StringComparison.Ordinal), $"'{fragment}' not in: {line}");
    }

    /// <summary>The command line without an option and its value.</summary>
    private static string[] Without(string[] args, string option)
    {
        int i = Array.IndexOf(args, option);
        return [.. args[..i], .. args[(i + 2)..]];
    }

    [Fact]
    public void A_scenario_with_a_BOM_and_CRLF_line_ends_gives_the_same_output_as_without()
    {
        using var w = new Workspace();
        string yaml = File.ReadAllText(Path.Combine(CliRunner.RepoRoot(), "examples", "scenarios", "ree-diversify.yaml")).Replace("\r\n", "\n");
        var plain = CliRunner.Run(Commands.Policy(w, w.Write("plain.yaml", yaml)));
        var spoiled = CliRunner.Run(Commands.Policy(w, w.Write("bom.yaml", "\uFEFF" + yaml.Replace("\n", "\r\n"))));
        Assert.Equal((0, 0), (plain.Code, spoiled.Code));
        Assert.Contains("REE", plain.Out);
        Assert.Equal(plain.Out, spoiled.Out);
    }

    [Fact]
    public void The_bundled_file_check_sees_a_changed_an_added_and_a_removed_file()
    {
        var before = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" };
        var after = new Dictionary<string, string> { ["a"] = "1", ["b"] = "X", ["d"] = "4" };
        Assert.Equal(["b", "c", "d"], BundledFiles.Changed(before, after));
        Assert.Empty(BundledFiles.Changed(BundledFiles.Snapshot(), BundledFiles.Snapshot()));
    }

    [Fact]
    public void Every_case_has_a_unique_name_and_the_table_covers_every_family()
    {
        Assert.True(Cases.Count >= 100, $"{Cases.Count} cases");
        Assert.Contains(Cases.Values, c => c.Code == 1);
        Assert.Contains(Cases.Values, c => c.Code == 2);
        Assert.Contains(Cases.Values, c => c.Code == 0);
    }
}
