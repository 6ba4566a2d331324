using Junkan.Core.Recyclability;
using Junkan.Data.Reference;

namespace Junkan.Data.Recyclability;

/// <summary>
/// Reads one long-format parameter row (<c>parameter,value,low,high,unit,year,source_id,quality,note</c>) into an
/// <see cref="Estimate"/> or a gap, checking the unit the parameter requires, fractions in 0..1, TRL in 1..9,
/// low ≤ value ≤ high, the year, the quality and that the source is cited.
/// </summary>
internal static class ParameterRows
{
    /// <summary>The unit each parameter must be given in.</summary>
    public static readonly IReadOnlyDictionary<string, string> Units = new Dictionary<string, string>
    {
        ["japan_demand"] = "t", ["dissipative_share"] = "fraction", ["ore_grade"] = "fraction", ["eol_rr_global"] = "fraction",
        ["urban_mine_stock_japan"] = "t", ["eol_rir_eu"] = "fraction",
        ["generation"] = "t", ["contained"] = "t", ["recovered"] = "t", ["content"] = "fraction", ["collection_rate_now"] = "fraction",
        ["collection_rate_achievable"] = "fraction", ["yield_pre"] = "fraction", ["yield_end"] = "fraction", ["trl"] = "TRL",
        ["recovered_japan"] = "t",
    };

    /// <summary>The estimate of the row, or null when the value is empty (a gap).</summary>
    public static Estimate? Read(CsvRow row, IReadOnlyCollection<string> allowed, Func<string, bool> cited, string parameterColumn = "parameter")
    {
        string parameter = row.Required(parameterColumn);
        if (!allowed.Contains(parameter))
            throw row.Error(parameterColumn, $"unknown {parameterColumn} '{parameter}'; allowed here: {string.Join(", ", allowed)}");
        if (row.OptionalNumber("value") is not { } value) return null;
        string unit = row.Text("unit");
        string expected = Units[parameter];
        if (unit != expected && !(expected == "t" && unit == "t/y"))
            throw row.Error("unit", $"'{unit}' for {parameter}; write it in {expected}");
        double low = row.OptionalNumber("low") ?? value, high = row.OptionalNumber("high") ?? value;
        if (expected == "fraction")
            foreach (var (column, v) in new[] { ("value", value), ("low", low), ("high", high) })
                if (v is < 0 or > 1) throw row.Error(column, $"{v} is not a fraction in 0..1 ({parameter}{(parameter == "content" ? ": a content above 1 is not a mass fraction" : "")})");
        if (expected == "TRL" && (value < 1 || value > 9)) throw row.Error("value", $"TRL {value} is outside 1..9");
        if (value < 0 || low < 0) throw row.Error(value < 0 ? "value" : "low", "must not be negative");
        if (low > value) throw row.Error("low", $"{low} exceeds the value {value}");
        if (high < value) throw row.Error("high", $"{high} is below the value {value}");
        string source = row.Required("source_id");
        if (!cited(source)) throw row.Error("source_id", $"'{source}' is not a known citation");
        int? year = row.Text("year").Length == 0 ? null : row.Integer("year");
        return new Estimate(value, low, high, Core.Quantities.EstimateUnit.Parse(expected), new Core.Citations.Provenance(new Core.Citations.SourceId(source), row.Quality(), year, unit == expected ? null : unit), row.Text("note"));
    }
}
