using System.Globalization;

namespace Junkan.Data.Tests.Network;

/// <summary>
/// The bundled municipal table (data/network/municipalities.csv) against the published 2020 census total and its
/// derivation (<see cref="MunicipalitiesTable"/>). Rebuild it with JUNKAN_UPDATE_GOLDEN=1 after a change of the inputs.
/// </summary>
public sealed class MunicipalitiesTableTests
{
    private static List<string[]> Rows() => File.ReadLines(MunicipalitiesTable.Output).Skip(1).Select(l => l.Split(',')).ToList();

    [Fact]
    public void SumsToThePublishedCensusTotalWithoutDoubleCounting()
    {
        var rows = Rows();
        // 1,916 localgovjp rows − the 20 designated cities (their 175 wards are the sources).
        Assert.Equal(1896, rows.Count);
        Assert.Equal(126_146_099, rows.Sum(f => long.Parse(f[6], CultureInfo.InvariantCulture)));
        Assert.Equal(rows.Count, rows.Select(f => f[0]).Distinct().Count());
        Assert.DoesNotContain(rows, f => f[1] is "札幌市" or "横浜市" or "大阪市" or "福岡市");
        Assert.Contains(rows, f => f[1] == "札幌市中央区" && f[6] == "248680");
        Assert.Contains(rows, f => f[0] == "13101" && f[1] == "千代田区");
        Assert.Equal(47, rows.Select(f => f[3]).Distinct().Count());
    }

    [Fact]
    public void PrefectureSumsEqualTheCensusPrefectureTable()
    {
        var byPref = Rows().GroupBy(f => f[3]).ToDictionary(g => g.Key, g => g.Sum(f => long.Parse(f[6], CultureInfo.InvariantCulture)));
        var prefectures = File.ReadLines(Junkan.Testing.TestRepository.Path("data", "network", "prefectures.csv")).Skip(1).Select(l => l.Split(','));
        foreach (var p in prefectures) Assert.Equal(long.Parse(p[6], CultureInfo.InvariantCulture), byPref[p[0]]);
    }

    [Fact]
    public void IsTheDerivationOfTheSharedSources()
    {
        string geo = MunicipalitiesTable.Shared("japan-geo", "localgovjp-utf8.csv");
        string census = MunicipalitiesTable.Shared("census-2020-municipal", "population_census_2020.csv");
        if (!File.Exists(geo) || !File.Exists(census))
        {
            // Outside the workplace the inputs are absent: the two tests above still check the table.
            Assert.True(File.Exists(MunicipalitiesTable.Output));
            return;
        }
        string built = MunicipalitiesTable.Build(geo, census, Junkan.Testing.TestRepository.Path("data", "network", "prefectures.csv"));
        if (Environment.GetEnvironmentVariable("JUNKAN_UPDATE_GOLDEN") == "1") File.WriteAllText(MunicipalitiesTable.Output, built);
        Assert.Equal(built, File.ReadAllText(MunicipalitiesTable.Output));
    }
}
