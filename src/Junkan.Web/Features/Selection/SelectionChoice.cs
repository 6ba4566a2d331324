using System.Globalization;
using System.Text.Json;
using Junkan.Core.Selection;
using Junkan.Web.Hosting;

namespace Junkan.Web.Features.Selection;

/// <summary>
/// The user's selection assumptions: weights by criterion key (finite, 0..1e6, not all 0; absent keys keep their
/// default), the missing-data rule (worst | neutral) and the aggregation method (weighted-sum | topsis). Empty = the defaults.
/// </summary>
public sealed record SelectionChoice(IReadOnlyDictionary<string, double>? Weights, string? Missing, string? Method)
{
    public static SelectionChoice Default { get; } = new(null, null, null);

    public bool IsDefault => Weights is null or { Count: 0 } && Missing is null && Method is null;

    /// <summary>Field errors, reported under <paramref name="prefix"/> (e.g. <c>weights.trl</c>).</summary>
    public void Validate(Validation v, string prefix = "")
    {
        foreach (var (key, w) in Weights ?? new Dictionary<string, double>())
        {
            v.Check(Criteria.All.Any(c => c.Key() == key), $"{prefix}weights.{key}", $"'{key}' is not a criterion; known: {string.Join(", ", Criteria.All.Select(c => c.Key()))}.");
            v.Check(double.IsFinite(w) && w is >= 0 and <= SelectionSettings.MaxWeight, $"{prefix}weights.{key}", $"{w.ToString(CultureInfo.InvariantCulture)}: weights are numbers in 0..1000000.");
        }
        v.Check(Missing is null or "worst" or "neutral", $"{prefix}missing", $"'{Missing}': write worst or neutral.");
        v.Check(Method is null or "weighted-sum" or "topsis", $"{prefix}method", $"'{Method}': write weighted-sum or topsis.");
    }

    /// <summary>The settings file content (config/selection-settings.json format) of these choices over <paramref name="defaults"/>.</summary>
    public string SettingsJson(SelectionSettings defaults)
    {
        var weights = Criteria.All.ToDictionary(c => c.Key(), c => Weights is not null && Weights.TryGetValue(c.Key(), out var w) ? w : defaults.Weight(c));
        var doc = new Dictionary<string, object>
        {
            ["name"] = "web",
            ["method"] = Method ?? (defaults.Method == AggregationMethod.Topsis ? "topsis" : "weighted-sum"),
            ["select_count"] = defaults.SelectCount,
            ["missing"] = Missing ?? defaults.Missing.ToString().ToLowerInvariant(),
            ["year"] = defaults.Year,
            ["forecast_year"] = defaults.ForecastYear,
            ["horizons"] = defaults.Horizons,
            ["weights"] = weights,
        };
        return JsonSerializer.Serialize(doc);
    }

    /// <summary>Reads the choice fields of a weight-set document or a run request (weights, missing, method).</summary>
    public static SelectionChoice From(JsonElement e, Validation v, string prefix = "")
    {
        Dictionary<string, double>? weights = null;
        if (e.TryGetProperty("weights", out var w) && w.ValueKind != JsonValueKind.Null)
        {
            if (w.ValueKind != JsonValueKind.Object) v.Add($"{prefix}weights", "weights: an object of criterion weights.");
            else
            {
                weights = [];
                foreach (var p in w.EnumerateObject())
                    if (p.Value.TryGetDouble(out var d)) weights[p.Name] = d;
                    else v.Add($"{prefix}weights.{p.Name}", "a number is required.");
            }
        }
        return new SelectionChoice(weights, Text(e, "missing", v, prefix), Text(e, "method", v, prefix));
    }

    private static string? Text(JsonElement e, string key, Validation v, string prefix)
    {
        if (!e.TryGetProperty(key, out var p) || p.ValueKind == JsonValueKind.Null) return null;
        if (p.ValueKind == JsonValueKind.String) return p.GetString();
        v.Add(prefix + key, $"{key}: a string is required.");
        return null;
    }
}
