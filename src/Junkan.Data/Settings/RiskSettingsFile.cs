using System.Text.Json;
using Junkan.Core.Risk;

namespace Junkan.Data.Settings;

/// <summary>
/// Reads and writes the supply-risk settings file (JSON, snake_case keys; example: config/risk-settings.json).
/// Unknown keys and bad values are errors naming the file and the key.
/// </summary>
public static class RiskSettingsFile
{
    private static readonly string[] Keys =
        ["name", "comment", "hhi_denominator", "stability_method", "missing_stability", "price_method", "price_window_years", "cutoffs"];

    private static readonly string[] CutoffKeys = ["concentration", "import_stability", "price_volatility", "secondary_supply"];
    private static readonly string[] LevelKeys = ["high", "mid"];

    public static RiskSettings Load(string path)
    {
        using var doc = SettingsDocument.Open(path, Keys);
        var root = doc.Root;
        var d = RiskSettings.Default;
        if (root.TryGetProperty("cutoffs", out var c))
        {
            if (c.ValueKind != JsonValueKind.Object) throw doc.Error("cutoffs", "an object of cut-offs is required");
            doc.AllowOnly(c, "cutoffs.", CutoffKeys);
        }
        var s = new RiskSettings
        {
            Name = Str(doc, "name") ?? Path.GetFileNameWithoutExtension(path),
            HhiDenominator = Enum(doc, "hhi_denominator", Denominators, d.HhiDenominator),
            StabilityMethod = Enum(doc, "stability_method", StabilityMethods, d.StabilityMethod),
            MissingStability = Num(doc, "missing_stability") ?? d.MissingStability,
            PriceMethod = Enum(doc, "price_method", PriceMethods, d.PriceMethod),
            PriceWindowYears = root.TryGetProperty("price_window_years", out var w) ? doc.Integer(w, "price_window_years") : d.PriceWindowYears,
            Concentration = Cutoffs(doc, "concentration", d.Concentration),
            ImportStability = Cutoffs(doc, "import_stability", d.ImportStability),
            PriceVolatility = Cutoffs(doc, "price_volatility", d.PriceVolatility),
            SecondarySupply = Cutoffs(doc, "secondary_supply", d.SecondarySupply),
        };
        try { return s.Validated(); }
        catch (ArgumentException e) { throw doc.Error(KeyIn(e.Message), e.Message); }
    }

    /// <summary>The settings key a validation message names (its first word that is a key), or null.</summary>
    private static string? KeyIn(string message) =>
        CutoffKeys.Select(k => "cutoffs." + k).Concat(Keys.Skip(2)).FirstOrDefault(k => message.Contains(k.Split('.')[^1], StringComparison.Ordinal));

    internal static readonly Dictionary<string, HhiDenominator> Denominators = new()
    {
        ["reported-world-total"] = HhiDenominator.ReportedWorldTotal,
        ["named-countries"] = HhiDenominator.NamedCountries,
        ["other-as-one-country"] = HhiDenominator.OtherAsOneCountry,
    };
    internal static readonly Dictionary<string, CountryStabilityMethod> StabilityMethods = new()
    {
        ["eu-wgi-mean"] = CountryStabilityMethod.EuWgiMean,
        ["political-stability"] = CountryStabilityMethod.PoliticalStabilityOnly,
    };
    internal static readonly Dictionary<string, PriceVolatilityMethod> PriceMethods = new()
    {
        ["cv"] = PriceVolatilityMethod.CoefficientOfVariation,
        ["log-return-sd"] = PriceVolatilityMethod.LogReturnStdDev,
        ["max-min"] = PriceVolatilityMethod.MaxMinRange,
    };

    /// <summary>The settings key of an option value, for printing.</summary>
    public static string KeyOf<T>(Dictionary<string, T> map, T value) where T : struct => map.First(kv => kv.Value.Equals(value)).Key;

    public static string Describe(RiskSettings s) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{s.Name}: HHI denominator {KeyOf(Denominators, s.HhiDenominator)}, stability {KeyOf(StabilityMethods, s.StabilityMethod)} " +
        $"(missing WGI -> {s.MissingStability}), price {KeyOf(PriceMethods, s.PriceMethod)} over {s.PriceWindowYears} years");

    /// <summary>The settings as (key, value) pairs with the keys of the settings file, for reports.</summary>
    public static IReadOnlyList<(string Key, string Value)> Entries(RiskSettings s)
    {
        static string N(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        string C(LevelCutoffs c) => $"high {N(c.High)}, mid {N(c.Mid)}";
        return
        [
            ("name", s.Name),
            ("hhi_denominator", KeyOf(Denominators, s.HhiDenominator)),
            ("stability_method", KeyOf(StabilityMethods, s.StabilityMethod)),
            ("missing_stability", N(s.MissingStability)),
            ("price_method", KeyOf(PriceMethods, s.PriceMethod)),
            ("price_window_years", s.PriceWindowYears.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("cutoffs.concentration", C(s.Concentration)),
            ("cutoffs.import_stability", C(s.ImportStability)),
            ("cutoffs.price_volatility", C(s.PriceVolatility)),
            ("cutoffs.secondary_supply", C(s.SecondarySupply)),
        ];
    }

    private static string? Str(SettingsDocument doc, string key) => doc.Root.TryGetProperty(key, out var v) ? doc.Text(v, key) : null;
    private static double? Num(SettingsDocument doc, string key) => doc.Root.TryGetProperty(key, out var v) ? doc.Number(v, key) : null;

    private static T Enum<T>(SettingsDocument doc, string key, Dictionary<string, T> map, T fallback) where T : struct
    {
        if (Str(doc, key) is not { } s) return fallback;
        return map.TryGetValue(s, out var v) ? v : throw doc.Error(key, $"'{s}' is not one of {string.Join(", ", map.Keys)}");
    }

    private static LevelCutoffs Cutoffs(SettingsDocument doc, string key, LevelCutoffs fallback)
    {
        if (!doc.Root.TryGetProperty("cutoffs", out var c) || !c.TryGetProperty(key, out var v)) return fallback;
        string at = $"cutoffs.{key}";
        if (v.ValueKind != JsonValueKind.Object) throw doc.Error(at, "an object { \"high\": ..., \"mid\": ... } is required");
        doc.AllowOnly(v, at + ".", LevelKeys);
        double Get(string k) => v.TryGetProperty(k, out var x) ? doc.Number(x, $"{at}.{k}") : throw doc.Error($"{at}.{k}", "value required");
        return fallback with { High = Get("high"), Mid = Get("mid") };
    }
}
