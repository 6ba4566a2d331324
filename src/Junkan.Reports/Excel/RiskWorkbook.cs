using ClosedXML.Excel;
using Junkan.Core.Elements;
using Junkan.Core.Risk;
using Junkan.Reports.Formatting;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Excel;

/// <summary>
/// The report's tables as an Excel workbook (ClosedXML): overview of levels, every indicator result, every input
/// figure (all countries, partners, prices), policy before/after, settings, sources and the run manifest.
/// Values are numbers in the indicator's unit (fractions, not percentages), so analysts can compute with them.
/// </summary>
public static class RiskWorkbook
{
    public static byte[] Render(RiskReport r, ReportText t)
    {
        using var wb = new XLWorkbook();
        Overview(wb, r, t);
        Indicators(wb, r, t);
        Inputs(wb, r, t);
        Lists(wb, r, t);
        if (r.Policies.Count > 0) Policy(wb, r, t);
        Settings(wb, r, t);
        Sources(wb, r, t);
        ManifestSheet(wb, r.Manifest, t);
        return WorkbookPackage.Save(wb, r.Manifest.GeneratedAt);
    }

    private static void Overview(XLWorkbook wb, RiskReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Overview"], [t["Symbol"], t["Element"], .. RiskIndicators.All.Select(t.IndicatorShort), t["RefineryConcentration"], t["EuSupplyRisk"], t["EuEconomicImportance"], t["EuMaterial"]]);
        foreach (var e in r.Elements)
        {
            var results = e.Profile.Radar.Concat(e.Profile.Supplementary.Take(1)).ToArray();
            object?[] levels = [.. results.Select(x => (object?)ReportFormat.Level(x, t))];
            if (results.Length == 6) levels = [.. levels, null];
            var eu = e.Eu.Count > 0 ? e.Eu[0] : null;
            var row = s.Add([e.Symbol, e.Name(t.Language), .. levels, eu?.SupplyRisk, eu?.EconomicImportance,
                string.Join("; ", e.Eu.Select(x => x.Material))]);
            for (int k = 0; k < results.Length; k++) Colour(row.Cell(k + 3), results[k]);
        }
    }

    private static void Colour(IXLCell cell, IndicatorResult res)
    {
        string? html = res.Level switch { RiskLevel.High => "#F4B6B0", RiskLevel.Mid => "#FBE3A6", RiskLevel.Low => "#CFE8C9", _ => "#E6E6E6" };
        cell.Style.Fill.BackgroundColor = XLColor.FromHtml(html);
    }

    private static void Indicators(XLWorkbook wb, RiskReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Indicators"], t["Symbol"], t["Indicator"], "key", t["Stage"], t["Value"], t["Unit"], t["Level"], t["DataYear"], t["Sources"], t["Proxy"], t["Notes"]);
        foreach (var e in r.Elements)
            foreach (var x in e.Profile.Radar.Concat(e.Profile.Supplementary))
                s.Add(e.Symbol, t.Indicator(x.Indicator), x.Indicator.Key(), x.Stage is { } st ? t.Stage(st) : null, x.Value,
                    x.Value is null ? t.Status(x.Status) : x.Indicator.Unit(), ReportFormat.Level(x, t), x.Year,
                    string.Join(", ", x.Sources), x.ProxyLabel, string.Join(" | ", x.Notes));
    }

    private static void Inputs(XLWorkbook wb, RiskReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Inputs"], t["Symbol"], t["Kind"], t["Series"], t["Year"], t["Country"], t["Amount"], t["Unit"], t["Share"], t["Sources"], t["Proxy"]);
        foreach (var e in r.Elements)
        {
            var i = e.Inputs;
            Distribution(s, r, e.Symbol, t["Reserves"], i.Reserves);
            Distribution(s, r, e.Symbol, t["MineProduction"], i.MineProduction);
            Distribution(s, r, e.Symbol, t["RefineryProduction"], i.RefineryProduction);
            Imports(s, e.Symbol, t["ImportsConcentrate"], i.ConcentrateImports);
            Imports(s, e.Symbol, t["ImportsRefined"], i.RefinedImports);
            if (i.Price is { } p)
                foreach (var a in p.Prices) s.Add(e.Symbol, t["Prices"], p.Series, a.Year, null, a.Value, p.Unit, null, string.Join(", ", p.Sources), p.ProxyLabel);
            if (i.Secondary is { } sec)
            {
                s.Add(e.Symbol, t["SecondaryShare"], null, sec.Year, null, null, null, sec.Share, string.Join(", ", sec.Sources), sec.ProxyLabel);
                if (sec.Reference is { } rf) s.Add(e.Symbol, t["SecondaryReference"], null, rf.Year, null, null, null, rf.Share, string.Join(", ", rf.Sources), rf.ProxyLabel);
            }
        }
    }

