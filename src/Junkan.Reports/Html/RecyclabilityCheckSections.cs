using System.Globalization;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Html;

/// <summary>
/// The report-wide checks: recovered today (model, in the published figure's year) against every published figure of
/// every element, with year, ratio and flags; and the NIMS 2008 urban-mine stocks against the modelled in-use plus
/// disposal stocks, with the ratio and the scope note.
/// </summary>
internal static class RecyclabilityCheckSections
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public const string ComparisonsId = "comparisons", UrbanMineId = "urban-mine", CarbonId = "co2";

    public static void Comparisons(HtmlBuilder h, RecyclabilityReport r, ReportText t)
    {
        h.Open("section", id: ComparisonsId).Element("h2", t["Rc_CmpAll"]).Element("p", t["Rc_CmpAllIntro"], "note").Line();
        h.Open("table", "comparisons-all").HeaderRow(t["Symbol"], t["Rc_CmpModelYear"], t["Rc_CmpModel"], t["Rc_CmpQuantity"], t["Rc_CmpPublished"], t["Year"],
            t["Rc_CmpRatio"], t["Rc_CmpFlags"], t["Sources"]);
        foreach (var e in r.Elements)
            foreach (var c in e.Comparisons) Comparison(h, e, c, t);
        h.Close("table").Close("section").Line();
    }

    private static void Comparison(HtmlBuilder h, RecyclabilityElement e, SourcedComparison row, ReportText t)
    {
        var c = row.Comparison;
        var p = c.Figure.Published;
        string range = p.HasRange ? $" ({ReportFormat.SignificantTonnes(p.Low)}–{ReportFormat.SignificantTonnes(p.High)})" : "";
        h.OpenRow(row.SourceIds, c.Tenfold ? "flagged" : null).Element("td", t.Symbol(e.Symbol)).Element("td", c.ModelYear?.ToString(Inv) ?? "")
         .Num(c.Model is { } m ? ReportFormat.SignificantTonnes(m) : "").Element("td", t.Parameter(c.Figure.Quantity))
         .Num(ReportFormat.SignificantTonnes(p.Value) + range).Element("td", p.Year?.ToString(Inv) ?? "")
         .Num(c.Ratio is { } x ? x.ToString("G3", Inv) : "").Element("td", string.Join("; ", Flags(c, t)), "gap")
         .Element("td", string.Create(Inv, $"{p.SourceId} · {t["Rc_Quality"]} {p.Quality}"), "note").Close("tr").Line();
    }

    /// <summary>The flags of a comparison in the report language.</summary>
    internal static IReadOnlyList<string> Flags(PublishedComparison c, ReportText t) =>
        [.. c.Tenfold ? [t["Rc_CmpTenfold"]] : Array.Empty<string>(), .. c.Model is null ? [t["Rc_CmpNoModel"]] : Array.Empty<string>(),
            .. c.Independent ? Array.Empty<string>() : [t["Rc_CmpNotIndependent"]]];

    public static void UrbanMine(HtmlBuilder h, RecyclabilityReport r, ReportText t)
    {
        h.Open("section", id: UrbanMineId).Element("h2", t["Rc_Nims"]).Element("p", t["Rc_NimsIntro"], "note").Line();
        h.Open("table", "urban-mine").HeaderRow(t["Symbol"], t["Rc_NimsPublished"], t["Year"], t["Rc_NimsModelYear"], t["Rc_NimsInUse"], t["Rc_NimsDisposal"],
            t["Rc_NimsTotal"], t["Rc_CmpRatio"], t["Notes"], t["Sources"]);
        foreach (var c in r.UrbanMine)
        {
            var p = c.Figure.Published;
            var ids = RecyclabilityReport.UrbanMineSources(c);
            string note = c.ModelYear is null ? t["Rc_NimsNoSystem"] : c.Shifted ? string.Format(t.Culture, t[c.Group ? "Rc_NimsShiftedGroup" : "Rc_NimsShifted"], c.ModelYear) : "";
            h.OpenRow(ids, c.Ratio is { } q && (q < PublishedComparison.LowRatio || q > PublishedComparison.HighRatio) ? "flagged" : null)
             .Element("td", t.Symbol(c.Figure.Element)).Num(ReportFormat.SignificantTonnes(p.Value)).Element("td", p.Year?.ToString(Inv) ?? "")
             .Element("td", c.ModelYear?.ToString(Inv) ?? "").Num(T(c.InUseStock)).Num(T(c.DisposalStock)).Num(T(c.Total))
             .Num(c.Ratio is { } x ? x.ToString("G3", Inv) : "").Element("td", note, "gap")
             .Element("td", string.Create(Inv, $"{p.SourceId} · {t["Rc_Quality"]} {p.Quality}"), "note").Close("tr").Line();
        }
        h.Close("table").Element("p", t["Rc_NimsScope"], "note").Close("section").Line();
    }

    /// <summary>
    /// The CO2 effect of recycling: avoided = recovered × (primary − secondary) t CO2e/y, today and achievable, with the
    /// factor, its source and the share of Japan's total emissions; gross where the secondary factor is a gap, gaps as gaps.
    /// </summary>
    public static void Carbon(HtmlBuilder h, RecyclabilityReport r, ReportText t)
    {
        h.Open("section", id: CarbonId).Element("h2", t["Rc_Co2"]).Element("p", t["Rc_Co2Intro"], "note").Line();
        h.Open("table", "co2").HeaderRow(t["Symbol"], t["Rc_Co2Recovered"], t["Rc_Co2Primary"], t["Rc_Co2Secondary"], t["Rc_Co2Today"], t["Rc_Co2Share"],
            t["Rc_Co2Achievable"], t["Sources"]);
        foreach (var e in r.Elements.Where(e => e.Carbon is not null).OrderBy(e => e.Symbol, StringComparer.Ordinal))
        {
            var c = e.Carbon!;
            var tonnes = c.RecoveredToday is null ? [] : r.CriterionSources(e, Criterion.Recoverable);
            string[] ids = [.. tonnes.Concat(c.Factor is { } f ? [f.SourceId, CarbonEffect.ScaleSourceId] : []).Distinct().Order(StringComparer.Ordinal)];
            h.OpenRow(ids, null).Element("td", t.Symbol(e.Symbol)).Num(T(c.RecoveredToday))
             .Num(c.Factor?.Primary.ToString("0.#", Inv) ?? "").Element("td", c.Factor?.Secondary?.ToString("0.##", Inv) ?? t[c.Factor is null ? "Rc_Co2NoFactor" : "Rc_Co2Gross"], c.Factor?.Secondary is null ? "gap" : "num")
             .Num(T(c.AvoidedToday)).Num(c.ShareOfJapan is { } share ? ReportFormat.SmallPercent(share) : "")
             .Num(T(c.AvoidedAchievable)).Element("td", c.Factor?.SourceId ?? "", "note").Close("tr").Line();
        }
        h.Close("table").Close("section").Line();
    }

    private static string T(double? v) => v is { } x ? ReportFormat.SignificantTonnes(x) : "";
}
