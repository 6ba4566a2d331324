using Junkan.Core.Elements;
using Junkan.Core.Policy;
using Junkan.Core.Risk;
using Junkan.Reports.Model;

namespace Junkan.Reports.Tests;

/// <summary>
/// A small fixed data set for report tests: cobalt with the MCS 2024 mine figures of 2023 (HHI 5,550 with the
/// reported world total), a made-up element "Xx" with N/A, no-data and proxy results, and one policy scenario.
/// Nothing here is bundled data; the report only has to render it faithfully.
/// </summary>
internal static class ReportFixture
{
    /// <summary>tests/Junkan.Reports.Tests/Golden, found above the test binaries.</summary>
    public static string GoldenFolder() => Junkan.Testing.TestRepository.Golden("Junkan.Reports.Tests");

    public static RiskReport Create(string xxName = "Testium")
    {
        var stability = new CountryStability(new Dictionary<string, IReadOnlyList<WgiEstimates>>
        {
            ["COD"] = [new WgiEstimates(2022, -1.5, -1.8, -1.6, -1.4, -1.6, -1.4, "wb-wgi-2024")],
            ["IDN"] = [new WgiEstimates(2022, 0.1, -0.4, 0.4, 0.2, -0.1, -0.4, "wb-wgi-2024")],
        });
        var assessor = new RiskAssessor(RiskSettings.Default, stability);
        var co = new ElementRiskInputs("Co", 2023,
            Reserves: null,
            MineProduction: new CountryDistribution("Mine production, t Co", 2023,
                [new("COD", 170_000), new("IDN", 17_000), new("RUS", 8_800), new("AUS", 5_900)], 28_300, 230_000, ["usgs-mcs-2024"]),
            RefineryProduction: null,
            ConcentrateImports: ImportPartners.NotApplicable(SupplyStage.Mine, "Japan imports no cobalt concentrates.", ["meti-2021-critical-minerals"]),
            RefinedImports: new ImportPartners(SupplyStage.Refined, ImportDataKind.Shares, 2019, [new("COD", 0.6), new("IDN", 0.3)], 4000, ["meti-2021-critical-minerals"]),
            Price: new PriceSeries("Price_dlb", "USD/lb", [new(2019, 15.5), new(2020, 15.6), new(2021, 23.7), new(2022, 29.7), new(2023, 15.0)], ["usgs-mcs-2024"]),
            Secondary: new SecondarySupply(0.22, 2023, ["ec-crm-2023"], "EU EOL-RIR 2023 (not Japan's own figure)"));
        var xx = new ElementRiskInputs("Xx", 2023,
            Reserves: new CountryDistribution("Reserves <test & check>", 2022, [new("CHN", 44_000_000), new("BRA", 21_000_000)], null, null, ["usgs-mcs-2024"], "Rare earths as a group"),
            MineProduction: null, RefineryProduction: null,
            ConcentrateImports: ImportPartners.NoData(SupplyStage.Mine, "No public partner shares."),
            RefinedImports: ImportPartners.NoData(SupplyStage.Refined, "No public partner shares."),
            Price: null, Secondary: null);
        var elements = new[] { co, xx }.Select(i => new ReportElement(i.Element, i.Element == "Co" ? "Cobalt" : xxName,
            i.Element == "Co" ? "コバルト" : "テスト元素", i, assessor.Assess(i))
        {
            Eu = i.Element == "Co" ? [new EuReference("Cobalt", 2.8, 6.8, "ec-crm-2023")] : [],
            Lists = i.Element == "Co"
                    ? [new ListMembership("jp-2023", true, "meti-2021-critical-minerals", ""), new ListMembership("eu-2023", true, "ec-crm-2023", "SR ≥ 1 and EI ≥ 2.8"),
                       new ListMembership("us-2022", null, "usgs-mcs-2024", "test: not stated")]
                    : [],
        }).ToArray();
        var scenario = new PolicyScenario("Test recycling", "Raise cobalt recycling by an assumed 10 % of demand.",
            [new RecyclingSupport("Co", "Battery recycling (+10 %)", 0.10, 1.0)]);
        var outcome = new PolicyEvaluator(assessor).Evaluate(scenario, new Dictionary<string, ElementRiskInputs> { ["Co"] = co });
        var manifest = new RunManifest("1.0.0+test", new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), "junkan report --out out",
            "config/risk-settings.json", [new InputFileHash("data/reference/production.csv", new string('a', 64), 1234)]);
        return new RiskReport(2023, elements, RiskSettings.Default,
            [new SettingRow("name", "junkan-default"), new SettingRow("hhi_denominator", "reported-world-total")],
            [new ReportSource("usgs-mcs-2024", "U.S. Geological Survey (2024). Mineral Commodity Summaries 2024.", "https://doi.org/10.3133/mcs2024"),
             new ReportSource("meti-2021-critical-minerals", "経済産業省 (2021) 重要鉱種戦略.", ""),
             new ReportSource("ec-crm-2023", "European Commission (2023). Study on the critical raw materials for the EU 2023.", ""),
             new ReportSource("wb-wgi-2024", "World Bank (2024). Worldwide Governance Indicators.", ""),
             new ReportSource("unused", "Not cited by any result.", "")],
            manifest, [outcome],
            new Dictionary<string, ReportCountry> { ["COD"] = new("COD", "Congo (Kinshasa)", "コンゴ民主共和国"), ["IDN"] = new("IDN", "Indonesia", "インドネシア") });
    }
}
