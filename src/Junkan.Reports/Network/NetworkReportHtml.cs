using System.Globalization;
using Junkan.Core.Network;
using Junkan.Reports.Html;

namespace Junkan.Reports.Network;

/// <summary>
/// The network section as one self-contained HTML page in English or Japanese: supply and its basis (with the published
/// figures beside it), solver status with bound and gap, opened sites, cost and CO2e split, appraisal, the map, and the
/// multi-period plan when one was solved.
/// </summary>
public static class NetworkReportHtml
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(NetworkReport r, string language)
    {
        var t = new NetworkLabels(language);
        var h = HtmlBuilder.Document(language, t["Title"], ReportStyle.Css).Element("h1", t["Title"]);
        h.Element("p", $"{t["Case"]}: {r.Case.NameIn(t.Language)}", "meta").Element("p", t["Labels"], "meta");
        Section(h, t, r);
        return h.Raw("</body>\n</html>\n").ToString();
    }

    /// <summary>The section body (headings h<paramref name="level"/> and below) without the page around it.</summary>
    /// <param name="seconds">Whether to print the solver's wall-clock seconds (the main report leaves them out: reruns give the same bytes).</param>
    internal static void Section(HtmlBuilder h, NetworkLabels t, NetworkReport r, int level = 2, bool seconds = true)
    {
        string h2 = $"h{level}", h3 = $"h{level + 1}";
        Supply(h, t, r.Supply, h2);
        Solver(h, t, r.Plan.Report, h2, seconds);
        if (!r.Plan.Report.HasPlan) return;
        h.Element(h2, t["Plan"]);
        Opened(h, t, r.Plan.Opened, null);
        if (r.Cost is { } c) Cost(h, t, c, h2);
        Revenue(h, t, PlanAccounting.Revenue(r.Case, r.Plan), h3);
        Checks(h, t, r.CostChecks, h3);
        if (r.Co2 is { } e) Co2(h, t, e, h2);
        if (r.Financials is { } f)
            h.Element(h2, t["Appraisal"]).Element("p", $"{t["InvestmentTotal"]}: {M(f.Investment)} {t["MJPY"]}; {t["Npv"]}: {M(f.Npv)} ({f.DiscountRate.ToString("P1", Inv)}, {f.LifeYears} y); {t["Payback"]}: {(f.PaybackYears is double y ? y.ToString("0.0", Inv) + " y" : t["None"])}");
        h.Element(h2, t["Map"]).Raw(NetworkMap.Render(r.Case, r.Plan, t)).Element("p", t["MapNote"], "meta");
        if (r.Periods is { } mp) Periods(h, t, mp, r.Appraisal, h2, h3);
    }

    private static void Supply(HtmlBuilder h, NetworkLabels t, IReadOnlyList<SupplyBasis> supply, string hx)
    {
        if (supply.Count == 0) return;
        h.Element(hx, t["Supply"]).Open("table").HeaderRow(t["Stream"], t["Year"], t["Tonnes"], t["Basis"], t["Published"], t["Ratio"]);
        foreach (var s in supply)
        {
            var published = s.Published.Count == 0 ? [null] : s.Published.Select(p => (PublishedSupply?)p).ToList();
            foreach (var p in published)
            {
                h.OpenRow(p is null ? [] : [p.Source.Source.Value]).Open("td").Element("code", s.Stream).Close("td").Num(s.Year.ToString(Inv)).Num(s.Tonnes.ToString("N0", Inv))
                    .Raw("<td lang=\"en\">").Text($"[{s.Basis}] {s.Derivation}").Close("td")
                    .Raw("<td lang=\"en\">").Text(p is null ? "" : $"{p.Tonnes.ToString("N0", Inv)} t ({p.Year}, {p.Source.Source.Value}): {p.Note}").Close("td")
                    .Num(p is null ? "" : (s.Tonnes / p.Tonnes).ToString("0.0#", Inv)).Close("tr").Line();
            }
        }
        h.Close("table").Line();
    }

    /// <param name="presentValue">The objective is a present value (MJPY) over several periods, not MJPY per year.</param>
    private static void Solver(HtmlBuilder h, NetworkLabels t, SolverReport rep, string hx, bool seconds = true, bool presentValue = false)
    {
        bool co2 = rep.Minimised == PlanObjective.Co2;
        string unit = co2 ? "Co2" : presentValue ? "Pv" : "";
        Func<double, string> value = co2 ? v => v.ToString("N0", Inv) : M;
        h.Element(hx, t["Solver"]).Open("table").HeaderRow(seconds ? [t["Status"], t["Objective" + unit], t["Bound" + unit], t["Gap"], t["Seconds"]] : [t["Status"], t["Objective" + unit], t["Bound" + unit], t["Gap"]]);
        h.Open("tr").Open("td").Text($"{t[rep.Status.ToString()]} (").Element("code", rep.Solver).Text(")").Close("td")
            .Element("td", rep.Objective is double o ? value(o) : "").Element("td", rep.Bound is double b ? value(b) : "")
            .Element("td", rep.Gap is double g ? g.ToString("P3", Inv) : "");
        if (seconds) h.Element("td", rep.Seconds.ToString("0.00", Inv));
        h.Close("tr").Line();
        foreach (var bg in rep.Binding) h.Row($"{t["Binding"]}: {bg.Group}", bg.Excess.ToString("N1", Inv), string.Join(", ", bg.Items.Take(8)), "", "");
        h.Close("table").Line();
        if (co2 && rep.HasPlan) h.Element("p", t["MinimisedCo2"], "meta");
    }

    private static void Opened(HtmlBuilder h, NetworkLabels t, IReadOnlyList<OpenedSite> opened, Func<OpenedSite, string>? note)
    {
        h.Open("table").HeaderRow(t["Kind"], t["Site"], t["Size"], t["Input"], t["Capacity"], "");
        foreach (var s in opened.OrderBy(s => s.Site.Kind).ThenByDescending(s => s.InputT).ThenBy(s => s.Site.Id, StringComparer.Ordinal))
            h.OpenRow(s.Site.CostSourceIds).Element("td", t[s.Site.Kind.ToString()]).Element("td", t.Name(s.Site)).Open("td").Element("code", s.Size.Name).Close("td")
                .Num(s.InputT.ToString("N0", Inv)).Num(s.Size.CapacityT.ToString("N0", Inv)).Element("td", note?.Invoke(s) ?? (s.Site.Existing ? t["Existing"] : "")).Close("tr").Line();
        h.Close("table").Line();
    }

    private static void Cost(HtmlBuilder h, NetworkLabels t, CostBreakdown c, string hx)
    {
        h.Element(hx, t["Cost"]).Open("table");
        foreach (var (k, v) in new[] { ("Investment", c.AnnualisedInvestment), ("Fixed", c.Fixed), ("Processing", c.Processing), ("Transport", c.Transport), ("Revenue", -c.Revenue), ("Carbon", c.Carbon), ("Net", c.Total) })
            h.Open("tr").Element("th", t[k]).Num(M(v)).Close("tr").Line();
        h.Close("table").Line();
    }

    /// <summary>Revenue per element: t × price × payable share, the share's basis and source, and the full-price upper bound.</summary>
    private static void Revenue(HtmlBuilder h, NetworkLabels t, IReadOnlyList<ElementRevenue> rows, string hx)
    {
        if (rows.Count == 0) return;
        h.Element(hx, t["Payables"]).Open("table").HeaderRow(t["Element"], t["Recovered"], t["Price"], t["PayableShare"], t["PayableBasis"], t["RevenueM"], t["UpperBound"]);
        foreach (var e in rows)
        {
            var v = e.Value;
            string share = v.PayableShare.ToString("0.00", Inv) + (v.PayableRange is var (lo, hi) ? $" ({lo.ToString("0.00", Inv)}–{hi.ToString("0.00", Inv)})" : "");
            string basis = t["Basis_" + v.PayableBasis] + (v.PayableSource is { } s ? $" [{s.Source.Value}]" : "");
            h.OpenRow(v.PayableSource is { } ps ? [ps.Source.Value] : []).Element("td", v.Element).Num(e.Tonnes.ToString("N1", Inv)).Num(v.PriceJpyPerTonne.ToString("N0", Inv))
                .Num(share).Element("td", basis).Num(M(e.Jpy)).Num(M(e.UpperBoundJpy)).Close("tr").Line();
        }
        h.Close("table").Line();
    }

    /// <summary>The plan's costs per tonne beside published figures (model, published with its range, model ÷ published).</summary>
    private static void Checks(HtmlBuilder h, NetworkLabels t, IReadOnlyList<CostCheck> rows, string hx)
    {
        if (rows.Count == 0) return;
        h.Element(hx, t["CostChecks"]).Open("table").HeaderRow(t["Measure"], t["ModelJpyT"], t["PublishedJpyT"], t["Published"], t["Ratio"]);
        foreach (var k in rows)
        {
            var p = k.Published;
            string published = p.JpyPerTonne.ToString("N0", Inv) + (p.Range is var (lo, hi) ? $" ({lo.ToString("N0", Inv)}–{hi.ToString("N0", Inv)})" : "");
            string ratio = (k.Ratio is double x ? x.ToString("0.00", Inv) : "") + (k.InRange switch { true => " " + t["InRange"], false => " " + t["OutOfRange"], null => "" });
            h.OpenRow([p.Source.Source.Value]).Element("td", t["Measure_" + p.Measure]).Num(k.ModelJpyPerTonne is double m ? m.ToString("N0", Inv) : "").Num(published)
                .Raw("<td lang=\"en\">").Text($"{p.Source.Source.Value}: {p.Note}").Close("td").Num(ratio).Close("tr").Line();
        }
        h.Close("table").Line();
    }

    private static void Co2(HtmlBuilder h, NetworkLabels t, Co2Breakdown e, string hx)
    {
        h.Element(hx, t["Co2"]).Open("table");
        foreach (var (k, v) in new[] { ("Transport", e.Transport), ("Energy", e.ProcessEnergy), ("Avoided", -e.AvoidedPrimary), ("Net", e.Net) })
            h.Open("tr").Element("th", t[k]).Num(v.ToString("N0", Inv)).Close("tr").Line();
        h.Close("table").Line();
        if (e.SecondaryGaps.Count > 0) h.Element("p", $"{t["Gaps"]}: {string.Join(", ", e.SecondaryGaps)}", "meta");
    }

    private static void Periods(HtmlBuilder h, NetworkLabels t, MultiPeriodPlan mp, MultiPeriodAppraisal? a, string hx, string hy)
    {
        h.Element(hx, t["Periods"]);
        Solver(h, t, mp.Report, hx, presentValue: true);
        if (!mp.Report.HasPlan) return;
        if (mp.Report.Start is { } st)
            h.Element("p", string.Format(Inv, t["NestedStart"], st.Candidates, M(st.Objective), st.Seconds.ToString("0.0", Inv)), "meta");
        var opens = mp.OpeningYear();
        foreach (var p in mp.Periods)
        {
            h.Element(hy, $"{p.Year} ({p.Years} y; {t["PeriodWeight"]} {p.Weight.ToString("0.000", Inv)}; {t["Collected"]} {p.Plan.Collection.Sum(f => f.Tonnes).ToString("N0", Inv)})");
            Opened(h, t, p.Plan.Opened, s => s.Site.Existing ? t["Existing"] : opens[s.Site.Id] == p.Year ? t["Opens"] : "");
        }
        if (a is not null)
            h.Element("p", $"{t["InvestmentTotal"]}: {M(a.Investment)} {t["MJPY"]}; {t["Npv"]}: {M(a.Npv)} ({a.DiscountRate.ToString("P1", Inv)}); {t["Payback"]}: {(a.PaybackYear is int y ? y.ToString(Inv) : t["None"])}");
    }

    private static string M(double jpy) => (jpy / 1e6 + 0.0).ToString("N1", Inv);
}