    private static void Distribution(SheetWriter s, RiskReport r, string symbol, string kind, CountryDistribution? d)
    {
        if (d is null) return;
        double denom = d.Denominator(r.Settings.HhiDenominator);
        string src = string.Join(", ", d.Sources);
        foreach (var c in d.Countries.OrderByDescending(c => c.Tonnes))
            s.Add(symbol, kind, d.Series, d.Year, c.Country, c.Tonnes, "t", denom > 0 ? c.Tonnes / denom : null, src, d.ProxyLabel);
        if (d.OtherCountries is double o) s.Add(symbol, kind, d.Series, d.Year, CountryCode.Other, o, "t", denom > 0 ? o / denom : null, src, d.ProxyLabel);
        if (d.ReportedWorldTotal is double w) s.Add(symbol, kind, d.Series, d.Year, CountryCode.World, w, "t", null, src, d.ProxyLabel);
    }

    private static void Imports(SheetWriter s, string symbol, string kind, ImportPartners p)
    {
        foreach (var x in p.Partners)
            s.Add(symbol, kind, null, p.Year, x.Country, null, null, x.Share, string.Join(", ", p.Sources), p.ProxyLabel);
    }

    private static void Lists(XLWorkbook wb, RiskReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Lists"], t["Symbol"], "list", t["Lists"], t["Value"], t["Sources"], t["Notes"]);
        foreach (var e in r.Elements)
            foreach (var l in e.Lists)
                s.Add(e.Symbol, l.List, t.List(l.List), t.Membership(l.Member), l.SourceId, l.Note);
    }

    private static void Policy(XLWorkbook wb, RiskReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Policy"], t["Scenario"], t["Symbol"], "key", t["Before"], t["Level"], t["After"], t["Level"], t["MovedBy"], t["StockpileDays"]);
        foreach (var o in r.Policies)
            foreach (var e in o.Elements)
                foreach (var i in RiskIndicators.All)
                {
                    var b = e.Before.Get(i); var a = e.After.Get(i);
                    s.Add(o.Scenario.Name, e.Element, i.Key(), b.Value, ReportFormat.Level(b, t), a.Value, ReportFormat.Level(a, t),
                        string.Join("; ", e.Effects.Where(x => x.Indicator == i).Select(x => x.Measure.Label).Distinct()), e.StockpileDays);
                }
    }

    private static void Settings(XLWorkbook wb, RiskReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Settings"], t["SettingKey"], t["SettingValue"]);
        foreach (var x in r.SettingRows) s.Add(x.Key, x.Value);
    }

    private static void Sources(XLWorkbook wb, RiskReport r, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Sources"], t["SourceId"], t["Citation"], "URL");
        foreach (var x in r.CitedSources()) s.Add(x.Id, x.Citation, x.Url);
    }

    /// <summary>The run manifest sheet: code version, time, command, settings file and every input file with its hash.</summary>
    internal static void ManifestSheet(XLWorkbook wb, RunManifest m, ReportText t)
    {
        var s = new SheetWriter(wb, t["Sheet_Manifest"], t["File"], t["Bytes"], t["Sha256"]);
        s.Add(t["CodeVersion"], null, m.CodeVersion);
        s.Add(t["GeneratedAt"], null, ReportFormat.Timestamp(m.GeneratedAt));
        s.Add(t["Command"], null, m.Command);
        s.Add(t["SettingsFile"], null, m.SettingsFile);
        foreach (var f in m.Inputs) s.Add(f.Path, f.Bytes, f.Sha256);
    }
}
