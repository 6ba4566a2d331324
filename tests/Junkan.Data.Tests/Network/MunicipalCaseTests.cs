using Junkan.Data.Network;

namespace Junkan.Data.Tests.Network;

/// <summary>The national municipal Li-ion case and the case key <c>max_source_arcs</c>.</summary>
public sealed class MunicipalCaseTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("junkan-municipal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Bundled(string name) => Junkan.Testing.TestRepository.Path("data", "network", name);

    [Fact]
    public void TheNationalMunicipalCaseSpreadsTheNationalTotalOverEveryMunicipality()
    {
        var c = NetworkCaseLoader.Load(Bundled(Path.Combine("municipal", "lib-japan-municipal.yaml")));
        Assert.Equal(1896, c.Sources.Count);
        Assert.Equal(50, c.Hubs.Count);
        Assert.Equal(6, c.MaxSourceArcs);
        Assert.Null(c.MaxHubs);
        // Fallback national total 9,500 t/y (no flow data here); 札幌市中央区: 248,680 of 126,146,099 people.
        Assert.Equal(9500, c.Sources.Sum(s => s.Supply["lib-ev"]), 6);
        Assert.Equal(9500.0 * 248680 / 126146099, c.Sources.Single(s => s.Id == "muni-01101").Supply["lib-ev"], 9);
    }

    [Fact]
    public void ThePrefectureCaseHasNoArcReduction() => Assert.Null(NetworkCaseLoader.Load(Bundled("lib-japan.yaml")).MaxSourceArcs);

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    [InlineData("-3")]
    public void MaxSourceArcsMustBeAWholeNumberOfAtLeastOne(string value)
    {
        string text = File.ReadAllText(Bundled("lib-japan.yaml")).Replace("max_hubs: 12", $"max_hubs: 12\nmax_source_arcs: {value}", StringComparison.Ordinal);
        string path = Path.Combine(_dir, "case.yaml");
        File.WriteAllText(path, text);
        File.Copy(Bundled("prefectures.csv"), Path.Combine(_dir, "prefectures.csv"));
        var e = Assert.Throws<DataFormatException>(() => NetworkCaseLoader.Load(path));
        Assert.Contains("max_source_arcs", e.Message, StringComparison.Ordinal);
        Assert.Equal(path, e.File);
    }
}
