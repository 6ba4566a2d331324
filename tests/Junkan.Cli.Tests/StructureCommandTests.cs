using System.Text.Json;

namespace Junkan.Cli.Tests;

public sealed class StructureCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("junkan-structure-").FullName;
    private static string Example => Path.Combine(CliRunner.RepoRoot(), "data", "structure", "lib-issues-example.yaml");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void TheExamplePrintsTheTableAndSaysTheRatingsAreAnExample()
    {
        var (code, stdout, err) = CliRunner.Run("structure", Example);
        Assert.True(code == 0, err);
        Assert.Contains("the ratings are not findings", stdout, StringComparison.Ordinal);
        Assert.Contains("mean + 1 standard deviation of T", stdout, StringComparison.Ordinal);
        Assert.Contains("Data sharing and traceability", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonHasEveryFactorAndRowSumsEqualColumnSums()
    {
        var (code, stdout, err) = CliRunner.Run("structure", Example, "--format", "json", "--threshold", "mean");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(stdout);
        var f = doc.RootElement.GetProperty("factors").EnumerateArray().ToList();
        Assert.Equal(11, f.Count);
        Assert.Equal(f.Sum(x => x.GetProperty("r").GetDouble()), f.Sum(x => x.GetProperty("c").GetDouble()), 9);
        Assert.Equal("mean of T", doc.RootElement.GetProperty("threshold_kind").GetString());
        Assert.True(doc.RootElement.GetProperty("example").GetBoolean());
        Assert.All(f, x => Assert.StartsWith("moe-", x.GetProperty("source").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void SvgWritesBothDiagramsInJapanese()
    {
        string svg = Path.Combine(_dir, "s.svg");
        var (code, stdout, err) = CliRunner.Run("structure", Example, "--svg", svg, "--lang", "ja");
        Assert.True(code == 0, err);
        Assert.Contains("原因度", File.ReadAllText(svg), StringComparison.Ordinal);
        Assert.Contains("ISM階層図", File.ReadAllText(Path.Combine(_dir, "s.levels.svg")), StringComparison.Ordinal);
        Assert.Contains("要因", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--threshold", "abc", 1)]
    [InlineData("--threshold", "-0.1", 1)]
    [InlineData("--threshold", "NaN", 1)]
    [InlineData("--svg", "out.png", 1)]
    public void BadOptionsAreUsageErrors(string option, string value, int exit)
    {
        var (code, _, err) = CliRunner.Run("structure", Example, option, value);
        Assert.Equal(exit, code);
        Assert.Contains(option, err, StringComparison.Ordinal);
    }

    [Fact]
    public void AHostileFileIsBadInputNamingTheCell()
    {
        string file = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(file, File.ReadAllText(Example).Replace("- [0, 3, 0, 1, 1, 1, 0, 2, 3, 4, 1]", "- [0, 3, 0, 1, 1, 1, 0, 2, 3, 4, x]", StringComparison.Ordinal));
        var (code, _, err) = CliRunner.Run("structure", file);
        Assert.Equal(2, code);
        Assert.Contains("experts[example-a].ratings[collection-volume→hazard-handling]", err, StringComparison.Ordinal);
    }
}
