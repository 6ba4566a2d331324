using Junkan.Core.Citations;
using Junkan.Core.Network;
using Junkan.Reports.Network;

namespace Junkan.Reports.Tests.Network;

/// <summary>The network map and section from a hand-built plan: two sources, one hub at Fukuoka, the Niihama plant.</summary>
public sealed class NetworkReportTests
{
    private static readonly Provenance Src = Provenance.Of("user-input-example", 1);

    internal static NetworkReport Fixture()
    {
        IReadOnlyDictionary<string, double> none = new Dictionary<string, double>();
        var hub = new Facility("hub-fukuoka", "Fukuoka", "福岡", FacilityKind.Hub, new GeoPoint(33.60638889, 130.4180556), false, true, null,
            [new SizeOption("S", 1500, 600e6, 60e6)], 30000, 150, none, new HashSet<string>(), Src);
        var plant = new Facility("plant-niihama", "Niihama", "新居浜", FacilityKind.Plant, new GeoPoint(33.96027778, 133.2833333), true, true, null,
            [new SizeOption("existing", 5000, 0, 300e6)], 250000, 2000, new Dictionary<string, double> { ["Co"] = 0.95 }, new HashSet<string> { "ship" }, Src);
        var stream = new WasteFlow("lib-ev", "EV packs", "車載用LiB", 0.4, false, null, [new ElementContent("Co", 0.0283, 0.95, Src)], Src);
        var sources = new[]
        {
            new SourceSite("pref-40", "Fukuoka", "福岡県", new GeoPoint(33.60638889, 130.4180556), new Dictionary<string, double> { ["lib-ev"] = 400 }),
            new SourceSite("pref-43", "Kumamoto", "熊本県", new GeoPoint(32.80305556, 130.7077778), new Dictionary<string, double> { ["lib-ev"] = 150 }),
        };
        var truck = new TransportMode("truck", 25, 0, 0.216, 1.3, Src, Src);
        var ship = new TransportMode("ship", 5, 5000, 0.043, 1.5, Src, Src);
        var c = new NetworkCase("example", [stream], sources, [hub], [plant], [truck, ship],
            [new ElementValue("Co", 8950800, 8.3, null, Src, Src, null)], new Economics(0.05, 15, 0, 0.45, 30, Src), none, null, new Dictionary<string, double>());
        var report = new SolverReport(SolveStatus.Optimal, -1.0e6, -1.0e6, 0, 0.5, "SCIP", []);
        var plan = new NetworkPlan(report, [new OpenedSite(hub, hub.Sizes[0], 550), new OpenedSite(plant, plant.Sizes[0], 220)],
            [new Flow("pref-40", "hub-fukuoka", "lib-ev", "truck", 400, 0), new Flow("pref-43", "hub-fukuoka", "lib-ev", "truck", 150, 118)],
            [new Flow("hub-fukuoka", "plant-niihama", "lib-ev", "ship", 220, 420)], new Dictionary<string, double> { ["Co"] = 5.6 });
        var supply = new SupplyBasis("lib-ev", 2030, 550, SupplyBasis.CaseFile, "example", [new PublishedSupply("lib-ev", 2030, 500, Src, "example")]);
        return new NetworkReport(c, plan, PlanAccounting.Cost(c, plan), PlanAccounting.Co2(c, plan), PlanAccounting.Appraise(c, plan), [supply]);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void MapMatchesTheGoldenFile(string lang)
    {
        var r = Fixture();
        string svg = NetworkMap.Render(r.Case, r.Plan, new NetworkLabels(lang));
        string golden = Path.Combine(ReportFixture.GoldenFolder(), $"network-map.{lang}.svg");
        if (Environment.GetEnvironmentVariable("JUNKAN_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, svg);
        Assert.True(File.Exists(golden), $"missing golden file {golden}");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), svg.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void MapNamesTheSitesAndTheShipmentWithItsTonnes()
    {
        var r = Fixture();
        string svg = NetworkMap.Render(r.Case, r.Plan, new NetworkLabels("en"));
        Assert.Contains("<polygon", svg, StringComparison.Ordinal);          // the plant
        Assert.Contains("Niihama", svg, StringComparison.Ordinal);
        Assert.Contains("hub-fukuoka → plant-niihama EV packs ship 220 t/y", svg, StringComparison.Ordinal);
        Assert.Contains("text-anchor=\"end\"", svg, StringComparison.Ordinal);   // Niihama, at the right edge, is labelled to its left
    }

    [Theory]
    [InlineData("en", "Opened sites", "optimal")]
    [InlineData("ja", "開設拠点", "最適")]
    public void SectionHasThePlanTableTheSplitsAndTheStatusInEachLanguage(string lang, string heading, string status)
    {
        string html = NetworkReportHtml.Render(Fixture(), lang);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(status, html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("1.1", html, StringComparison.Ordinal);               // model 550 / published 500
        Assert.Contains($"lang=\"{lang}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Nested start", "2 site sizes", "-3.2 MJPY in 1.5 s")]
    [InlineData("ja", "入れ子の初期計画", "拠点・規模（2 件）", "-3.2 百万円、1.5 秒")]
    public void MultiPeriodSectionSaysWhichNestedStartTheSolverBeganFrom(string lang, string label, string candidates, string figures)
    {
        var r = Fixture();
        var report = r.Plan.Report with { Start = new NestedStart(2, 1.5, -3.2e6) };
        var periods = new MultiPeriodPlan(report, [new PeriodPlan(2030, 5, 4.546, r.Case, r.Plan), new PeriodPlan(2035, 5, 3.562, r.Case, r.Plan)]);
        string html = NetworkReportHtml.Render(r with { Periods = periods }, lang);
        Assert.Contains(label, html, StringComparison.Ordinal);
        Assert.Contains(candidates, html, StringComparison.Ordinal);
        Assert.Contains(figures, html, StringComparison.Ordinal);
        Assert.Contains(new NetworkLabels(lang)["ObjectivePv"], html, StringComparison.Ordinal);   // a present value, not per year
        Assert.DoesNotContain(label, NetworkReportHtml.Render(r with { Periods = periods with { Report = r.Plan.Report } }, lang), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Objective (net CO2e minimised), t CO2e/y", "cheapest of the lowest-CO2 plans")]
    [InlineData("ja", "目的関数（正味CO2e最小化、t-CO2e/年）", "最小排出の計画のうち最も費用の小さいもの")]
    public void LowestCo2PlanStatesItsObjectiveInTonnesOfCo2(string lang, string heading, string note)
    {
        var r = Fixture();
        var report = r.Plan.Report with { Objective = -42_559.4, Bound = -42_562.0, Minimised = PlanObjective.Co2 };
        string html = NetworkReportHtml.Render(r with { Plan = r.Plan with { Report = report } }, lang);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(note, html, StringComparison.Ordinal);
        Assert.Contains("-42,559", html, StringComparison.Ordinal);
        Assert.DoesNotContain(new NetworkLabels(lang)["Objective"], html, StringComparison.Ordinal);
        Assert.DoesNotContain(note, NetworkReportHtml.Render(r, lang), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Cost per tonne beside published figures", "(in range)")]
    [InlineData("ja", "トン当たり費用と公表値の比較", "（範囲内）")]
    public void SectionPutsThePlansCostPerTonneBesidePublishedFigures(string lang, string heading, string inRange)
    {
        var r = Fixture();
        // The plant: (300 MJPY fixed + 250,000 JPY/t × 220 t) / 220 t = 1,613,636 JPY/t treated.
        var published = PublishedCost.Of(CostMeasure.PlantTreatment, 1_500_000, (1_000_000, 2_000_000), Src, "example fee");
        string html = NetworkReportHtml.Render(r with { CostChecks = CostChecks.Of(r.Case, r.Plan, [published]) }, lang);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains("1,613,636", html, StringComparison.Ordinal);
        Assert.Contains("1.08 " + inRange, html, StringComparison.Ordinal);
        Assert.DoesNotContain(heading, NetworkReportHtml.Render(r, lang), StringComparison.Ordinal);
    }
}
