using Junkan.Data.Reference;

namespace Junkan.Data.Stocks;

/// <summary>
/// A two-column CSV of one series by year (<c>year,inflow</c> or <c>year,stock</c>): years ascending without gaps,
/// values finite and ≥ 0. Every problem names file, row and column.
/// </summary>
public static class YearSeriesFile
{
    /// <summary>Reads the series; <paramref name="valueColumn"/> is <c>inflow</c> or <c>stock</c>.</summary>
    public static (int FirstYear, double[] Values) Read(string path, string valueColumn)
    {
        var table = CsvTable.ReadAtMost(path, Core.Inputs.InputLimits.MaxSeriesYears,
            FormattableString.Invariant($"the limit of one series is {Core.Inputs.InputLimits.MaxSeriesYears:N0} years"), "year", valueColumn);
        var values = new List<double>();
        int first = 0, previous = 0;
        foreach (var row in table.Rows)
        {
            int year = row.Year();
            if (values.Count == 0) first = year;
            else if (year != previous + 1)
                throw row.Error("year", year <= previous
                    ? $"year {year} after {previous}: years must ascend, each once"
                    : $"years jump from {previous} to {year}: give every year (no gaps)");
            values.Add(row.NonNegative(valueColumn));
            previous = year;
        }
        if (values.Count == 0) throw new DataFormatException(table.File, null, null, "no data rows: at least one year is needed");
        return (first, values.ToArray());
    }
}
