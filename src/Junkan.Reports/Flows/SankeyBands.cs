using System.Globalization;
using System.Text;
using static Junkan.Reports.Flows.SankeyText;

namespace Junkan.Reports.Flows;

/// <summary>
/// The links as stroked centre lines (stroke width = drawn width, proportional to t/y): horizontal cubic curves from
/// column to column, straight through the slots of skipped columns, and the recycling loops below the diagram. Every
/// band has a tooltip with from, to, kind, use, value, year and basis; tiny ones are dashed.
/// </summary>
internal static class SankeyBands
{
    /// <summary>Bands at least this wide (px) carry their value as a label.</summary>
    public const double LabelWidth = 12;

    public static void Render(StringBuilder sb, SankeyScene s)
    {
        sb.Append("<g class=\"links\" fill=\"none\" stroke-opacity=\"0.72\">\n");
        foreach (var b in s.Layout.Bands.OrderByDescending(b => b.Width).ThenBy(b => b.Link.Kind))
        {
            string dash = b.Link.Tiny ? " stroke-dasharray=\"3 2\" data-tiny=\"true\"" : "";
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"link {SankeyPalette.Category(b.Link.Kind).ToString().ToLowerInvariant()}\" data-kind=\"{b.Link.Kind}\" data-value=\"{b.Link.Value.ToString("R", CultureInfo.InvariantCulture)}\"");
            if (b.Link.Use is { } use) sb.Append(CultureInfo.InvariantCulture, $" data-use=\"{Enc(use)}\"");
            sb.Append(CultureInfo.InvariantCulture, $" d=\"{(b.Link.IsLoop ? Loop(s, b) : Path(s, b))}\" stroke=\"{SankeyPalette.Colour(b.Link, s.Uses)}\" stroke-width=\"{F(b.Width)}\"{dash}>");
            sb.Append("<title>").Append(Enc(Tooltip(s, b.Link))).Append("</title></path>\n");
        }
        sb.Append("</g>\n");
    }

    /// <summary>Value labels (white halo) on bands wide enough: on the straight run of a band that skips columns, a loop's bottom run, or mid-way.</summary>
    public static void Labels(StringBuilder sb, SankeyScene s)
    {
        sb.Append("<g class=\"link-labels\" font-size=\"10\" fill=\"#1d2a36\" text-anchor=\"middle\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\">\n");
        foreach (var b in s.Layout.Bands.Where(b => b.Width >= LabelWidth))
        {
            string text = (b.Link.Use is not null ? s.UseName(b.Link.Use) + " " : b.Link.IsLoop ? s.Text.Kind(b.Link.Kind) + " " : "") + Tonnes(b.Link.Value);
            double x, y;
            if (b.Link.IsLoop)
                (x, y) = ((s.X(b.Chain[0]) + s.X(b.Chain[^1])) / 2 + SankeyLayout.NodeWidth / 2, s.Y(b.LoopBottom) + 3.5);
            else if (b.Chain.Count > 2)
                (x, y) = (s.X(b.Chain[b.Chain.Count / 2]) + SankeyLayout.NodeWidth / 2, s.Y(b.Ports[b.Chain.Count / 2]) + 3.5);
            else
                (x, y) = ((s.X(b.Chain[0]) + SankeyLayout.NodeWidth + s.X(b.Chain[1])) / 2, s.Y((b.Ports[0] + b.Ports[1]) / 2) + 3.5);
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y)}\">{Enc(text)}</text>\n");
        }
        sb.Append("</g>\n");
    }

    public static string Tooltip(SankeyScene s, SankeyLink l)
    {
        var t = s.Text;
        string kind = t.Kind(l.Kind) + (l.Use is not null ? $" ({s.UseName(l.Use)})" : "");
        string text = $"{t.Node(l.From)} → {t.Node(l.To)}\n{kind}: {Tonnes(l.Value)} {t.Unit}\n{t.Format("Sankey_YearBasis", s.Year, t.Basis(s.Totals.Basis))}";
        return l.Tiny ? text + "\n" + t.Format("Sankey_TinyNote", Percent(s.Options.TinyShare)) : text;
    }

    public static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    /// <summary>Column to column: cubic curves with horizontal tangents, straight through slots.</summary>
    private static string Path(SankeyScene s, SankeyBand b)
    {
        var sb = new StringBuilder();
        double x0 = s.X(b.Chain[0]) + SankeyLayout.NodeWidth, y0 = s.Y(b.Ports[0]);
        sb.Append(CultureInfo.InvariantCulture, $"M{F(x0)},{F(y0)}");
        for (int k = 1; k < b.Chain.Count; k++)
        {
            double x1 = s.X(b.Chain[k]), y1 = s.Y(b.Ports[k]), xm = (x0 + x1) / 2;
            sb.Append(CultureInfo.InvariantCulture, $" C{F(xm)},{F(y0)} {F(xm)},{F(y1)} {F(x1)},{F(y1)}");
            if (k < b.Chain.Count - 1) sb.Append(CultureInfo.InvariantCulture, $" H{F(x1 + SankeyLayout.NodeWidth)}");
            (x0, y0) = (x1 + SankeyLayout.NodeWidth, y1);
        }
        return sb.ToString();
    }

    /// <summary>Right out of recycling, down, left along the bottom and up into fabrication, with quarter-circle corners.</summary>
    private static string Loop(SankeyScene s, SankeyBand b)
    {
        double xs = s.X(b.Chain[0]) + SankeyLayout.NodeWidth, ys = s.Y(b.Ports[0]), xt = s.X(b.Chain[^1]), yt = s.Y(b.Ports[^1]);
        double r = b.LoopRadius, yb = s.Y(b.LoopBottom);
        string arc = $"{F(r)},{F(r)} 0 0 1";
        return $"M{F(xs)},{F(ys)} A{arc} {F(xs + r)},{F(ys + r)} V{F(yb - r)} A{arc} {F(xs)},{F(yb)} H{F(xt)} A{arc} {F(xt - r)},{F(yb - r)} V{F(yt + r)} A{arc} {F(xt)},{F(yt)}";
    }
}
