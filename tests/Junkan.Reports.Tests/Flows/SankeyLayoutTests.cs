using System.Globalization;
using System.Xml.Linq;
using Junkan.Reports.Flows;

namespace Junkan.Reports.Tests.Flows;

/// <summary>Geometry of the drawing for systems of very different shapes: nothing overlaps, everything is inside the picture.</summary>
public sealed class SankeyLayoutTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string, int, bool> Cases() => new()
    {
        { "dissipative", 2020, false }, { "secondary-export", 2020, false }, { "five-uses", 2020, true }, { "five-uses", 2050, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Nodes_of_a_column_do_not_overlap_and_stay_inside_the_picture(string name, int year, bool split)
    {
        var system = SankeyFixture.Extremes().Single(e => e.Name == name).System;
        foreach (var lang in new[] { "en", "ja" })
        {
            string svg = SankeyDiagram.Svg(system, year, lang, new SankeyOptions { SplitEndOfLifeByUse = split });
            Preview($"{name}-{year}{(split ? "-split" : "")}.{lang}.svg", svg);
            Preview($"{name}-{year}{(split ? "-split" : "")}.{lang}.html", SankeyDiagram.Html(system, year, lang, new SankeyOptions { SplitEndOfLifeByUse = split }));
            var doc = XDocument.Parse(svg);
            double height = D(doc.Root!.Attribute("height")!.Value), width = D(doc.Root!.Attribute("width")!.Value);
            var nodes = doc.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "node")
                .Select(r => (X: D(r.Attribute("x")!.Value), Y: D(r.Attribute("y")!.Value), H: D(r.Attribute("height")!.Value))).ToList();
            Assert.Equal(9, nodes.Count);
            foreach (var column in nodes.GroupBy(n => n.X))
            {
                var sorted = column.OrderBy(n => n.Y).ToList();
                for (int i = 1; i < sorted.Count; i++) Assert.True(sorted[i].Y >= sorted[i - 1].Y + sorted[i - 1].H + 20, $"{name}: nodes overlap at x {column.Key}");
            }
            Assert.All(nodes, n => Assert.InRange(n.Y + n.H, 0, height - SankeyLegendHeight));
            Assert.All(nodes, n => Assert.InRange(n.X, 0, width));
        }
    }

    private const double SankeyLegendHeight = 90;

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>Writes the drawing to JUNKAN_SANKEY_PREVIEW (a folder) when set, to look at it in a browser.</summary>
    private static void Preview(string file, string svg)
    {
        string? folder = Environment.GetEnvironmentVariable("JUNKAN_SANKEY_PREVIEW");
        if (!string.IsNullOrEmpty(folder)) File.WriteAllText(Path.Combine(folder, file), svg);
    }
}
