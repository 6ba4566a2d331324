using System.Globalization;

namespace Junkan.Data.Tests.Network;

/// <summary>
/// The PV capacity columns of data/network/prefectures.csv against their derivation from the vendored FIT/FIP table
/// (<see cref="PrefecturePvTable"/>) and against national figures. Rebuild with JUNKAN_UPDATE_GOLDEN=1.
/// </summary>
public sealed class PrefecturePvTableTests
{
    [Fact]
    public void IsTheDerivationOfTheVendoredFitTable()
    {
        string built = PrefecturePvTable.Build(PrefecturePvTable.Input, PrefecturePvTable.Output);
        if (Environment.GetEnvironmentVariable("JUNKAN_UPDATE_GOLDEN") == "1") File.WriteAllText(PrefecturePvTable.Output, built);
        Assert.Equal(built, File.ReadAllText(PrefecturePvTable.Output));
    }

    [Fact]
    public void NationalSumsCompareWithPublishedCumulativeCapacity()
    {
        var kw = PrefecturePvTable.Capacity(PrefecturePvTable.Input);
        Assert.Equal(47, kw.Count);
        Assert.Equal(1741, File.ReadLines(PrefecturePvTable.Input).Count() - 1);  // every municipality, Tokyo's 23 wards as municipalities
        double gw2023 = kw.Values.Sum(y => y[2023]) / 1e6, gw2015 = kw.Values.Sum(y => y[2015]) / 1e6;
        // IEA-PVPS National Survey Report 2021: 78.4 GW of all PV at the end of 2021 (about 90 GW expected by the end of
        // 2023); FIT/FIP leaves out pre-FIT and non-FIT systems, so its 72.0 GW is below them.
        Assert.Equal(72.0, gw2023, 1);
        Assert.InRange(gw2023 / 78.4, 0.85, 1.0);
        // End of 2015, three years into the FIT: 29.5 GW, a third of 2023's.
        Assert.Equal(29.5, gw2015, 1);
        // Utility-scale PV sits where land is: Ibaraki above Tokyo by 6x in 2023, although Tokyo has 5x the residents.
        Assert.True(kw["茨城県"][2023] > 6 * kw["東京都"][2023]);
    }

    [Fact]
    public void PvCaseSpreadsPanelsByTheCapacityOf2015()
    {
        string yaml = File.ReadAllText(Junkan.Testing.TestRepository.Path("data", "network", "pv-japan.yaml"));
        Assert.Contains("weight: pv_kw_2015", yaml, StringComparison.Ordinal);
        var rows = File.ReadLines(PrefecturePvTable.Output).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.True(double.Parse(r[^2], CultureInfo.InvariantCulture) > 0, r[1]));
    }
}
