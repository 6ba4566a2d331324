using System.Globalization;
using System.Text;
using static Junkan.Reports.Flows.SankeyText;

namespace Junkan.Reports.Flows;

/// <summary>The legend: the six colour categories, the width scale (a bar of a round t/y), the tiny-flow mark and the basis.</summary>
internal static class SankeyLegend
{
    public const double Height = 96;
    private const double Column = 300;

    public static void Render(StringBuilder sb, SankeyScene s, double top)
    {
        sb.Append("<g class=\"legend\" font-size=\"11\" fill=\"#1d2a36\">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(SankeyScene.Left)}\" x2=\"{F(s.Width - SankeyScene.Left)}\" y1=\"{F(top - 14)}\" y2=\"{F(top - 14)}\" stroke=\"#dde2e7\"/>\n");
        var categories = Enum.GetValues<SankeyCategory>();
        for (int i = 0; i < categories.Length; i++)
        {
            double x = SankeyScene.Left + i / 2 * Column, y = top + i % 2 * 20;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(y - 9)}\" width=\"22\" height=\"10\" fill=\"{SankeyPalette.Colour(categories[i])}\" fill-opacity=\"0.8\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 28)}\" y=\"{F(y)}\">{Enc(s.Text[$"Sankey_Cat_{categories[i]}"])}</text>\n");
        }
        Scale(sb, s, SankeyScene.Left + 3 * Column, top);
        double note = top + 46;
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(SankeyScene.Left)}\" x2=\"{F(SankeyScene.Left + 22)}\" y1=\"{F(note - 4)}\" y2=\"{F(note - 4)}\" stroke=\"#777\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(SankeyScene.Left + 28)}\" y=\"{F(note)}\">{Enc(s.Text.Format("Sankey_TinyLegend", SankeyBands.Percent(s.Options.TinyShare), F(s.Options.MinimumWidth)))}</text>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(SankeyScene.Left + 4)}\" y=\"{F(note + 11)}\" width=\"14\" height=\"10\" fill=\"#fff\" stroke=\"{SankeyPalette.Boundary}\" stroke-dasharray=\"4 2\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(SankeyScene.Left + 28)}\" y=\"{F(note + 20)}\">{Enc(s.Text["Sankey_BoundaryLegend"])}</text>\n");
        sb.Append("</g>\n");
    }

    /// <summary>A vertical bar of a round value (1, 2 or 5 × 10^k, about a fifth of the largest link) and what it is worth.</summary>
    private static void Scale(StringBuilder sb, SankeyScene s, double x, double top)
    {
        double max = s.Model.Links.Select(l => l.Value).DefaultIfEmpty(0).Max();
        if (max <= 0) return;
        double value = Round(max / 5), px = value * s.Layout.Scale;
        sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"scale-bar\" data-value=\"{value.ToString("R", CultureInfo.InvariantCulture)}\" x=\"{F(x)}\" y=\"{F(top - 9)}\" width=\"10\" height=\"{F(px)}\" fill=\"#6b7785\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + 16)}\" y=\"{F(top)}\">{Enc(s.Text.Format("Sankey_ScaleLegend", Tonnes(value), s.Text.Unit))}</text>\n");
    }

    /// <summary>The largest 1, 2 or 5 × 10^k not above v.</summary>
    public static double Round(double v)
    {
        double p = Math.Pow(10, Math.Floor(Math.Log10(v)));
        return v >= 5 * p ? 5 * p : v >= 2 * p ? 2 * p : p;
    }
}
