using Junkan.Core.Policy;
using Junkan.Data.Reference;
using Junkan.Data.Scenarios;

namespace Junkan.Data.Tests.Scenarios;

/// <summary>Scenario files: the bundled examples load; each mistake is an error naming file, line and key.</summary>
public sealed class ScenarioFileTests : IDisposable
{
    private static readonly ReferenceData Data = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());
    private static readonly HashSet<string> Countries = ["AUS", "USA", "MYS", "CHN", "JPN"];
    private readonly string dir = Directory.CreateTempSubdirectory("junkan-scen-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    private string Write(string yaml)
    {
        string f = Path.Combine(dir, "s.yaml");
        File.WriteAllText(f, yaml);
        return f;
    }

    [Theory]
    [InlineData("ree-diversify.yaml", 3)]
    [InlineData("recycling-push.yaml", 2)]
    public void Bundled_examples_load(string file, int measures)
    {
        string path = Path.Combine(TestPaths.RepositoryRoot(), "examples", "scenarios", file);
        var s = new ScenarioFile(Data, Countries).Load(path);
        Assert.Equal(measures, s.Measures.Count);
    }

    [Theory]
    [InlineData("name: x\nmeasures:\n  - kind: upstream\n    element: Co\n    country: XXX\n    added_mine_t: 1\n", 5, "country", "XXX")]
    [InlineData("name: x\nmeasures:\n  - kind: upstream\n    element: Unobtainium\n    country: AUS\n", 4, "element", "Unobtainium")]
    [InlineData("name: x\nmeasures:\n  - kind: substitution\n    element: Co\n    application: flying-cars\n    reduction: 0.5\n", 5, "application", "flying-cars")]
    [InlineData("name: x\nmeasures:\n  - kind: tariff\n    element: Co\n", 3, "kind", "tariff")]
    [InlineData("name: x\nmeasures:\n  - kind: recycling\n    element: Co\n    added_share: 1.5\n", 5, "added_share", "1.5")]
    [InlineData("name: x\nmeasures:\n  - kind: upstream\n    element: Co\n    country: AUS\n    added_mine_t: -10\n", 6, "added_mine_t", "negative")]
    [InlineData("name: x\nmeasures:\n  - kind: upstream\n    element: Co\n    country: AUS\n    colour: red\n", 6, "colour", "unknown key")]
    public void Mistakes_name_line_key_and_value(string yaml, int line, string key, string text)
    {
        var e = Assert.Throws<DataFormatException>(() => new ScenarioFile(Data, Countries).Load(Write(yaml)));
        Assert.Equal(("s.yaml", line, key), (e.File, e.Row, e.Column));
        Assert.Contains(text, e.Message);
    }

    [Fact]
    public void Broken_yaml_names_the_line()
    {
        var e = Assert.Throws<DataFormatException>(() => new ScenarioFile(Data, Countries).Load(Write("name: x\nmeasures:\n  - kind: [unclosed\n")));
        Assert.Equal("s.yaml", e.File);
        Assert.NotNull(e.Row);
    }

    [Fact]
    public void Recycling_needs_a_baseline_share_and_says_so()
    {
        var s = new ScenarioFile(Data, Countries).Load(Write("name: x\nmeasures:\n  - kind: recycling\n    element: I\n    added_share: 0.1\n"));
        var m = Assert.IsType<RecyclingSupport>(s.Measures.Single());
        Assert.Equal(0.1, m.AddedShare);
    }
}

public sealed class SubstitutionScenarioTests : IDisposable
{
    private static readonly ReferenceData Data = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());
    private readonly string dir = Directory.CreateTempSubdirectory("junkan-subst-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Example_loads_with_the_stated_shares()
    {
        string path = Path.Combine(TestPaths.RepositoryRoot(), "examples", "scenarios", "magnet-substitution.yaml");
        var s = new ScenarioFile(Data, new HashSet<string>()).Load(path);
        var nd = Assert.IsType<Substitution>(s.Measures[0]);
        Assert.Equal(0.60 * 0.33, nd.DemandReduction, 12);
    }

    [Fact]
    public void A_known_application_without_a_sourced_share_needs_application_share()
    {
        string f = Path.Combine(dir, "s.yaml");
        File.WriteAllText(f, "name: x\nmeasures:\n  - kind: substitution\n    element: Co\n    application: batteries\n    reduction: 0.5\n");
        var e = Assert.Throws<DataFormatException>(() => new ScenarioFile(Data, new HashSet<string>()).Load(f));
        Assert.Equal("application_share", e.Column);
    }
}
