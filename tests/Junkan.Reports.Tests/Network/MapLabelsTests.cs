using Junkan.Reports.Network;

namespace Junkan.Reports.Tests.Network;

/// <summary>The map's name placement: a lone name sits right of its mark, two names at one point (a hub and a plant in the same city) do not overlap.</summary>
public sealed class MapLabelsTests
{
    private static (double X0, double Y0, double X1, double Y1) Box((double X, double Y, string Anchor) p, double w) =>
        p.Anchor == "end" ? (p.X - w, p.Y - 10, p.X, p.Y + 2) : (p.X, p.Y - 10, p.X + w, p.Y + 2);

    [Fact]
    public void ALoneNameSitsRightOfItsMarkAndNearTheRightEdgeLeftOfIt()
    {
        var labels = new MapLabels(720);
        Assert.Equal((109, 204, "start"), labels.Place(100, 200, "Sapporo"));
        Assert.Equal((641, 204, "end"), labels.Place(650, 200, "Naha"));
    }

    [Fact]
    public void TwoNamesAtOnePointAndANeighbourDoNotOverlap()
    {
        var labels = new MapLabels(720);
        string[] names = ["Fukuoka", "Fukuoka (candidate refinery)", "福岡（候補精製施設）"];
        var placed = names.Select(n => (Pos: labels.Place(300, 300, n), Width: n.Sum(ch => ch > 0x2E80 ? 11.0 : 6.2))).ToList();
        for (int i = 0; i < placed.Count; i++)
            for (int j = i + 1; j < placed.Count; j++)
            {
                var a = Box(placed[i].Pos, placed[i].Width);
                var b = Box(placed[j].Pos, placed[j].Width);
                Assert.False(a.X0 < b.X1 && b.X0 < a.X1 && a.Y0 < b.Y1 && b.Y0 < a.Y1, $"'{names[i]}' at {placed[i].Pos} overlaps '{names[j]}' at {placed[j].Pos}");
            }
    }
}
