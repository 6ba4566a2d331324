using System.Globalization;
using System.Net;
using System.Text;

namespace Junkan.Reports.Svg;

/// <summary>One element in a <see cref="RankRangeChart"/>: its rank with the weights as set and the best and worst rank over the weight changes.</summary>
public sealed record RankRange(string Label, int Rank, int Best, int Worst, bool Selected);

/// <summary>
/// The weight sensitivity of a ranking as inline SVG: one row per element, a line from its best to its worst rank
/// over all single-weight changes, a dot at its rank as set (filled when selected) and a dashed line at the cut-off.
/// </summary>
public static class RankRangeChart
{
    private const double Width = 640, Left = 150, Right = 20, Top = 34, Row = 16;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(string title, string axisLabel, IReadOnlyList<RankRange> rows, int cutoff)
    {
        if (rows.Count == 0) throw new ArgumentException("A rank chart needs at least one element.", nameof(rows));
        int n = rows.Max(r => Math.Max(r.Worst, r.Rank));
        double height = Top + Row * rows.Count + 30;
        double X(double rank) => Left + (n <= 1 ? 0 : (rank - 1) * (Width - Left - Right) / (n - 1));
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg class=\"rank-chart\" viewBox=\"0 0 {F(Width)} {F(height)}\" width=\"{F(Width)}\" height=\"{F(height)}\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title>").Append(Enc(title)).Append("</title>");
        sb.Append(Inv, $"<text x=\"10\" y=\"18\" font-size=\"13\" font-weight=\"bold\">").Append(Enc(title)).Append("</text><g font-size=\"10\" fill=\"#333\">");
        for (int rank = 1; rank <= n; rank += n > 20 ? 5 : 1)
            sb.Append(Inv, $"<line x1=\"{F(X(rank))}\" x2=\"{F(X(rank))}\" y1=\"{F(Top - 6)}\" y2=\"{F(height - 26)}\" stroke=\"#eee\"/><text x=\"{F(X(rank))}\" y=\"{F(height - 14)}\" text-anchor=\"middle\">{rank}</text>");
        sb.Append(Inv, $"<text x=\"{F((Left + Width - Right) / 2)}\" y=\"{F(height - 2)}\" text-anchor=\"middle\">{Enc(axisLabel)}</text>");
        double cx = X(cutoff + 0.5);
        sb.Append(Inv, $"<line x1=\"{F(cx)}\" x2=\"{F(cx)}\" y1=\"{F(Top - 8)}\" y2=\"{F(height - 26)}\" stroke=\"#c0392b\" stroke-dasharray=\"4 3\"/>");
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            double y = Top + Row * i + Row / 2;
            sb.Append(Inv, $"<g><title>{Enc(string.Create(Inv, $"{r.Label}: {r.Rank} ({r.Best}–{r.Worst})"))}</title>");
            sb.Append(Inv, $"<text x=\"{F(Left - 8)}\" y=\"{F(y + 3)}\" text-anchor=\"end\">{Enc(r.Label)}</text>");
            sb.Append(Inv, $"<line x1=\"{F(X(r.Best))}\" x2=\"{F(X(r.Worst))}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"#2b5d8a\" stroke-width=\"3\" stroke-opacity=\"0.5\"/>");
            sb.Append(Inv, $"<circle cx=\"{F(X(r.Rank))}\" cy=\"{F(y)}\" r=\"4\" fill=\"{(r.Selected ? "#c0392b" : "#fff")}\" stroke=\"#c0392b\"/></g>");
        }
        sb.Append("</g></svg>");
        return sb.ToString();
    }

    private static string F(double v) => v.ToString("0.#", Inv);
    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
