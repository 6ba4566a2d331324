using System.Globalization;
using Junkan.Data.Customs;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Comtrade;

/// <summary>
/// Partner shares per element, stage and year from Comtrade partner rows: net weight of each partner summed over the
/// element-stage's HS codes, divided by the total (shares of gross product weight). Rows without a net weight are left
/// out and named; a subheading whose heading is also in the data is left out (the heading covers it).
/// </summary>
public static class ComtradeShares
{
    /// <summary>Quality of shares over element-specific codes: official statistics.</summary>
    public const int QualityOfficial = 5;

    /// <summary>Quality of shares over a code shared with other elements (a parent-group proxy).</summary>
    public const int QualityShared = 2;

    /// <summary>The shares, and per HS code the element-stages it was counted towards ("Ni:mine").</summary>
    public sealed record Result(IReadOnlyList<ImportShareRecord> Shares, IReadOnlyDictionary<string, string> CodeElements);

    public static Result Compute(IReadOnlyList<ComtradeRecord> partnerRows, HsMapping mapping, List<string> warnings)
    {
        var shares = new List<ImportShareRecord>();
        var codeElements = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var groups = partnerRows.SelectMany(r => mapping.ForReported(r.Code).Select(e => (Entry: e, Row: r)))
            .GroupBy(x => (x.Entry.Element, x.Entry.Stage, x.Row.Year))
            .OrderBy(g => g.Key.Element, StringComparer.Ordinal).ThenBy(g => g.Key.Stage).ThenBy(g => g.Key.Year);
        foreach (var g in groups)
        {
            string label = $"{g.Key.Element} {ImportRows.Stage(g.Key.Stage)} {g.Key.Year.ToString(CultureInfo.InvariantCulture)}";
            var rows = WithoutNested(g.ToList(), label, warnings);
            var noWeight = rows.Where(x => x.Row.Tonnes is null && x.Row.ValueUsd > 0).ToArray();
            if (noWeight.Length > 0)
                warnings.Add($"{label}: {noWeight.Length} partner row(s) without net weight left out of the shares: {NoWeight(noWeight)}");
            double total = rows.Sum(x => x.Row.Tonnes ?? 0);
            if (total <= 0) { warnings.Add($"{label}: no net weight imported; no shares written"); continue; }
            foreach (var code in rows.Select(x => x.Row.Code).Distinct())
                (codeElements.TryGetValue(code, out var set) ? set : codeElements[code] = new(StringComparer.Ordinal)).Add($"{g.Key.Element}:{ImportRows.Stage(g.Key.Stage)}");
            bool shared = rows.Any(x => x.Entry.Shared);
            string note = Note(g.Key.Year, rows, shared, noWeight);
            var byPartner = rows.Where(x => x.Row.Tonnes > 0).GroupBy(x => x.Row.Partner.Partner)
                .Select(p => (Partner: p.Key, Tonnes: p.Sum(x => x.Row.Tonnes!.Value)))
                .OrderByDescending(p => p.Tonnes).ThenBy(p => p.Partner, StringComparer.Ordinal).ToArray();
            for (int i = 0; i < byPartner.Length; i++)
                shares.Add(new ImportShareRecord(g.Key.Element, g.Key.Stage, byPartner[i].Partner, g.Key.Year, Math.Round(byPartner[i].Tonnes / total, 4),
                    Math.Round(total, 3), ComtradeImporter.SourceId, shared ? QualityShared : QualityOfficial, i == 0 ? note : ""));
        }
        return new Result(shares, codeElements.ToDictionary(kv => kv.Key, kv => string.Join(" ", kv.Value), StringComparer.Ordinal));
    }

    private static List<(HsMappingEntry Entry, ComtradeRecord Row)> WithoutNested(List<(HsMappingEntry Entry, ComtradeRecord Row)> rows, string label, List<string> warnings)
    {
        var headings = rows.Select(x => x.Row.Code).Where(c => c.Length == 4).ToHashSet(StringComparer.Ordinal);
        var nested = rows.Where(x => x.Row.Code.Length == 6 && headings.Contains(x.Row.Code[..4])).ToArray();
        if (nested.Length == 0) return rows;
        warnings.Add($"{label}: subheading(s) {string.Join(", ", nested.Select(x => x.Row.Code).Distinct())} left out: their heading is in the data and covers them");
        return [.. rows.Except(nested)];
    }

    private static string Note(int year, List<(HsMappingEntry Entry, ComtradeRecord Row)> rows, bool shared, (HsMappingEntry Entry, ComtradeRecord Row)[] noWeight)
    {
        var codes = rows.Select(x => x.Row.Code).Distinct().Order(StringComparer.Ordinal);
        var caveats = rows.Select(x => x.Entry).DistinctBy(e => e.Hs6).Where(e => e.Note.Length > 0 && !e.Shared).Select(e => $"{e.Hs6}: {e.Note}");
        string note = string.Create(CultureInfo.InvariantCulture,
            $"UN Comtrade {year}, Japan (392) imports by partner; shares by net weight (t of goods, not element content) over HS {string.Join(" ", codes)} (as reported, HS 2017)");
        if (shared) note += "; shared subheading: shares are of the whole subheading";
        foreach (var c in caveats) note += "; " + c;
        if (noWeight.Length > 0) note += $"; left out for lack of net weight: {NoWeight(noWeight)}";
        return note;
    }

    private static string NoWeight(IEnumerable<(HsMappingEntry Entry, ComtradeRecord Row)> rows) =>
        string.Join(", ", rows.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Row.Partner.Partner} HS {x.Row.Code} (US$ {x.Row.ValueUsd:#,0})")));
}
