using System.Globalization;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Customs;

/// <summary>
/// Reads one MOF trade-statistics CSV (財務省貿易統計, layout <c>Exp or Imp,Year,Custom,HS,Country,Unit1,Unit2,
/// Quantity1-Year,Quantity2-Year,Value-Year,</c> then monthly columns) in Shift_JIS or UTF-8. Keeps the import rows
/// whose HS code is mapped; every bad cell of such a row fails with file, row and column.
/// </summary>
public static class CustomsFileReader
{
    /// <summary>The columns the reader needs (the monthly columns and Custom are not used).</summary>
    public static readonly string[] RequiredColumns =
        ["Exp or Imp", "Year", "HS", "Country", "Unit1", "Unit2", "Quantity1-Year", "Quantity2-Year", "Value-Year"];

    /// <summary>Rows of one file: the mapped import records and the counts needed for messages.</summary>
    public sealed record FileContent(List<CustomsRecord> Records, int ImportRows, Dictionary<string, int> UnmappedHs, Dictionary<string, int> UnknownCountries);

    public static FileContent Read(string path, HsMapping mapping, MofCountryCodes countries, CustomsImportOptions options)
    {
        string name = Path.GetFileName(path);
        ImportPaths.RequireFile(path);
        var table = ImportCsv.Read(path, CustomsEncoding.Detect(path), RequiredColumns);
        var records = new List<CustomsRecord>();
        var unmapped = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new Dictionary<string, int>(StringComparer.Ordinal);
        int exports = 0, imports = 0, rows = 0;
        var years = new SortedSet<int>();
        foreach (var r in table.Rows)
        {
            rows++;
            if (!IsImport(r)) { exports++; continue; }
            int year = r.Integer("Year");
            years.Add(year);
            if (options.Year is int y && year != y) continue;
            imports++;
            string hs = new(r.Required("HS").Where(char.IsAsciiDigit).ToArray());
            if (hs.Length is < 6 or > 10) throw r.Error("HS", $"'{r.Text("HS")}' is not an HS statistical code (6 to 10 digits)");
            if (mapping.For(hs).Count == 0)
            {
                unmapped[hs] = unmapped.GetValueOrDefault(hs) + 1;
                continue;
            }
            string mof = r.Required("Country");
            string? partner = countries.TryResolve(mof);
            if (partner is null)
            {
                if (options.UnknownCountry == UnknownCountryPolicy.Error)
                    throw r.Error("Country", $"unknown MOF country code '{mof}': not in mof_countries.csv (add it there, or run with --unknown-country other)");
                partner = Core.Elements.CountryCode.Other;
                unknown[mof] = unknown.GetValueOrDefault(mof) + 1;
            }
            double q1 = Amount(r, "Quantity1-Year"), q2 = Amount(r, "Quantity2-Year"), value = Amount(r, "Value-Year");
            string u1 = Unit(r, "Unit1"), u2 = Unit(r, "Unit2");
            double tonnes = CustomsUnits.Tonnes(u2) is double f2 ? q2 * f2
                : CustomsUnits.Tonnes(u1) is double f1 ? q1 * f1
                : throw r.Error("Unit2", $"no weight unit (Unit1 '{u1}', Unit2 '{u2}'); a weight in {string.Join(", ", CustomsUnits.WeightUnits)} is required");
            records.Add(new CustomsRecord(name, r.Line, year, hs, partner, tonnes, value));
        }
        if (rows == 0) throw new DataFormatException(name, null, null, "no data rows");
        if (exports == rows)
            throw new DataFormatException(name, null, "Exp or Imp", $"no import rows: all {rows} rows are exports (Exp or Imp = 1); use the import file (Exp or Imp = 2)");
        if (imports == 0)
            throw new DataFormatException(name, null, "Year", $"no import rows for year {options.Year}; the file has {string.Join(", ", years)}");
        return new FileContent(records, imports, unmapped, unknown);
    }

    private static bool IsImport(CsvRow r) => r.Required("Exp or Imp").ToLowerInvariant() switch
    {
        "2" or "imp" or "import" or "imports" or "輸入" => true,
        "1" or "exp" or "export" or "exports" or "輸出" => false,
        var s => throw r.Error("Exp or Imp", $"'{s}' is neither 1/export nor 2/import"),
    };

    private static string Unit(CsvRow r, string column)
    {
        string u = r.Text(column).ToUpperInvariant();
        return CustomsUnits.IsKnown(u) ? u : throw r.Error(column, $"unknown quantity unit '{u}' (weight units: {string.Join(", ", CustomsUnits.WeightUnits)})");
    }

    /// <summary>A non-negative annual amount; empty = 0; thousands separators are tolerated.</summary>
    private static double Amount(CsvRow r, string column)
    {
        string s = r.Text(column).Replace(",", "", StringComparison.Ordinal);
        if (s.Length == 0) return 0;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            throw r.Error(column, $"'{r.Text(column)}' is not a number");
        return v >= 0 ? v : throw r.Error(column, $"negative amount {v}");
    }
}
