using System.Text.Json;
using Junkan.Core.Selection;

namespace Junkan.Data.Settings;

/// <summary>
/// Reads the selection settings (JSON, snake_case keys; example: config/selection-settings.json). Unknown keys,
/// unknown criteria and bad values are errors naming the file and the key.
/// </summary>
public static class SelectionSettingsFile
{
    private static readonly string[] Keys = ["name", "comment", "method", "select_count", "missing", "year", "forecast_year", "horizons", "weights"];

    public static SelectionSettings Load(string path)
    {
        string file = Path.GetFileName(path);
        using (var doc = SettingsJson.Open(path, Keys))
        {
            var root = doc.RootElement;
            if (!root.TryGetProperty("weights", out var w) || w.ValueKind != JsonValueKind.Object)
                throw new DataFormatException(file, null, "weights", "an object of criterion weights is required");
            var weights = new Dictionary<Criterion, double>();
            foreach (var p in w.EnumerateObject())
            {
                Criterion c;
                try { c = Criteria.FromKey(p.Name); }
                catch (ArgumentException e) { throw new DataFormatException(file, null, $"weights.{p.Name}", e.Message); }
                weights[c] = p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : throw new DataFormatException(file, null, $"weights.{p.Name}", "a number is required");
            }
            try
            {
                var method = Text(root, "method", file) switch
                {
                    null or "weighted-sum" => AggregationMethod.WeightedSum,
                    "topsis" => AggregationMethod.Topsis,
                    var m => throw new DataFormatException(file, null, "method", $"'{m}': write weighted-sum or topsis"),
                };
                var missing = Text(root, "missing", file) switch
                {
                    null or "worst" => MissingValuePolicy.Worst,
                    "neutral" => MissingValuePolicy.Neutral,
                    var m => throw new DataFormatException(file, null, "missing", $"'{m}': write worst or neutral"),
                };
                return new SelectionSettings(weights, method, Int(root, "select_count", file) ?? Defaults.SelectCount, missing,
                    Int(root, "year", file) ?? Defaults.Year, Int(root, "forecast_year", file) ?? Defaults.ForecastYear, Years(root, "horizons", file) ?? Defaults.Horizons);
            }
            catch (ArgumentException e) { throw new DataFormatException(file, null, null, e.Message); }
        }
    }

    /// <summary>One line describing the settings, printed by the commands that use them.</summary>
    public static string Describe(SelectionSettings s) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{(s.Method == AggregationMethod.Topsis ? "TOPSIS" : "weighted sum")}, weights {string.Join(" ", Criteria.All.Select(c => $"{c.Key()}={s.Weight(c).ToString(System.Globalization.CultureInfo.InvariantCulture)}"))}, " +
        $"select {s.SelectCount}, missing values {s.Missing.ToString().ToLowerInvariant()}, years {s.Year}/{s.ForecastYear}, horizons {string.Join("/", s.Horizons)}");

    private static string? Text(JsonElement root, string key, string file) =>
        !root.TryGetProperty(key, out var v) ? null : v.ValueKind == JsonValueKind.String ? v.GetString() : throw new DataFormatException(file, null, key, "a string is required");

    private static readonly SelectionSettings Defaults = new(new Dictionary<Criterion, double> { [Criterion.Recoverable] = 1 });

    private static int[]? Years(JsonElement root, string key, string file)
    {
        if (!root.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Array) throw new DataFormatException(file, null, key, "an array of years is required, e.g. [2030, 2040, 2050]");
        return v.EnumerateArray().Select((y, i) => y.ValueKind == JsonValueKind.Number && y.TryGetInt32(out int n) ? n
            : throw new DataFormatException(file, null, $"{key}[{i}]", "an integer year is required")).ToArray();
    }

    private static int? Int(JsonElement root, string key, string file) =>
        !root.TryGetProperty(key, out var v) ? null : v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i : throw new DataFormatException(file, null, key, "an integer is required");
}
