using Junkan.Core.Elements;
using Junkan.Core.Risk;

namespace Junkan.Data.Reference;

/// <summary>
/// Turns the reference tables into the inputs of the six indicators for one element and assessment year:
/// the USGS series named in <c>risk_series.csv</c>, Japan's import shares, prices and secondary supply. A member
/// of a group (Nd in REE) without its own figures uses the group's, labelled as a proxy.
/// </summary>
public sealed class RiskInputsBuilder(ReferenceData data)
{
    public ElementRiskInputs Build(string element, int year)
    {
        var e = data.Element(element);
        return new ElementRiskInputs(element, year,
            Distribution(element, "reserves", year, data.Reserves),
            Distribution(element, "mine", year, data.Production),
            Distribution(element, "refinery", year, data.Production),
            Imports(e, SupplyStage.Mine, year),
            Imports(e, SupplyStage.Refined, year),
            Price(element, year),
            Secondary(e, year));
    }

    /// <summary>All elements that are NEDO targets or case-study additions, in table order.</summary>
    public IReadOnlyList<string> AssessedElements => data.Elements.Select(e => e.Symbol).ToArray();

    private CountryDistribution? Distribution(string element, string indicator, int year, IReadOnlyList<CountryFigure> table)
    {
        var s = data.RiskSeries.FirstOrDefault(r => r.Element == element && r.Indicator == indicator);
        if (s is null) return null;
        var rows = table.Where(f => f.Commodity == s.Commodity && f.Series == s.Series && f.Year <= year).ToArray();
        var usable = rows.Where(f => f.Tonnes is not null && !CountryCode.IsPseudo(f.Country)).Select(f => f.Year).ToHashSet();
        if (usable.Count == 0) return null;
        int y = usable.Max();
        var ofYear = rows.Where(f => f.Year == y).ToArray();
        double? Pseudo(string code) => ofYear.FirstOrDefault(f => f.Country == code)?.Tonnes;
        return new CountryDistribution(s.Series, y,
            ofYear.Where(f => !CountryCode.IsPseudo(f.Country) && f.Tonnes is not null).Select(f => new CountryAmount(f.Country, f.Tonnes!.Value)).ToArray(),
            Pseudo(CountryCode.Other), Pseudo(CountryCode.World),
            ofYear.Select(f => f.SourceId).Distinct().ToArray(), s.Proxy);
    }

    private ImportPartners Imports(ElementRecord e, SupplyStage stage, int year)
    {
        foreach (var (symbol, proxy) in WithParent(e))
        {
            var na = data.Applicability.FirstOrDefault(a => a.Element == symbol && a.Stage == stage && !a.Applicable);
            if (na is not null) return ImportPartners.NotApplicable(stage, na.Reason, [na.SourceId]);
            var rows = data.JapanImports.Where(i => i.Element == symbol && i.Stage == stage).ToArray();
            if (rows.Length == 0) continue;
            var chosen = Shares(stage, rows, year, proxy);
            var sources = chosen.Sources.ToHashSet();
            var others = rows.Where(r => !sources.Contains(r.SourceId)).ToArray();
            return others.Length == 0 ? chosen : chosen with { CrossCheck = Shares(stage, others, year, proxy) };
        }
        return ImportPartners.NoData(stage,
            "No partner shares of Japan's imports: neither METI's 2019 slides nor the UN Comtrade 2020 file cover this element at this stage (its HS codes are missing there; docs/methods/comtrade-import.md); import a customs or Comtrade file (junkan data import-customs, import-comtrade).");
    }

    /// <summary>The shares of the latest year at or before <paramref name="year"/> (else the earliest year), with the basis note of its first row.</summary>
    private static ImportPartners Shares(SupplyStage stage, ImportShareRecord[] rows, int year, string? proxy)
    {
        int y = rows.Any(r => r.Year <= year) ? rows.Where(r => r.Year <= year).Max(r => r.Year) : rows.Min(r => r.Year);
        var ofYear = rows.Where(r => r.Year == y).ToArray();
        return new ImportPartners(stage, ImportDataKind.Shares, y,
            ofYear.Select(r => new PartnerShare(r.Partner, r.Share)).ToArray(),
            ofYear.Select(r => r.TotalTonnes).FirstOrDefault(t => t is not null),
            ofYear.Select(r => r.SourceId).Distinct().ToArray(), null, proxy)
        { Basis = ofYear.Select(r => r.Note).FirstOrDefault(n => n.Length > 0) };
    }

    private PriceSeries? Price(string element, int year)
    {
        var s = data.RiskSeries.FirstOrDefault(r => r.Element == element && r.Indicator == "price");
        if (s is null) return null;
        var rows = data.Prices.Where(p => p.Commodity == s.Commodity && p.Series == s.Series && p.Value is not null && p.Year <= year)
            .GroupBy(p => p.Year).Select(g => g.First()).OrderBy(p => p.Year).ToArray();
        if (rows.Length == 0) return null;
        return new PriceSeries(s.Series, rows[0].Unit, rows.Select(p => new AnnualPrice(p.Year, p.Value!.Value)).ToArray(),
            rows.Select(p => p.SourceId).Distinct().ToArray(), s.Proxy);
    }

    private SecondarySupply? Secondary(ElementRecord e, int year)
    {
        foreach (var (symbol, parentProxy) in WithParent(e))
        {
            var rows = data.Secondary.Where(s => s.Element == symbol).OrderBy(s => s.Year <= year ? 0 : 1).ThenByDescending(s => s.Year).ToArray();
            if (rows.Length == 0) continue;
            var r = rows[0];
            string? proxy = r.Basis == "japan" ? null : $"{r.Basis} (not Japan's own figure)";
            if (parentProxy is not null) proxy = proxy is null ? parentProxy : $"{proxy}; {parentProxy}";
            return new SecondarySupply(r.Share, r.Year, [r.SourceId], proxy);
        }
        return null;
    }

    private IEnumerable<(string Symbol, string? Proxy)> WithParent(ElementRecord e)
    {
        yield return (e.Symbol, null);
        if (e.Parent is { } p) yield return (p, $"{data.Element(p).NameEn} as a group");
    }
}
