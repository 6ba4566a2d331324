using System.Text.Json;
using Junkan.Core.Selection;

namespace Junkan.Data.Settings;

/// <summary>
/// Reads the selection settings (JSON, snake_case keys; example: config/selection-settings.json). Unknown keys,
/// unknown criteria and bad values are errors naming the file, the line and the key.
/// </summary>
public static class SelectionSettingsFile
{
    private static readonly string[] Keys = ["name", "comment", "method", "select_count", "missing", "year", "forecast_year", "horizons", "weights"];

    /// <summary>The keys a validation message may name, the longer ones first (forecast_year before year).</summary>
    private static readonly string[] Checked = ["select_count", "forecast_year", "horizons", "weights", "year"];

    public static SelectionSettings Load(string path)
    {
        using var doc = SettingsDocument.Open(path, Keys);
        var weights = Weights(doc);
        var method = Text(doc, "method") switch
        {
            null or "weighted-sum" => AggregationMethod.WeightedSum,
            "topsis" => AggregationMethod.Topsis,
            var m => throw doc.Error("method", $"'{m}': write weighted-sum or topsis"),
        };
        var missing = Text(doc, "missing") switch
        {
            null or "worst" => MissingValuePolicy.Worst,
            "neutral" => MissingValuePolicy.Neutral,
            var m => throw doc.Error("missing", $"'{m}': write worst or neutral"),
        };
        try
        {
            return new SelectionSettings(weights, method, Int(doc, "select_count") ?? Defaults.SelectCount, missing,
                Year(doc, "year") ?? Defaults.Year, Year(doc, "forecast_year") ?? Defaults.ForecastYear, Years(doc, "horizons") ?? Defaults.Horizons);
        }
        catch (ArgumentException e) { throw doc.Error(Checked.FirstOrDefault(k => e.Message.Contains(k, StringComparison.Ordinal)), e.Message); }
    }

    private static Dictionary<Criterion, double> Weights(SettingsDocument doc)
    {
        if (!doc.Root.TryGetProperty("weights", out var w) || w.ValueKind != JsonValueKind.Object)
            throw doc.Error("weights", "an object of criterion weights is required");
        var weights = new Dictionary<Criterion, double>();
        foreach (var p in w.EnumerateObject())
        {
            string key = $"weights.{p.Name}";
            Criterion c;
            try { c = Criteria.FromKey(p.Name); }
            catch (ArgumentException e) { throw doc.Error(key, e.Message); }
            if (weights.ContainsKey(c)) throw doc.Error(key, "given twice");
            double v = doc.Number(p.Value, key);
            weights[c] = v >= 0 ? v : throw doc.Error(key, $"{v} is negative: weights are finite numbers >= 0");
        }
        return weights;
    }

    /// <summary>One line describing the settings, printed by the commands that use them.</summary>
    public static string Describe(SelectionSettings s) =>
        $"{(s.Method == AggregationMethod.Topsis ? "TOPSIS" : "weighted sum")}, weights {string.Join(" ", Criteria.All.Select(c => $"{c.Key()}={s.Weight(c).ToString(System.Globalization.CultureInfo.InvariantCulture)}"))}, " +
        $"select {s.SelectCount}, missing values {s.Missing.ToString().ToLowerInvariant()}, years {s.Year}/{s.ForecastYear}, horizons {string.Join("/", s.Horizons)}";

    private static string? Text(SettingsDocument doc, string key) => doc.Root.TryGetProperty(key, out var v) ? doc.Text(v, key) : null;

    private static readonly SelectionSettings Defaults = new(new Dictionary<Criterion, double> { [Criterion.Recoverable] = 1 });

    private static int[]? Years(SettingsDocument doc, string key)
    {
        if (!doc.Root.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Array) throw doc.Error(key, "an array of years is required, e.g. [2030, 2040, 2050]");
        return v.EnumerateArray().Select((y, i) => doc.Year(y, $"{key}[{i}]")).ToArray();
    }

    private static int? Year(SettingsDocument doc, string key) => doc.Root.TryGetProperty(key, out var v) ? doc.Year(v, key) : null;

    private static int? Int(SettingsDocument doc, string key) => doc.Root.TryGetProperty(key, out var v) ? doc.Integer(v, key) : null;
}
