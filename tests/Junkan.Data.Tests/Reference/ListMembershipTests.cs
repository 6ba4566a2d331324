using Junkan.Data.Reference;

namespace Junkan.Data.Tests.Reference;

/// <summary>list_memberships.csv agrees with the data it cites: the EU thresholds on eu_crm_2023.csv and the US list in MCS 2024 table T4.</summary>
public class ListMembershipTests
{
    private static readonly ReferenceData Data = ReferenceDataLoader.Load(TestPaths.ReferenceFolder());

    [Fact]
    public void Every_element_has_a_row_for_every_list()
    {
        foreach (var e in Data.Elements)
            foreach (var list in ReferenceDataValidator.KnownLists)
                Assert.Single(Data.Lists, l => l.Element == e.Symbol && l.List == list);
    }

    [Fact]
    public void Eu_membership_follows_the_2023_thresholds_except_the_strategic_copper_and_nickel()
    {
        foreach (var l in Data.Lists.Where(l => l.List == "eu-2023"))
        {
            var materials = Data.EuCrm.Where(m => m.Element == l.Element).ToArray();
            bool critical = materials.Any(m => m.SupplyRisk >= 1 && m.EconomicImportance >= 2.8);
            bool expected = critical || l.Element is "Cu" or "Ni";
            Assert.True(expected == l.Member, $"{l.Element}: eu-2023 member {l.Member}, thresholds say {critical}");
        }
    }

    [Fact]
    public void Us_membership_matches_the_2022_list_in_mcs_2024_table_t4()
    {
        string t4 = TestPaths.Raw("usgs-mcs", "mcs2024", "trends", "MCS2024_T4_Critical_Minerals_End_Use.csv");
        var listed = CsvTable.Read(t4, "Critical Mineral").Rows.Select(r => r.Required("Critical Mineral").Trim()).ToHashSet();
        Assert.Equal(50, listed.Count);
        foreach (var l in Data.Lists.Where(l => l.List == "us-2022" && l.Element != "REE"))
        {
            string name = Data.Element(l.Element).NameEn.Split(' ')[0] switch
            {
                "Fluorine" => "Fluorspar",
                "Phosphorus" => "Phosphate rock",
                "Natural" => "Graphite",
                var n => n,
            };
            Assert.True(listed.Contains(name) == l.Member, $"{l.Element} ({name}): us-2022 member {l.Member}");
        }
    }
}
