using Junkan.Core.Recyclability;
using Junkan.Data.Reference;

namespace Junkan.Data.Recyclability;

/// <summary>
/// Reads <c>emission_factors.csv</c> of data/recyclability (README there): one row per element, primary and optional
/// secondary factor in kg CO2e/kg, with source and quality. Every problem names file, row and column.
/// </summary>
internal static class EmissionFactorReader
{
    public const string FileName = "emission_factors.csv";

    /// <summary>The factors by element; a folder without the file has none (every element a gap).</summary>
    public static IReadOnlyDictionary<string, EmissionFactor> Read(string path, IReadOnlyCollection<string> elements, Func<string, bool> cited)
    {
        var result = new Dictionary<string, EmissionFactor>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;
        foreach (var row in CsvTable.Read(path, "element", "primary", "secondary", "secondary_source_id", "unit", "year", "source_id", "quality").Rows)
        {
            string element = row.Required("element");
            if (!elements.Contains(element)) throw row.Error("element", $"unknown element '{element}' (not in elements.csv)");
            if (row.Required("unit") != "kg CO2e/kg") throw row.Error("unit", $"'{row.Text("unit")}': write kg CO2e/kg");
            double primary = row.Number("primary");
            if (!double.IsFinite(primary) || primary <= 0) throw row.Error("primary", $"{primary} must be a positive number of kg CO2e/kg");
            double? secondary = row.OptionalNumber("secondary");
            if (secondary is { } s && !(s >= 0 && s <= primary)) throw row.Error("secondary", $"{s} must lie in 0..primary ({primary}) kg CO2e/kg");
            if (secondary is not null && !cited(row.Required("secondary_source_id"))) throw row.Error("secondary_source_id", $"unknown citation '{row.Text("secondary_source_id")}'");
            string source = row.Required("source_id");
            if (!cited(source)) throw row.Error("source_id", $"unknown citation '{source}'");
            _ = row.Quality();
            if (!result.TryAdd(element, new EmissionFactor(element, primary, secondary, source, row.Year())))
                throw row.Error("element", $"{element} has two rows");
        }
        return result;
    }
}
