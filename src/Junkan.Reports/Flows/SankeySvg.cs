using System.Globalization;
using System.Text;
using Junkan.Core.Flows;
using static Junkan.Reports.Flows.SankeyText;

namespace Junkan.Reports.Flows;

/// <summary>
/// Writes a <see cref="SankeyScene"/> as one standalone SVG (no script, no external font or image): title, column
/// headers with each process's throughput or stock, the bands (each with a &lt;title&gt; tooltip), the nodes, value
/// labels on the wider bands, the labels of the sinks and a legend with the width scale.
/// </summary>
internal static class SankeySvg
{
    private const string Font = "system-ui,-apple-system,'Segoe UI','Hiragino Sans','Noto Sans CJK JP','Yu Gothic','IPAGothic',sans-serif";

    public static string Render(SankeyScene s)
    {
        var sb = new StringBuilder();
        double legendTop = s.Y(s.Layout.Bottom) + 30, height = legendTop + SankeyLegend.Height;
        string title = Title(s);
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sankey\" viewBox=\"0 0 {F(s.Width)} {F(height)}\" width=\"{F(s.Width)}\" height=\"{F(height)}\" role=\"img\" aria-label=\"{Enc(title)}\" font-family=\"{Font}\" data-scale=\"{s.Layout.Scale.ToString("R", CultureInfo.InvariantCulture)}\">\n");
        sb.Append("<title>").Append(Enc(title)).Append("</title>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<rect width=\"{F(s.Width)}\" height=\"{F(height)}\" fill=\"#fff\"/>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(SankeyScene.Left)}\" y=\"30\" font-size=\"18\" font-weight=\"700\" fill=\"#1d2a36\">{Enc(title)}</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(SankeyScene.Left)}\" y=\"52\" font-size=\"12\" fill=\"#555\">{Enc(s.Text.Format("Sankey_Subtitle", s.Text.Basis(s.Totals.Basis)))}</text>\n");
        Headers(sb, s);
        SankeyBands.Render(sb, s);
        Nodes(sb, s);
        SankeyBands.Labels(sb, s);
        SinkLabels(sb, s);
        SankeyLegend.Render(sb, s, legendTop);
        return sb.Append("</svg>\n").ToString();
    }

    public static string Title(SankeyScene s) => s.Text.Format("Sankey_Title", s.Text.Text.Symbol(s.Element), s.Year);

    /// <summary>Column headers of the processes of columns 0..5, with a dotted guide down to the node.</summary>
    private static void Headers(StringBuilder sb, SankeyScene s)
    {
        sb.Append("<g class=\"headers\" font-size=\"11\" fill=\"#1d2a36\">\n");
        foreach (var n in Enum.GetValues<SankeyNode>().Where(n => SankeyModel.Column(n) < 6))
        {
            var item = s.Layout.NodeItem(n);
            double x = s.X(item) + SankeyLayout.NodeWidth / 2, y = SankeyScene.HeaderTop;
            string anchor = n == SankeyNode.Imports ? "start" : "middle";
            double tx = n == SankeyNode.Imports ? SankeyScene.Left : x;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(tx)}\" text-anchor=\"{anchor}\" font-weight=\"600\">");
            var lines = s.Headers[(int)n];
            for (int i = 0; i < lines.Count; i++) sb.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{F(tx)}\" y=\"{F(y + i * SankeyScene.LineHeight)}\">{Enc(lines[i])}</tspan>");
            sb.Append("</text>\n");
            var values = ValueLines(s, n);
            double vy = y + lines.Count * SankeyScene.LineHeight + 1;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(tx)}\" text-anchor=\"{anchor}\" font-size=\"10\" fill=\"#555\">");
            for (int i = 0; i < values.Count; i++) sb.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{F(tx)}\" y=\"{F(vy + i * SankeyScene.LineHeight)}\">{Enc(values[i])}</tspan>");
            sb.Append("</text>\n");
            double guideTop = vy + (values.Count - 1) * SankeyScene.LineHeight + 6, guideBottom = s.Y(item.Y) - 3;
            if (guideBottom > guideTop)
                sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{F(guideTop)}\" y2=\"{F(guideBottom)}\" stroke=\"#c3cad1\" stroke-dasharray=\"1 3\"/>\n");
        }
        sb.Append("</g>\n");
    }

    /// <summary>The figures under a node's name: throughput in t/y, or for the in-use stock the stock (t) and its change (t/y).</summary>
    public static IReadOnlyList<string> ValueLines(SankeyScene s, SankeyNode n)
    {
        var (input, output) = s.Throughput(n);
        if (n == SankeyNode.Use)
        {
            double stock = s.System.System.StockOf(ElementProcesses.Use, s.T);
            double change = s.Balances.First(b => b.Process == ElementProcesses.Use).StockChange;
            return [s.Text.Format("Sankey_Stock", Tonnes(stock)), s.Text.Format("Sankey_StockChange", Signed(change), s.Text.Unit)];
        }
        return [$"{Tonnes(Math.Max(input, output))} {s.Text.Unit}"];
    }

    private static void Nodes(StringBuilder sb, SankeyScene s)
    {
        sb.Append("<g class=\"nodes\">\n");
        foreach (var item in s.Layout.Items.Where(i => i.Node is not null))
        {
            var n = item.Node!.Value;
            bool boundary = n is SankeyNode.Imports or SankeyNode.Exports;
            string style = boundary ? $"fill=\"#fff\" stroke=\"{SankeyPalette.Boundary}\" stroke-width=\"1.5\" stroke-dasharray=\"4 2\"" : $"fill=\"{SankeyPalette.Node}\"";
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"node\" data-node=\"{n}\" x=\"{F(s.X(item))}\" y=\"{F(s.Y(item.Y))}\" width=\"{F(SankeyLayout.NodeWidth)}\" height=\"{F(item.Height)}\" {style}>");
            sb.Append("<title>").Append(Enc(s.Text.Node(n) + ": " + string.Join(", ", ValueLines(s, n)))).Append("</title></rect>\n");
        }
        sb.Append("</g>\n");
    }

    /// <summary>Labels of exports, disposal and environment, right of their nodes.</summary>
    private static void SinkLabels(StringBuilder sb, SankeyScene s)
    {
        sb.Append("<g class=\"sink-labels\" font-size=\"11\" fill=\"#1d2a36\">\n");
        foreach (var item in s.Layout.Column(6))
        {
            var n = item.Node!.Value;
            var lines = Wrap(s.Text.Node(n), SankeyScene.RightRoom - 20, SankeyScene.HeaderFont);
            double x = s.X(item) + SankeyLayout.NodeWidth + 6, y = s.Y(item.Center) - (lines.Count + 1) * SankeyScene.LineHeight / 2 + 10;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" font-weight=\"600\">");
            for (int i = 0; i < lines.Count; i++) sb.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{F(x)}\" y=\"{F(y + i * SankeyScene.LineHeight)}\">{Enc(lines[i])}</tspan>");
            sb.Append(CultureInfo.InvariantCulture, $"</text><text x=\"{F(x)}\" y=\"{F(y + lines.Count * SankeyScene.LineHeight)}\" font-size=\"10\" fill=\"#555\">{Enc(ValueLines(s, n)[0])}</text>\n");
        }
        sb.Append("</g>\n");
    }
}
