using System.Globalization;
using System.Net;
using Junkan.Core.Flows;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Flows;

/// <summary>Labels and number formats of the Sankey diagram and its page (invariant digits, thousands separators).</summary>
internal sealed class SankeyText(ReportText text)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public ReportText Text { get; } = text;
    public bool Japanese => Text.Language == "ja";
    public string this[string key] => Text[key];
    public string Unit => Text["Sankey_Unit"];

    public string Node(SankeyNode n) => n switch
    {
        SankeyNode.Imports => Text["Sankey_Imports"],
        SankeyNode.Exports => Text["Sankey_Exports"],
        SankeyNode.Disposal => Process(ElementProcesses.All[6]),
        SankeyNode.Environment => Process(ElementProcesses.All[7]),
        _ => Process(ElementProcesses.All[(int)n]),
    };

    public string Process(Process p) => p.Id == ElementProcesses.Outside ? Text["Sankey_Outside"] : Japanese ? p.NameJa : p.NameEn;

    public string Kind(FlowKind k) => Text[$"Flow_{k}"];

    public string Basis(DemandBasis b) => Text[$"Sankey_Basis_{b}"];

    public string Format(string key, params object[] args) => string.Format(Inv, Text[key], args);

    /// <summary>t/y with thousands separators: whole tonnes from 100, then 1, 2 or 3 significant decimals.</summary>
    public static string Tonnes(double v)
    {
        double a = Math.Abs(v);
        string format = a >= 100 ? "#,##0" : a >= 10 ? "#,##0.0" : a >= 1 ? "0.00" : "0.###";
        string s = v.ToString(format, Inv);
        return s is "0" or "-0" && v != 0 ? v.ToString("0.###E+0", Inv) : s;
    }

    /// <summary>A signed change (t/y): "+1,234", "−56".</summary>
    public static string Signed(double v) => (v > 0 ? "+" : v < 0 ? "−" : "±") + Tonnes(Math.Abs(v));

    /// <summary>Coordinates: at most two decimals, invariant.</summary>
    public static string F(double v) => Math.Round(v, 2).ToString("0.##", Inv);

    public static string Enc(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Splits a label into lines of at most <paramref name="maxPx"/> at font size <paramref name="size"/> (approximate glyph widths).</summary>
    public static IReadOnlyList<string> Wrap(string label, double maxPx, double size)
    {
        var lines = new List<string>();
        foreach (string part in label.Replace("（", "\n（", StringComparison.Ordinal).Replace(" (", "\n(", StringComparison.Ordinal).Split('\n'))
        {
            string line = "";
            foreach (string token in Tokens(part))
            {
                string candidate = line.Length == 0 ? token.TrimStart() : line + token;
                if (line.Length > 0 && Width(candidate, size) > maxPx) { lines.Add(line.TrimEnd()); line = token.TrimStart(); }
                else line = candidate;
            }
            if (line.Length > 0) lines.Add(line.TrimEnd());
        }
        return lines;
    }

    /// <summary>The approximate width of a text in px: CJK glyphs one em, others 0.56 em.</summary>
    public static double Width(string s, double size) => s.Sum(c => c >= '\u2E80' ? size : c == ' ' ? size * 0.3 : size * 0.56);

    /// <summary>Words with their leading space, and each CJK character on its own.</summary>
    private static IEnumerable<string> Tokens(string s)
    {
        int start = 0;
        for (int i = 1; i <= s.Length; i++)
        {
            bool boundary = i == s.Length || s[i] == ' ' || s[i] >= '\u2E80' || s[i - 1] >= '\u2E80';
            if (!boundary) continue;
            yield return s[start..i];
            start = i;
        }
    }
}
