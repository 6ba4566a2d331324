using Junkan.Core.Flows;
using Junkan.Reports.Html;
using static Junkan.Reports.Flows.SankeyText;

namespace Junkan.Reports.Flows;

/// <summary>
/// The HTML page of a Sankey: the SVG inline, the table of every flow of the year (from, to, kind, use, t/y, sources;
/// zero flows included) and the mass balance of every process (in, out, stock change, residual in t/y).
/// </summary>
internal static class SankeyHtml
{
    private const string Css = ".sankey-figure{overflow-x:auto}.sankey-figure svg{max-width:100%;height:auto}tr.zero td{color:#999}\n";

    public static string Render(SankeyScene s)
    {
        var t = s.Text;
        string title = SankeySvg.Title(s);
        var h = HtmlBuilder.Document(t.Text.Language, title, ReportStyle.Css + Css);
        h.Element("h1", title).Line();
        h.Open("figure", "sankey-figure").Line().Raw(SankeySvg.Render(s)).Close("figure").Line();
        Flows(h, s);
        Balance(h, s);
        return h.Raw("</body>\n</html>\n").ToString();
    }

    private static void Flows(HtmlBuilder h, SankeyScene s)
    {
        var t = s.Text;
        h.Element("h2", t["Sankey_FlowTable"]).Line();
        h.Open("table", "flows").Line().HeaderRow(t["Sankey_From"], t["Sankey_To"], t["Sankey_Kind"], t["Sankey_UseColumn"], $"{t["Sankey_Value"]} ({t.Unit})", t["Sources"]);
        foreach (var f in s.System.System.Flows)
        {
            double v = f.Values[s.T];
            var sources = f.Sources.Select(x => x.Value).ToArray();
            h.OpenRow(sources, v == 0 ? "zero" : null);
            h.Element("td", Name(s, f.From, true)).Element("td", Name(s, f.To, false)).Element("td", t.Kind(f.Kind)).Element("td", f.Use is null ? t["Sankey_AllUses"] : s.UseName(f.Use));
            h.Num(Tonnes(v)).Element("td", string.Join(", ", sources)).Close("tr").Line();
        }
        h.Close("table").Line();
    }

    private static void Balance(HtmlBuilder h, SankeyScene s)
    {
        var t = s.Text;
        h.Element("h2", t["Sankey_BalanceTable"]).Line();
        h.Element("p", t["Sankey_BalanceIntro"], "note").Line();
        h.Open("table", "balance").Line().HeaderRow(t["Sankey_Process"], t["Sankey_Input"], t["Sankey_Output"], t["Sankey_StockChangeColumn"], t["Sankey_Residual"]);
        var sources = s.System.System.Flows.SelectMany(f => f.Sources).Select(x => x.Value).Distinct().Order(StringComparer.Ordinal).ToArray();
        foreach (var b in s.Balances)
        {
            var process = ElementProcesses.All.First(p => p.Id == b.Process);
            h.OpenRow(sources).Element("td", t.Process(process)).Num(Tonnes(b.Input)).Num(Tonnes(b.Output)).Num(Signed(b.StockChange)).Num(b.Residual.ToString("0.###E+0", System.Globalization.CultureInfo.InvariantCulture)).Close("tr").Line();
        }
        h.Close("table").Line();
    }

    private static string Name(SankeyScene s, ProcessId id, bool source) =>
        id == ElementProcesses.Outside ? s.Text.Node(source ? SankeyNode.Imports : SankeyNode.Exports) : s.Text.Process(ElementProcesses.All.First(p => p.Id == id));
}
