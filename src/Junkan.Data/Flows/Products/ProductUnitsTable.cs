using Junkan.Data.Reference;

namespace Junkan.Data.Flows.Products;

/// <summary>The published points of one product or series (units/y), ascending years.</summary>
internal sealed record UnitSeries(List<(int Year, double Value)> Points, List<string> Sources)
{
    /// <summary>
    /// Units of every year from..to: linear between published years, the first value before the first year (spin-up),
    /// the last after the last year (both labelled in the data notes).
    /// </summary>
    public double[] Fill(int from, int to)
    {
        var result = new double[to - from + 1];
        for (int i = 0; i < result.Length; i++)
        {
            int year = from + i;
            int k = Points.FindIndex(p => p.Year >= year);
            result[i] = k switch
            {
                0 => Points[0].Value,
                < 0 => Points[^1].Value,
                _ => Points[k - 1].Value + (Points[k].Value - Points[k - 1].Value) * (year - Points[k - 1].Year) / (Points[k].Year - Points[k - 1].Year),
            };
        }
        return result;
    }
}

/// <summary>product_units.csv: <c>product,year,value,low,high,source_id,quality,note</c>; a product or a series named by <c>remainder_of</c>.</summary>
internal static class ProductUnitsTable
{
    public static Dictionary<string, UnitSeries> Read(string path, IReadOnlyDictionary<string, SourceRecord> citations)
    {
        var table = CsvTable.Read(path, "product", "year", "value", "source_id", "quality");
        var series = new Dictionary<string, UnitSeries>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string product = row.Required("product");
            int year = row.Year();
            double value = row.NonNegative("value"), low = row.OptionalNumber("low") ?? value, high = row.OptionalNumber("high") ?? value;
            if (low > value || value > high) throw row.Error("value", $"{value} lies outside low..high = {low}..{high}");
            string source = ProductSystemLoader.Source(row, citations);
            _ = row.Quality();
            var s = series.TryGetValue(product, out var known) ? known : series[product] = new UnitSeries([], []);
            if (s.Points.Count > 0 && year <= s.Points[^1].Year)
                throw row.Error("year", $"the years of '{product}' must ascend without repeats ({s.Points[^1].Year}, then {year})");
            s.Points.Add((year, value));
            if (!s.Sources.Contains(source)) s.Sources.Add(source);
        }
        return series;
    }
}
