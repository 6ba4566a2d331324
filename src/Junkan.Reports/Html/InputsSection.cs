using System.Globalization;
using Junkan.Core.Risk;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Html;

/// <summary>
/// The data behind an element's indicators, so every number can be traced: country distributions (largest
/// countries, the rest, the reported world total and the denominator used), import partners, prices and the
/// secondary share, each with its year and source ids.
/// </summary>
internal static class InputsSection
{
    private const int TopCountries = 8;

    public static void Write(HtmlBuilder h, RiskReport r, ReportElement e, ReportText t)
    {
        var i = e.Inputs;
        h.Open("details").Element("summary", t["InputData"]).Line();
        Distribution(h, r, t["Reserves"], i.Reserves, t);
        Distribution(h, r, t["MineProduction"], i.MineProduction, t);
        Distribution(h, r, t["RefineryProduction"], i.RefineryProduction, t);
        Imports(h, r, t["ImportsConcentrate"], i.ConcentrateImports, t);
        Imports(h, r, t["ImportsRefined"], i.RefinedImports, t);
        Prices(h, i.Price, t);
        Secondary(h, i.Secondary, t);
        h.Close("details").Line();
    }

    private static void Distribution(HtmlBuilder h, RiskReport r, string title, CountryDistribution? d, ReportText t)
    {
        h.Element("h4", title);
        if (d is null) { h.Element("p", t["Status_NoData"], "note"); return; }
        double denom = d.Denominator(r.Settings.HhiDenominator);
        h.Element("p", string.Create(CultureInfo.InvariantCulture, $"{t["Year"]}: {d.Year} · {t["Denominator"]}: {ReportFormat.Tonnes(denom)} t · {t["Sources"]}: {string.Join(", ", d.Sources)}"), "meta");
        h.LabelledNote(t["Series"], d.Series, t, "meta", labelInEnglish: true);
        if (d.ProxyLabel is { } p) h.LabelledNote(t["Proxy"], p, t, "proxy", labelInEnglish: true);
        h.Open("table").HeaderRow(t["Country"], t["Tonnes"], t["Share"]);
        foreach (var c in d.Countries.OrderByDescending(c => c.Tonnes).ThenBy(c => c.Country, StringComparer.Ordinal).Take(TopCountries))
            NumberRow(h, r.CountryName(c.Country, t.Language), c.Tonnes, denom);
        if (d.OtherCountries is double o) NumberRow(h, t["OtherCountries"], o, denom);
        if (d.ReportedWorldTotal is double w) NumberRow(h, t["WorldTotal"], w, denom);
        h.Close("table");
        if (d.Countries.Count > TopCountries) h.Element("p", t["TopCountries"], "note");
    }

    private static void NumberRow(HtmlBuilder h, string label, double tonnes, double denom) =>
        h.Open("tr").Element("td", label).Element("td", ReportFormat.Tonnes(tonnes), "num")
         .Element("td", denom > 0 ? ReportFormat.Percent(tonnes / denom) : "", "num").Close("tr").Line();

    private static void Imports(HtmlBuilder h, RiskReport r, string title, ImportPartners p, ReportText t)
    {
        h.Element("h4", title);
        if (p.Kind != ImportDataKind.Shares)
        {
            h.LabelledNote(t[p.Kind == ImportDataKind.NotApplicable ? "Status_NotApplicable" : "Status_NoData"], p.Reason, t, labelInEnglish: true);
            return;
        }
        string total = p.TotalTonnes is double tt ? $" · {ReportFormat.Tonnes(tt)} t" : "";
        h.Element("p", string.Create(CultureInfo.InvariantCulture, $"{t["Year"]}: {p.Year}{total} · {t["Sources"]}: {string.Join(", ", p.Sources)}"), "meta");
        if (p.ProxyLabel is { } proxy) h.LabelledNote(t["Proxy"], proxy, t, "proxy", labelInEnglish: true);
        h.Open("table").HeaderRow(t["Partner"], t["Share"]);
        foreach (var s in p.Partners.OrderByDescending(s => s.Share).ThenBy(s => s.Country, StringComparer.Ordinal))
            h.Open("tr").Element("td", r.CountryName(s.Country, t.Language)).Element("td", ReportFormat.Percent(s.Share), "num").Close("tr").Line();
        if (p.AttributedShare < 0.9995)
            h.Open("tr").Element("td", t["NotAttributed"]).Element("td", ReportFormat.Percent(1 - p.AttributedShare), "num").Close("tr").Line();
        h.Close("table");
    }

    private static void Prices(HtmlBuilder h, PriceSeries? p, ReportText t)
    {
        h.Element("h4", t["Prices"]);
        if (p is null) { h.Element("p", t["Status_NoData"], "note"); return; }
        h.Element("p", $"{t["Unit"]}: {p.Unit} · {t["Sources"]}: {string.Join(", ", p.Sources)}", "meta");
        h.LabelledNote(t["Series"], p.Series, t, "meta", labelInEnglish: true);
        if (p.ProxyLabel is { } proxy) h.LabelledNote(t["Proxy"], proxy, t, "proxy", labelInEnglish: true);
        h.Open("table").HeaderRow(t["Year"], t["Price"]);
        foreach (var a in p.Prices) h.Open("tr").Element("td", a.Year.ToString(CultureInfo.InvariantCulture)).Element("td", ReportFormat.Number(a.Value), "num").Close("tr").Line();
        h.Close("table");
    }

    private static void Secondary(HtmlBuilder h, SecondarySupply? s, ReportText t)
    {
        h.Element("h4", t["SecondaryShare"]);
        if (s is null) { h.Element("p", t["Status_NoData"], "note"); return; }
        h.Element("p", string.Create(CultureInfo.InvariantCulture, $"{ReportFormat.Percent(s.Share)} · {t["Year"]}: {s.Year} · {t["Sources"]}: {string.Join(", ", s.Sources)}"), "meta");
        if (s.ProxyLabel is { } proxy) h.LabelledNote(t["Proxy"], proxy, t, "proxy", labelInEnglish: true);
        foreach (var note in s.Notes) h.LabelledNote(t["NoteKind_Method"], note, t);
        if (s.Reference is { } r)
        {
            h.Element("p", string.Create(CultureInfo.InvariantCulture,
                $"{t["SecondaryReference"]}: {ReportFormat.Percent(r.Share)} · {t["Year"]}: {r.Year} · {t["Sources"]}: {string.Join(", ", r.Sources)}"), "meta");
            if (r.ProxyLabel is { } rp) h.LabelledNote(t["Proxy"], rp, t, "proxy", labelInEnglish: true);
        }
    }
}
