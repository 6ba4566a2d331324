using Junkan.Core.Citations;
using Junkan.Core.Flows;
using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Reports.Model;

namespace Junkan.Reports.Tests;

/// <summary>
/// A small made-up recyclability data set for report tests: "Xa" with scrap and a modelled EV source and a published
/// comparison figure (100 t/y, about ten times the model: flagged), "Xb" with a primary by-product slime (40 t/y
/// output: shown, not counted), and "Xc" with scrap only; a price for Xa only (value density
/// 0.02 × 50,000 = 1,000 USD/t of sludge); 200 Monte Carlo draws, seed 7.
/// Nothing here is bundled data; the report only has to render it faithfully and cite every number.
/// </summary>
internal static class RecyclabilityReportFixture
{
    private static Estimate E(double v, string unit, string source, double? low = null, double? high = null) =>
        new Estimate(v, low ?? v, high ?? v, EstimateUnit.Parse(unit), Provenance.Of(source, 3, 2022));

    public static ElementProfile[] Profiles() =>
    [
        .. RawProfiles().Select(p => p.Element == "Xa"
            ? p with { Comparisons = [new PublishedFigure("Xa", "recovered_japan", E(100, "t/y", "cmp-a", 90, 110))] }
            : p),
    ];

    /// <summary>The profiles without published comparisons; Xa then gets one of 100 t/y (about 10x the model: flagged).</summary>
    private static ElementProfile[] RawProfiles() =>
    [
        new("Xa", E(100, "t/y", "demand-a", 80, 120), E(0.2, "fraction", "uses-a"), E(0.001, "fraction", "ore-a"), E(0.3, "fraction", "unep-2011"), null, null,
            [new ElementUse("Xa", "magnets", 0.6, 0.5, false, 2022, "uses-a", 3), new ElementUse("Xa", "pigments", 0.2, null, true, 2022, "uses-a", 3)],
        [
            new("Xa", "scrap", SourceKind.ProcessScrap, null, CollectionRoute.IndustrialWaste, "Grinding sludge <swarf>", "研削スラッジ",
                E(1000, "t/y", "scrap-a", 800, 1200), null, E(0.02, "fraction", "scrap-a"), E(0.5, "fraction", "junkan-assumption", 0.3, 0.7),
                E(0.7, "fraction", "junkan-assumption"), E(0.9, "fraction", "yield-a"), E(0.8, "fraction", "yield-a"), E(9, "TRL", "trl-a")),
            new("Xa", "ev", SourceKind.EndOfLifeProduct, "car", CollectionRoute.ElvLaw, "EV battery", "EV電池",
                null, null, null, E(0.9, "fraction", "collect-a"), null, E(0.9, "fraction", "yield-a"), E(0.9, "fraction", "yield-a"), E(8, "TRL", "trl-a")),
        ]),
        new("Xb", null, null, E(0.01, "fraction", "ore-b"), null, null, E(5000, "t", "stock-b"), [],
        [
            new("Xb", "slime", SourceKind.ByProduct, null, CollectionRoute.None, "Anode slime", "アノードスライム",
                null, null, E(0.05, "fraction", "slime-b"), E(0.95, "fraction", "slime-b"), null, null, null, E(9, "TRL", "slime-b"),
                Recovered: E(40, "t/y", "slime-b", 30, 50)),
        ]),
        new("Xc", E(50, "t/y", "demand-c"), E(0.5, "fraction", "uses-c"), E(0.002, "fraction", "ore-c"), null, null, null, [],
        [
            new("Xc", "swarf", SourceKind.ProcessScrap, null, CollectionRoute.WideAreaCertification, "Swarf", "切削くず",
                E(200, "t/y", "swarf-c"), null, E(0.1, "fraction", "swarf-c"), E(0.6, "fraction", "swarf-c", 0.5, 0.7), E(0.8, "fraction", "swarf-c"),
                E(0.95, "fraction", "swarf-c"), E(0.9, "fraction", "swarf-c"), E(7, "TRL", "swarf-c")),
        ]),
    ];

    /// <summary>EV batteries of "car" releasing 2 t of Xa in 2024 rising by 1 t a year to 8 t in 2030.</summary>
    public static ProductElementFlows Flows() => new ProductElementFlows().Add("car", "Xa", 2024, [2, 3, 4, 5, 6, 7, 8]);

    public static SelectionSettings Settings { get; } = new(
        Criteria.All.ToDictionary(c => c, c => c is Criterion.Recoverable or Criterion.DemandShare ? 2.0 : 1.0),
        selectCount: 2, year: 2024, forecastYear: 2030, horizons: [2027, 2030]);

    /// <summary>Xa with a secondary factor (net saving 9 t CO2e/t), Xc gross (10 t/t), Xb without a factor (a gap).</summary>
    private static readonly Dictionary<string, EmissionFactor> Factors = new()
    {
        ["Xa"] = new EmissionFactor("Xa", 10, 1, "co2-a", 2014),
        ["Xc"] = new EmissionFactor("Xc", 10, null, "co2-c", 2014),
    };

