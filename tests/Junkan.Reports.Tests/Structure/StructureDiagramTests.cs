using Junkan.Core.Structure;
using Junkan.Reports.Structure;

namespace Junkan.Reports.Tests.Structure;

/// <summary>The structure diagrams from the hand-computed 3 × 3 case (docs/methods/structure.md; T = (1/43)[[9,36,40],[16,21,52],[4,16,13]]).</summary>
public sealed class StructureDiagramTests
{
    internal static StructureAnalysis Fixture()
    {
        Factor[] factors =
        [
            new(new FactorId("collection"), "回収量", "Collection volume", "logistics"),
            new(new FactorId("cost"), "再資源化コスト", "Recycling cost", "economic"),
            new(new FactorId("export"), "海外流出", "Export", "market"),
        ];
        return StructureAnalysis.Run(new InfluenceMatrix(factors, [new double[,] { { 0, 2, 1 }, { 1, 0, 3 }, { 0, 1, 0 } }]));
    }

    private static void Golden(string name, string svg)
    {
        string golden = Path.Combine(ReportFixture.GoldenFolder(), name);
        if (Environment.GetEnvironmentVariable("JUNKAN_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, svg);
        Assert.True(File.Exists(golden), $"missing golden file {golden}");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), svg.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void CauseEffectDiagramMatchesTheGoldenFile(string lang) =>
        Golden($"structure-cause-effect.{lang}.svg", CauseEffectDiagram.Render(Fixture(), new StructureLabels(lang), example: true));

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void LevelDiagramMatchesTheGoldenFile(string lang)
    {
        var s = Fixture();
        Golden($"structure-levels.{lang}.svg", IsmLevelDiagram.Render(s, Ism.Initial(s.Dematel), new StructureLabels(lang), example: false));
    }

    [Fact]
    public void CauseEffectDiagramDrawsTheThreeArrowsAboveTheMeanAndSaysItIsAnExample()
    {
        string svg = CauseEffectDiagram.Render(Fixture(), new StructureLabels("en"), example: true);
        // θ = 23/43 = 0.535: collection → cost (0.837), collection → export (0.930), cost → export (1.209).
        Assert.Equal(3, svg.Split("marker-end=").Length - 1);
        Assert.Contains("Collection volume → Export: t = 0.930", svg, StringComparison.Ordinal);
        Assert.Contains("the ratings are not findings", svg, StringComparison.Ordinal);
        Assert.Contains("0.535 (mean of T)", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void JapaneseDiagramsCarryJapaneseLabels()
    {
        var s = Fixture();
        string svg = CauseEffectDiagram.Render(s, new StructureLabels("ja"), example: false) + IsmLevelDiagram.Render(s, Ism.Initial(s.Dematel), new StructureLabels("ja"), false);
        Assert.Contains("中心度", svg, StringComparison.Ordinal);
        Assert.Contains("階層 3", svg, StringComparison.Ordinal);
        Assert.Contains("海外流出", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Prominence", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Small, scattered collection volume", 2)]
    [InlineData("Export", 1)]
    [InlineData("回収金属の価値が再資源化コストを下回る", 2)]
    public void LongLabelsWrapToTwoLines(string label, int lines) => Assert.Equal(lines, IsmLevelDiagram.Wrap(label, 140).Count);

    [Fact]
    public void LabelsAreEscaped()
    {
        var s = StructureAnalysis.Run(new InfluenceMatrix([new Factor(new FactorId("a"), "", "<script>", "x"), new Factor(new FactorId("b"), "", "B & C", "x")], [new double[,] { { 0, 1 }, { 0, 0 } }]));
        string svg = CauseEffectDiagram.Render(s, new StructureLabels("en"), false) + IsmLevelDiagram.Render(s, Ism.Initial(s.Dematel), new StructureLabels("en"), false);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("B &amp; C", svg, StringComparison.Ordinal);
    }
}
