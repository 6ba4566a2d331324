using System.Globalization;
using Junkan.Data.Customs;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Comtrade;

/// <summary>
/// Reads one UN Comtrade CSV (<see cref="ComtradeLayout"/>): every row must be reported by Japan (392); export rows
/// are skipped and counted; import rows of mapped HS codes are kept. A row repeated under a second material download
/// (same year, code and partner, same figures) is kept once; repeated with other figures it is an error naming both rows.
/// </summary>
public static class ComtradeFileReader
{
    /// <summary>Comtrade's reporter code of Japan (UN M49).</summary>
    public const string JapanReporter = "392";

    /// <summary>Mapped import rows, and what was skipped (for messages).</summary>
    public sealed record FileContent(List<ComtradeRecord> Records, int ImportRows, int ExportRows, int Duplicates, Dictionary<string, int> UnmappedCodes, string Layout);

    public static FileContent Read(string path, HsMapping mapping, ComtradePartners partners)
    {
        var table = ImportCsv.ReadRagged(path);
        var layout = ComtradeLayout.Detect(table);
        var records = new List<ComtradeRecord>();
        var seen = new Dictionary<(int, string, string), ComtradeRecord>();
        var unmapped = new Dictionary<string, int>(StringComparer.Ordinal);
        int imports = 0, exports = 0, duplicates = 0;
        foreach (var r in table.Rows)
        {
            string reporter = r.Required(layout.Reporter);
            if (reporter != JapanReporter) throw r.Error(layout.Reporter, $"reporter '{reporter}' is not Japan ({JapanReporter}): the shares are of Japan's reported imports");
            if (!ComtradeLayout.IsImport(r.Required(layout.Flow))) { exports++; continue; }
            imports++;
            string code = r.Required(layout.Code);
            if (code.Length is < 2 or > 6 || !code.All(char.IsAsciiDigit)) throw r.Error(layout.Code, $"'{code}' is not an HS code (2 to 6 digits)");
            if (mapping.ForReported(code).Count == 0) { unmapped[code] = unmapped.GetValueOrDefault(code) + 1; continue; }
            var rec = Record(r, layout, code, partners);
            var key = (rec.Year, rec.Code, rec.Partner.ComtradeCode);
            if (seen.TryGetValue(key, out var first))
            {
                if (first.Tonnes != rec.Tonnes || first.ValueUsd != rec.ValueUsd)
                    throw r.Error(layout.NetWeightKg, $"HS {code} partner {rec.Partner.NameEn} {rec.Year} is given twice with different figures (rows {first.Row} and {r.Line}): remove one download");
                duplicates++;
                continue;
            }
            seen[key] = rec;
            records.Add(rec);
        }
        if (imports == 0) throw new DataFormatException(table.File, null, layout.Flow, $"no import rows: all {exports} rows are exports; download Japan's imports (flow M)");
        return new FileContent(records, imports, exports, duplicates, unmapped, layout.Name);
    }

    private static ComtradeRecord Record(CsvRow r, ComtradeLayout layout, string code, ComtradePartners partners)
    {
        string pCode = layout.PartnerCode is { } pc ? r.Text(pc) : "", pIso = layout.PartnerIso is { } pi ? r.Text(pi) : "";
        string name = layout.PartnerName is { } pn ? r.Text(pn) : "";
        var partner = partners.Resolve(pCode, pIso) ?? throw r.Error(pCode.Length > 0 ? layout.PartnerCode : layout.PartnerIso,
            $"unknown Comtrade partner '{(pCode.Length > 0 ? pCode : pIso)}' ({name}): add it to {ComtradePartners.FileName} with its ISO 3166 code or area");
        if (partner.Kind != PartnerKind.World && pCode.Length > 0 && pIso.Trim().Length > 0 && partner.ComtradeIso.Length > 0
            && !string.Equals(pIso.Trim(), partner.ComtradeIso, StringComparison.OrdinalIgnoreCase))
            throw r.Error(layout.PartnerIso, $"partner code {pCode} is '{pIso.Trim()}' here but '{partner.ComtradeIso}' in {ComtradePartners.FileName}");
        double kg = Amount(r, layout.NetWeightKg), value = Amount(r, layout.ValueUsd);
        return new ComtradeRecord(r.Table.File, r.Line, r.Year(layout.Year), code, partner, kg > 0 ? kg / 1000 : null, value,
            layout.Material is { } m ? r.Text(m) : "");
    }

    /// <summary>A non-negative amount; empty = 0; scientific notation (1.74E+11) accepted.</summary>
    private static double Amount(CsvRow r, string column)
    {
        string s = r.Text(column).Replace(",", "", StringComparison.Ordinal);
        if (s.Length == 0) return 0;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            throw r.Error(column, $"'{r.Text(column)}' is not a number");
        return v >= 0 ? v : throw r.Error(column, $"negative amount {r.Text(column)}");
    }
}