    public static RecyclabilityReport Create(bool citeEverything = true)
    {
        var profiles = Profiles();
        var risk = new Dictionary<string, double> { ["Xa"] = 0.75, ["Xc"] = 0.25 };
        var prices = new ElementPrices(new Dictionary<string, Estimate> { ["Xa"] = E(50_000, ElementPrices.Unit, "price-a", 40_000, 60_000) },
            new Dictionary<string, string> { ["Xb"] = "no price series (test)" });
        var result = MonteCarloSelection.Run(profiles, Settings, "reference", Flows(), null, risk, 200, 7, prices: prices);
        var elements = result.Elements.Select(sel =>
        {
            var p = profiles.Single(x => x.Element == sel.Element);
            var gaps = sel.Element == "Xb" ? [new ReportGap("slime", "yield_pre", "No published yield for slime treatment in Japan (test).")] : Array.Empty<ReportGap>();
            return new RecyclabilityElement(sel.Element, "Test " + sel.Element, "テスト" + sel.Element, p, sel,
                SourceTrajectory.Compute(p, Flows(), 2024, Settings.LastYear, CentralValues.Instance), gaps);
        }).ToArray();
        var external = new ExternalProvenance(
            new Dictionary<string, IReadOnlyList<string>> { ["car"] = ["sales-car", "life-car", "content-car"] },
            new Dictionary<string, IReadOnlyList<string>> { ["Xa"] = ["usgs-test"], ["Xc"] = ["usgs-test"] },
            new Dictionary<string, IReadOnlyList<string>> { ["Xa"] = ["price-a"] });
        var flows = FlowView();
        elements = elements.Select(e => e with
        {
            Comparisons = [.. PublishedComparison.Of(e.Selection.Central, e.Profile.Comparisons, external).Select(c => new SourcedComparison(c,
                [.. (c.Model is null ? [] : e.Symbol == "Xa" ? flows.SourceIds : FigureSources.OfTotals(e.Selection.Central, external)).Append(c.Figure.Published.SourceId).Distinct().Order(StringComparer.Ordinal)]))],
            Flows = e.Symbol == "Xa" ? flows : null,
            Carbon = CarbonEffect.Of([e.Selection.Central], Factors)[0],
        }).ToArray();
        string[] ids = ["demand-a", "uses-a", "ore-a", "unep-2011", "scrap-a", "junkan-assumption", "yield-a", "trl-a", "collect-a", "ore-b", "stock-b", "slime-b",
            "demand-c", "uses-c", "ore-c", "swarf-c", "sales-car", "life-car", "content-car", "usgs-test", "price-a", "cmp-a", "test-sankey", "nims-test", "co2-a", "co2-c", CarbonEffect.ScaleSourceId, RecyclabilityReport.SettingsSourceId];
        var sources = ids.Where(id => citeEverything || id != "slime-b").Select(id => new ReportSource(id, $"Test citation of {id}.", "")).ToArray();
        var manifest = new RunManifest("1.0.0+test", new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), "junkan report --part recyclability --out out",
            "config/selection-settings.json", [new InputFileHash("data/recyclability/recycling_sources.csv", new string('b', 64), 4321)]);
        return new RecyclabilityReport(result, elements, external,
            [new SettingRow("method", "weighted-sum"), new SettingRow("select_count", "2")], sources, manifest)
        { UrbanMine = UrbanMine(flows.Systems[0]) };
    }

    /// <summary>Xa's flow view: the Sankey fixture's copper-like system (test-sankey) in 2024, 200 draws, seed 1.</summary>
    public static ElementFlowView FlowView()
    {
        var inputs = Tests.Flows.SankeyFixture.Inputs();
        return new ElementFlowView(FlowSpread.Of(new ElementFlowModel(inputs), 2024, 200), FlowCoverage.Of(inputs), [ElementFlowBuilder.Build(inputs, 2030)], ["test-sankey"]);
    }

    /// <summary>
    /// Urban-mine rows: Xa 150,000 t published for 2008 against the system's in-use and disposal stocks of 2008
    /// (inside the system, which starts in 2000); Xc 900 t of 1995, before the system would start, taken in 2000 (shifted);
    /// Xb 5,000 t without a flow system (no model figure).
    /// </summary>
    public static IReadOnlyList<UrbanMineCheck> UrbanMine(ElementFlowSystem s)
    {
        double Stock(ProcessId p, int year) => s.System.StockOf(p, s.System.IndexOf(year));
        PublishedFigure F(string e, double t, int year) => new(e, "urban_mine_stock", new Estimate(t, t, t, EstimateUnit.Tonnes, Provenance.Of("nims-test", 4, year)));
        return
        [
            new(F("Xa", 150_000, 2008), 2008, Stock(ElementProcesses.Use, 2008), Stock(ElementProcesses.Disposal, 2008), ["test-sankey"]),
            new(F("Xb", 5_000, 2008), null, null, null, []),
            new(F("Xc", 900, 1995), 2000, Stock(ElementProcesses.Use, 2000), Stock(ElementProcesses.Disposal, 2000), ["test-sankey"]),
        ];
    }
}
