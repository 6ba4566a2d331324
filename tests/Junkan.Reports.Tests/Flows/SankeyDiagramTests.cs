using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Junkan.Core.Flows;
using Junkan.Core.Recyclability;
using Junkan.Reports.Flows;

namespace Junkan.Reports.Tests.Flows;

public sealed partial class SankeyDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Golden files: set JUNKAN_UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.</summary>
    [Theory]
    [InlineData("en", false)]
    [InlineData("ja", false)]
    [InlineData("en", true)]
    public void Svg_matches_the_golden_file(string lang, bool split)
    {
        string svg = SankeyDiagram.Svg(SankeyFixture.Create(), 2020, lang, new SankeyOptions { SplitEndOfLifeByUse = split });
        string golden = Junkan.Testing.TestRepository.Path("tests", "Junkan.Reports.Tests", "Flows", "golden", $"sankey-cu-2020{(split ? "-split" : "")}.{lang}.svg");
        if (Environment.GetEnvironmentVariable("JUNKAN_UPDATE_GOLDEN") == "1") File.WriteAllText(golden, svg);
        Assert.True(File.Exists(golden), $"missing golden file {golden}");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), svg.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Svg_is_well_formed_standalone_and_without_script()
    {
        var doc = XDocument.Parse(SankeyDiagram.Svg(SankeyFixture.Create(), 2020, "en"));
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Empty(doc.Descendants(Svg + "script"));
        Assert.DoesNotContain("http", string.Concat(doc.Descendants().Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => a.Value)), StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", doc.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Link_widths_are_proportional_to_their_values_except_tiny_ones_drawn_at_the_minimum()
    {
        var doc = XDocument.Parse(SankeyDiagram.Svg(SankeyFixture.Create(), 2020, "en"));
        double scale = D(doc.Root!.Attribute("data-scale")!.Value);
        var links = Links(doc);
        Assert.Equal(13, links.Count);   // every kind but the secondary export, which is 0
        foreach (var l in links.Where(l => !l.Tiny)) Assert.InRange(l.Width - l.Value * scale, -0.006, 0.006);   // drawn to 0.01 px
        var tiny = Assert.Single(links, l => l.Tiny);
        Assert.Equal("Dissipation", tiny.Kind);
        Assert.Equal(SankeyOptions.Default.MinimumWidth, tiny.Width, 6);
        var largest = links.MaxBy(l => l.Value)!;
        var smallest = links.Where(l => !l.Tiny).MinBy(l => l.Value)!;
        Assert.InRange(largest.Width / smallest.Width / (largest.Value / smallest.Value), 0.999, 1.001);
    }

    [Fact]
    public void The_scale_bar_is_drawn_to_the_same_scale_as_the_links()
    {
        var doc = XDocument.Parse(SankeyDiagram.Svg(SankeyFixture.Create(), 2020, "en"));
        double scale = D(doc.Root!.Attribute("data-scale")!.Value);
        var bar = doc.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("class") == "scale-bar");
        Assert.InRange(D(bar.Attribute("height")!.Value) - D(bar.Attribute("data-value")!.Value) * scale, -0.006, 0.006);
    }

    [Fact]
    public void Every_link_has_a_tooltip_with_from_to_kind_value_year_and_basis()
    {
        var system = SankeyFixture.Create();
        var doc = XDocument.Parse(SankeyDiagram.Svg(system, 2020, "en"));
        var paths = doc.Descendants(Svg + "path").Where(p => p.Attribute("data-kind") is not null).ToList();
        Assert.All(paths, p =>
        {
            string title = p.Element(Svg + "title")!.Value;
            Assert.Contains(" → ", title, StringComparison.Ordinal);
            Assert.Contains("t/y", title, StringComparison.Ordinal);
            Assert.Contains("2020, demand published for this year", title, StringComparison.Ordinal);
        });
        // The primary input of 2020 with thousands separators, as the system computes it.
        double primary = system.System.Total(FlowKind.PrimaryInput, system.System.IndexOf(2020));
        Assert.True(primary >= 1000, $"primary {primary}");   // shows the thousands separator
        Assert.Contains(paths, p => p.Element(Svg + "title")!.Value.Contains($"Primary input (ores, concentrates, refined metal): {primary.ToString("#,##0", CultureInfo.InvariantCulture)} t/y", StringComparison.Ordinal));
        var projected = XDocument.Parse(SankeyDiagram.Svg(system, 2025, "en")).Descendants(Svg + "path").First(p => p.Attribute("data-kind") is not null);
        Assert.Contains("2025, demand projected beyond the last published year", projected.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Japanese_and_English_render_their_own_labels()
    {
        var system = SankeyFixture.Create();
        string en = SankeyDiagram.Svg(system, 2020, "en"), ja = SankeyDiagram.Svg(system, 2020, "ja");
        Assert.Contains("Fabrication and manufacturing", en, StringComparison.Ordinal);
        Assert.Contains("Imports (from outside Japan)", en, StringComparison.Ordinal);
        Assert.Contains("Loss dissipated to the environment", en, StringComparison.Ordinal);
        Assert.Contains("素材加工・製品製造", ja, StringComparison.Ordinal);
        Assert.Contains("輸入（国外から）", ja, StringComparison.Ordinal);
        Assert.Contains("損失：環境中への散逸", ja, StringComparison.Ordinal);
        Assert.Contains("t/年", ja, StringComparison.Ordinal);
        Assert.DoesNotContain("Fabrication and manufacturing", ja, StringComparison.Ordinal);
        Assert.DoesNotMatch(JapaneseRegex(), en);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes_in_any_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            string a = SankeyDiagram.Svg(SankeyFixture.Create(), 2020, "en");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            string b = SankeyDiagram.Svg(SankeyFixture.Create(), 2020, "en");
            Assert.Equal(a, b);
            Assert.Equal(SankeyDiagram.Html(SankeyFixture.Create(), 2020, "ja"), SankeyDiagram.Html(SankeyFixture.Create(), 2020, "ja"));
        }
        finally { CultureInfo.CurrentCulture = before; }
    }

    [Fact]
    public void Zero_flows_are_omitted_from_the_diagram_but_listed_in_the_table()
    {
        // The fixture recovers less than fabrication needs: no secondary metal is exported.
        var system = SankeyFixture.Create();
        Assert.Equal(0, system.System.Total(FlowKind.SecondaryExport, system.System.IndexOf(2020)));
        var doc = XDocument.Parse(SankeyDiagram.Svg(system, 2020, "en"));
        var kinds = Links(doc).Select(l => l.Kind).ToHashSet();
        Assert.DoesNotContain("SecondaryExport", kinds);
        Assert.Contains("RecoveredEndOfLife", kinds);
        Assert.All(Links(doc), l => Assert.True(l.Value > 0));
        Assert.Contains("Exported secondary metal", SankeyDiagram.Html(system, 2020, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void Splitting_by_use_draws_one_end_of_life_link_per_non_dissipative_use_with_the_same_sum()
    {
        var system = SankeyFixture.Create();
        var aggregated = Links(XDocument.Parse(SankeyDiagram.Svg(system, 2020, "en"))).Where(l => l.Kind == "EndOfLife").ToList();
        var split = Links(XDocument.Parse(SankeyDiagram.Svg(system, 2020, "en", new SankeyOptions { SplitEndOfLifeByUse = true }))).Where(l => l.Kind == "EndOfLife").ToList();
        Assert.Single(aggregated);
        Assert.Equal(2, split.Count);
        Assert.Equal(aggregated[0].Value, split.Sum(l => l.Value), 9);
    }

    [Fact]
    public void A_use_name_with_markup_is_escaped_in_the_svg_and_the_page()
    {
        var system = SankeyFixture.Create(wire: "<script>alert(1)</script>");
        string svg = SankeyDiagram.Svg(system, 2020, "en", new SankeyOptions { SplitEndOfLifeByUse = true });
        string html = SankeyDiagram.Html(system, 2020, "en", new SankeyOptions { SplitEndOfLifeByUse = true });
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        _ = XDocument.Parse(svg);
    }

    [Fact]
    public void A_year_without_any_flow_draws_the_processes_and_no_link()
    {
        var inputs = SankeyFixture.Inputs();
        var empty = new ElementFlowInputs(inputs.Element, [new DemandPoint(2000, new Estimate(0, 0, 0, inputs.Demand[0].Tonnes.Unit, inputs.Demand[0].Tonnes.Provenance))], inputs.Uses);
        var doc = XDocument.Parse(SankeyDiagram.Svg(ElementFlowBuilder.Build(empty, 2005), 2003, "en"));
        Assert.Empty(Links(doc));
        Assert.Equal(9, doc.Descendants(Svg + "rect").Count(r => (string?)r.Attribute("class") == "node"));
    }

    private sealed record Link(string Kind, double Value, double Width, bool Tiny);

    private static List<Link> Links(XDocument doc) =>
        [.. doc.Descendants(Svg + "path").Where(p => p.Attribute("data-kind") is not null)
            .Select(p => new Link(p.Attribute("data-kind")!.Value, D(p.Attribute("data-value")!.Value), D(p.Attribute("stroke-width")!.Value), p.Attribute("data-tiny") is not null))];

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex("[\u3040-\u30ff\u4e00-\u9fff]")]
    private static partial Regex JapaneseRegex();
}
