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

    public static RiskSettings Load(string path)
    {
        string file = Path.GetFileName(path);
        using (var doc = SettingsJson.Open(path, Keys))
        {
            var root = doc.RootElement;
            var d = RiskSettings.Default;
            try
            {
                var s = new RiskSettings
                {
                    Name = Str(root, "name") ?? Path.GetFileNameWithoutExtension(path),
                    HhiDenominator = Enum(root, "hhi_denominator", Denominators, d.HhiDenominator, file),
                    StabilityMethod = Enum(root, "stability_method", StabilityMethods, d.StabilityMethod, file),
                    MissingStability = Num(root, "missing_stability") ?? d.MissingStability,
                    PriceMethod = Enum(root, "price_method", PriceMethods, d.PriceMethod, file),
                    PriceWindowYears = (int?)Num(root, "price_window_years") ?? d.PriceWindowYears,
                    Concentration = Cutoffs(root, "concentration", d.Concentration, file),
                    ImportStability = Cutoffs(root, "import_stability", d.ImportStability, file),
                    PriceVolatility = Cutoffs(root, "price_volatility", d.PriceVolatility, file),
                    SecondarySupply = Cutoffs(root, "secondary_supply", d.SecondarySupply, file),
                };
                return s.Validated();
            }
            catch (ArgumentException e) { throw new DataFormatException(file, null, null, e.Message); }
            catch (InvalidOperationException e) { throw new DataFormatException(file, null, null, $"wrong value type: {e.Message}"); }
        }
    }

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

    private static string? Str(JsonElement e, string key) => e.TryGetProperty(key, out var v) ? v.GetString() : null;
    private static double? Num(JsonElement e, string key) => e.TryGetProperty(key, out var v) ? v.GetDouble() : null;

    private static T Enum<T>(JsonElement e, string key, Dictionary<string, T> map, T fallback, string file) where T : struct
    {
        if (Str(e, key) is not { } s) return fallback;
        return map.TryGetValue(s, out var v) ? v : throw new DataFormatException(file, null, key, $"'{s}' is not one of {string.Join(", ", map.Keys)}");
    }

    private static LevelCutoffs Cutoffs(JsonElement root, string key, LevelCutoffs fallback, string file)
    {
        if (!root.TryGetProperty("cutoffs", out var c) || !c.TryGetProperty(key, out var v)) return fallback;
        double Get(string k) => v.TryGetProperty(k, out var x) ? x.GetDouble() : throw new DataFormatException(file, null, $"cutoffs.{key}.{k}", "value required");
        return fallback with { High = Get("high"), Mid = Get("mid") };
    }
}
