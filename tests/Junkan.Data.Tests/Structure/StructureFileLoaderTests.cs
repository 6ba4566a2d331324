using Junkan.Core.Structure;
using Junkan.Data.Structure;

namespace Junkan.Data.Tests.Structure;

public sealed class StructureFileLoaderTests
{
    private static string Bundled => Junkan.Testing.TestRepository.Path("data", "structure", "lib-issues-example.yaml");

    private static string Text => File.ReadAllText(Bundled);

    private const string Small = """
        name: two factors
        citations:
          - {id: user-input-example, quality: 1, title: example}
        ratings_source: user-input-example
        factors:
          - {id: a, label_en: A}
          - {id: b, label_en: B}
        experts:
          - id: e1
            ratings:
              - [0, 3]
              - [1, 0]
        """;

    [Fact]
    public void TheBundledExampleLoadsAsAnExampleWithItsSeedCitations()
    {
        var c = StructureFileLoader.Load(Bundled);
        Assert.True(c.IsExample);
        Assert.Equal(11, c.Ratings.Size);
        Assert.Equal(2, c.Ratings.Experts);
        Assert.Equal("user-input-example", c.RatingsProvenance.Source.Value);
        Assert.Equal(1, c.RatingsProvenance.Quality.Value);
        Assert.All(c.FactorSources.Values, s => Assert.Contains("seed 00", s, StringComparison.Ordinal));
        // collection-volume → value-below-cost: experts 3 and 4 average to 3.5.
        Assert.Equal(3.5, c.Ratings.Average()[0, 1]);
    }

    [Fact]
    public void ASmallFileLoads()
    {
        var c = StructureFileLoader.Parse("s.yaml", Small);
        Assert.False(c.IsExample);
        Assert.Null(c.Threshold);
        Assert.Equal(3, c.Ratings.Rating(0, 0, 1));
    }

    [Theory]
    [InlineData("[1, 0]", "[x, 0]", 12, "experts[e1].ratings[b→a]", "'x' is not a number")]
    [InlineData("[1, 0]", "[NaN, 0]", 12, "experts[e1].ratings[b→a]", "not a finite number")]
    [InlineData("[1, 0]", "[-1, 0]", 12, "experts[e1].ratings[b→a]", "outside the scale")]
    [InlineData("[1, 0]", "[5, 0]", 12, "experts[e1].ratings[b→a]", "outside the scale")]
    [InlineData("[1, 0]", "[1, 2]", 12, "experts[e1].ratings[b→b]", "diagonal")]
    [InlineData("[1, 0]", "[1, 0, 2]", 12, "experts[e1].ratings[b]", "3 values")]
    [InlineData("\n      - [1, 0]", "", 11, "experts[e1].ratings", "1 rows")]
    [InlineData("{id: b, label_en: B}", "{id: a, label_en: B}", 7, "id", "listed twice")]
    [InlineData("{id: b, label_en: B}", "{id: 'b c', label_en: B}", 7, "id", "not a factor id")]
    [InlineData("ratings_source: user-input-example", "ratings_source: nobody", 4, "ratings_source", "not in the citations")]
    public void BadInputNamesTheLineAndTheCell(string find, string replace, int line, string column, string problem)
    {
        var e = Assert.Throws<DataFormatException>(() => StructureFileLoader.Parse("s.yaml", Small.Replace(find, replace, StringComparison.Ordinal)));
        Assert.Equal("s.yaml", e.File);
        Assert.Equal(line, e.Row);
        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeNIsRefusedBeforeAnyMatrixIsRead()
    {
        var factors = string.Join("\n", Enumerable.Range(0, InfluenceMatrix.MaxFactors + 1).Select(i => $"  - {{id: f{i}, label_en: F}}"));
        string text = Small.Replace("  - {id: a, label_en: A}\n  - {id: b, label_en: B}", factors, StringComparison.Ordinal);
        var e = Assert.Throws<DataFormatException>(() => StructureFileLoader.Parse("s.yaml", text));
        Assert.Contains("the limit is 200", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AHugeFileIsRefusedBySize()
    {
        var e = Assert.Throws<DataFormatException>(() => StructureFileLoader.Parse("s.yaml", Small + "#" + new string('x', 2 << 20)));
        Assert.Contains("limit", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not: [valid")]
    [InlineData("- a list")]
    [InlineData("a: &x 1\nb: *x")]
    public void NotAStructureFileIsBadInput(string text) =>
        Assert.Throws<DataFormatException>(() => StructureFileLoader.Parse("s.yaml", text));

    [Fact]
    public void AReachabilityMatrixMustBeZeroOrOne()
    {
        string text = Small + "\nreachability:\n  - [0, 1]\n  - [2, 0]\n";
        var e = Assert.Throws<DataFormatException>(() => StructureFileLoader.Parse("s.yaml", text));
        Assert.Equal("reachability[b→a]", e.Column);
        var ok = StructureFileLoader.Parse("s.yaml", Small + "\nreachability:\n  - [0, 1]\n  - [0, 0]\n");
        Assert.True(ok.Reachability![0, 1]);
    }

    [Fact]
    public void AMissingFileIsBadInput() =>
        Assert.Throws<DataFormatException>(() => StructureFileLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-structure.yaml")));
}
