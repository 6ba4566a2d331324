using System.Globalization;
using Junkan.Core.Stocks.Products;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;
using Junkan.Reports.Svg;

namespace Junkan.Reports.Html;

/// <summary>
/// The dynamic stock report as one self-contained HTML page: per scenario and product a chart of inflow, stock and
/// outflow and a chart of end-of-life element tonnes with their envelope, the lifetime and contents with sources and
/// quality, totals by element, the sources and the input files.
/// </summary>
public static class StockReportHtml
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(StockReport report, ReportText t)
    {
        var h = Page(t, t["Stocks_Title"]);
        h.Element("p", string.Format(t.Culture, t["Stocks_Method"], report.Convention), "meta");
        foreach (var scenario in report.Flows.Select(f => f.Scenario).Distinct())
        {
            h.Element("h2", $"{t["Stocks_Scenario"]}: {scenario}");
            var flows = report.Flows.Where(f => f.Scenario == scenario).ToArray();
            foreach (var f in flows) Product(h, f, report, t);
            Totals(h, flows, t);
        }
        Sources(h, report, t);
        return h.Raw("</body>\n</html>\n").ToString();
    }

    /// <summary>A page with one series' chart (quick mode of <c>junkan stocks</c>).</summary>
    public static string RenderSeries(string title, int firstYear, double[] inflow, double[] stock, double[] outflow, string description, ReportText t)
    {
        var h = Page(t, t["Stocks_Series"]);
        h.Element("p", description, "meta");
        h.Raw(LineChart.Render(title, t["Stocks_Year"], firstYear,
            [new(t["Stocks_Inflow"], inflow), new(t["Stocks_Stock"], stock), new(t["Stocks_Outflow"], outflow)]));
        return h.Raw("</body>\n</html>\n").ToString();
    }

    private static HtmlBuilder Page(ReportText t, string title) =>
        HtmlBuilder.Document(t.Language, title, ReportStyle.Css).Element("h1", title);

    private static void Product(HtmlBuilder h, ProductFlows f, StockReport report, ReportText t)
    {
        h.Element("h3", $"{t["Stocks_Product"]}: {f.Product}");
        h.Open("div", "element-body");
        h.Raw(LineChart.Render($"{f.Product} ({f.Scenario})", string.Format(t.Culture, t["Stocks_PerYear"], f.Unit), f.FirstYear,
            [new(t["Stocks_Inflow"], f.Inflow), new(t["Stocks_Stock"], f.Stock), new(t["Stocks_Outflow"], f.Outflow)]));
        if (f.Elements.Count > 0)
            h.Raw(LineChart.Render($"{t["Stocks_EndOfLife"]}: {f.Product}", t["Stocks_TonnesPerYear"], f.FirstYear,
                f.Elements.Select(e => new ChartLine(e.Element, e.Tonnes, e.Low, e.High)).ToArray()));
        h.Close("div");
        var lifetime = report.Lifetimes[f.Product];
        var path = report.Paths.First(p => p.Product.Value == f.Product && p.Scenario == f.Scenario);
        h.Open("table").Open("tr").Element("th", t["Stocks_Lifetime"]).Element("th", t["Stocks_MeanRange"])
         .Element("th", t["Stocks_Quality"]).Element("th", t["Stocks_Source"]).Element("th", t["Stocks_Note"]).Close("tr");
        h.Open("tr").Element("td", lifetime.Lifetime.ToString())
         .Element("td", $"{N(lifetime.Lifetime.MeanLifetime)} ({N(lifetime.MeanLow)}–{N(lifetime.MeanHigh)})", "num")
         .Element("td", lifetime.Quality.ToString(Inv), "num").Element("td", lifetime.SourceId).Element("td", lifetime.Note, "note").Close("tr");
        h.Close("table");
        h.Element("p", string.Create(Inv, $"{t["Stocks_InflowSources"]} ({path.FirstYear}–{path.LastYear}, {f.Unit}): {string.Join(", ", path.SourceIds)}; {t["Stocks_Quality"]} ≥ {path.LowestQuality}"), "meta");
        if (f.Elements.Count == 0) return;
        h.Open("table").Open("tr").Element("th", t["Stocks_Element"]).Element("th", $"{t["Stocks_Content"]} (kg/{f.Unit.TrimEnd('s')})")
         .Element("th", t["Stocks_Range"]).Element("th", t["Stocks_Quality"]).Element("th", t["Stocks_Source"]).Element("th", t["Stocks_Note"]).Close("tr");
        foreach (var e in f.Elements)
            h.Open("tr").Element("td", e.Element).Element("td", N(e.Content.KgPerUnit), "num").Element("td", $"{N(e.Content.Low)}–{N(e.Content.High)}", "num")
             .Element("td", e.Content.Quality.ToString(Inv), "num").Element("td", e.Content.SourceId).Element("td", e.Content.Note, "note").Close("tr");
        h.Close("table");
    }

    private static void Totals(HtmlBuilder h, IReadOnlyList<ProductFlows> flows, ReportText t)
    {
        var elements = flows.SelectMany(f => f.Elements.Select(e => e.Element)).Distinct().ToArray();
        if (elements.Length == 0) return;
        int first = flows.Min(f => f.FirstYear), last = flows.Max(f => f.LastYear);
        h.Element("h3", t["Stocks_Totals"]);
        h.Open("table").Open("tr").Element("th", t["Stocks_Year"]);
        foreach (var e in elements) h.Element("th", e);
        h.Close("tr");
        for (int y = first; y <= last; y++)
        {
            h.Open("tr").Element("td", y.ToString(Inv));
            foreach (var e in elements)
            {
                double sum = 0;
                foreach (var f in flows)
                    if (y >= f.FirstYear && y <= f.LastYear && f.Elements.FirstOrDefault(x => x.Element == e) is { } eo) sum += eo.Tonnes[y - f.FirstYear];
                h.Element("td", ReportFormatTonnes(sum), "num");
            }
            h.Close("tr");
        }
        h.Close("table");
    }

    private static void Sources(HtmlBuilder h, StockReport report, ReportText t)
    {
        h.Element("h2", t["SourcesSection"]);
        h.Open("table").Open("tr").Element("th", t["SourceId"]).Element("th", t["Citation"]).Close("tr");
        foreach (var (id, citation) in report.Citations.OrderBy(c => c.Key, StringComparer.Ordinal))
            h.Open("tr").Element("td", id).Element("td", citation).Close("tr");
        h.Close("table");
        h.Element("h2", t["Stocks_Files"]);
        h.Open("table");
        foreach (var file in report.Inputs)
            h.Open("tr").Element("td", file.Path).Element("td", file.Sha256).Element("td", file.Bytes.ToString(Inv), "num").Close("tr");
        h.Close("table");
    }

    private static string ReportFormatTonnes(double tonnes) => Formatting.ReportFormat.Tonnes(tonnes);
    private static string N(double v) => v.ToString("0.###", Inv);
}
