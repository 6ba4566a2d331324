using Junkan.Core.Citations;
using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;
using Junkan.Data.Reference;

namespace Junkan.Data.Flows;

/// <summary>
/// The parameters of <c>use_parameters.csv</c> and the unit each must be written in; reads one row into an
/// <see cref="Estimate"/> (null for a gap row), checking the unit's range, low ≤ value ≤ high, quality and citation.
/// </summary>
internal static class UseParameterRows
{
    public const string ElementLevel = "all";

    public static readonly IReadOnlyDictionary<string, EstimateUnit> Units = new Dictionary<string, EstimateUnit>
    {
        ["collection_rate"] = EstimateUnit.Fraction, ["export_share"] = EstimateUnit.Fraction, ["recovery_yield"] = EstimateUnit.Fraction,
        ["achievable_collection"] = EstimateUnit.Fraction, ["achievable_yield"] = EstimateUnit.Fraction, ["trl"] = EstimateUnit.TechnologyReadiness,
        ["content"] = EstimateUnit.Fraction, ["product_export_share"] = EstimateUnit.Fraction, ["growth_rate"] = EstimateUnit.PerYear,
        ["new_scrap_share"] = EstimateUnit.Fraction, ["new_scrap_recovery"] = EstimateUnit.Fraction,
    };

    public static readonly string[] ElementParameters = ["new_scrap_share", "new_scrap_recovery"];

    public static Estimate? Read(CsvRow row, Func<string, bool> cited)
    {
        string parameter = row.Required("parameter");
        if (!Units.TryGetValue(parameter, out var unit))
            throw row.Error("parameter", $"unknown parameter '{parameter}'; allowed: {string.Join(", ", Units.Keys)}");
        bool elementLevel = row.Required("use") == ElementLevel;
        if (elementLevel != ElementParameters.Contains(parameter))
            throw row.Error("use", elementLevel ? $"{parameter} is a parameter of one use, not of '{ElementLevel}'" : $"{parameter} is an element-level parameter: write use '{ElementLevel}'");
        if (row.OptionalNumber("value") is not { } value) return null;
        string written = row.Text("unit");
        if (written != unit.Symbol) throw row.Error("unit", $"'{written}' for {parameter}; write it in {unit.Symbol}");
        return Estimates.Read(row, value, unit, cited);
    }
}

/// <summary>The shared checks of a value row with low/high, source and quality.</summary>
internal static class Estimates
{
    public static Estimate Read(CsvRow row, double value, EstimateUnit unit, Func<string, bool> cited, string lowColumn = "low", string highColumn = "high", string valueColumn = "value")
    {
        double low = row.OptionalNumber(lowColumn) ?? value, high = row.OptionalNumber(highColumn) ?? value;
        foreach (var (column, v) in new[] { (valueColumn, value), (lowColumn, low), (highColumn, high) })
            if (!unit.Contains(v))
                throw row.Error(column, $"{v} is outside {unit.RangeText} ({unit}){(unit == EstimateUnit.Fraction ? ": a share or content above 1 is not a fraction" : "")}");
        if (low > value) throw row.Error(lowColumn, $"{low} exceeds the value {value}");
        if (high < value) throw row.Error(highColumn, $"{high} is below the value {value}");
        string source = row.Required("source_id");
        if (!cited(source)) throw row.Error("source_id", $"'{source}' is not a known citation");
        int? year = row.Table.IndexOfColumn("year") >= 0 && row.Text("year").Length > 0 ? row.Year() : null;
        return new Estimate(value, low, high, unit, new Provenance(new SourceId(source), row.Quality(), year), row.Text("note"));
    }
}
