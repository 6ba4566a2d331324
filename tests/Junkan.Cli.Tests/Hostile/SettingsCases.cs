namespace Junkan.Cli.Tests.Hostile;

/// <summary>Hostile risk and selection settings files (JSON): exit 2 naming the file, the line and the key.</summary>
internal static class SettingsCases
{
    private const string Risk = "config/risk-settings.json", Selection = "config/selection-settings.json";

    private static HostileCase RiskFile(string name, string json, params string[] place) =>
        new(name, 2, w => { w.Write(Risk, json); return new(Commands.Risk(w), ["risk-settings.json", .. place]); });

    private static HostileCase SelectionFile(string name, string json, params string[] place) =>
        new(name, 2, w => { w.Write(Selection, json); return new(Commands.Select(w), ["selection-settings.json", .. place]); });

    private static string Weights(string weights) => $$"""{ "year": 2024, "forecast_year": 2040, "weights": { {{weights}} } }""";

    public static IEnumerable<HostileCase> All =>
    [
        RiskFile("unknown top-level key", """{"foo":1}""", "risk-settings.json:1:foo", "unknown setting"),
        RiskFile("unknown key on line 3", "{\n  \"name\": \"x\",\n  \"frob\": 2\n}", "risk-settings.json:3:frob"),
        RiskFile("unknown nested cut-off key", """{ "cutoffs": { "concentration": { "high": 2, "mid": 1, "low": 0 } } }""", "cutoffs.concentration.low"),
        RiskFile("unknown cut-off group", """{ "cutoffs": { "beauty": { "high": 2, "mid": 1 } } }""", "cutoffs.beauty"),
        RiskFile("a JSON array", "[1, 2]", "risk-settings.json:1", "array"),
        RiskFile("a JSON string", "\"settings\"", "risk-settings.json:1", "a string"),
        RiskFile("an empty file", "", "risk-settings.json:1", "not valid JSON"),
        RiskFile("binary garbage", "\u0001\u0002\u0003\u00ff\u0000", "risk-settings.json", "JSON"),
        RiskFile("invalid UTF-8", "", "risk-settings.json", "UTF-8") with
        {
            Arrange = w => { w.WriteBytes(Risk, [0x7b, 0xff, 0xfe, 0x7d]); return new(Commands.Risk(w), "risk-settings.json", "UTF-8"); },
        },
        RiskFile("NaN literal", """{ "missing_stability": NaN }""", "risk-settings.json:1", "not valid JSON"),
        RiskFile("1e308 cut-off", """{ "cutoffs": { "concentration": { "high": 1e308, "mid": 1 } } }""", "risk-settings.json:1:cutoffs.concentration.high", "1e15"),
        RiskFile("1e400 overflows to infinity", """{ "missing_stability": 1e400 }""", "missing_stability", "out of range"),
        RiskFile("a string where a number belongs", """{ "missing_stability": "half" }""", "missing_stability", "a number is required"),
        RiskFile("missing_stability outside 0..1", """{ "missing_stability": 7 }""", "missing_stability"),
        RiskFile("price window of 0 years", """{ "price_window_years": 0 }""", "price_window_years"),
        RiskFile("a fractional price window", """{ "price_window_years": 2.5 }""", "price_window_years", "integer"),
        RiskFile("a key given twice", """{ "name": "a", "name": "b" }""", "name", "twice"),
        RiskFile("unknown enum value", """{ "price_method": "astrology" }""", "price_method", "astrology"),
        RiskFile("cut-offs in the wrong order", """{ "cutoffs": { "concentration": { "high": 1, "mid": 2 } } }""", "cutoffs.concentration"),
        RiskFile("nesting 10,000 deep", "{\"cutoffs\":" + new string('[', 10_000), "risk-settings.json:1", "not valid JSON"),
        new("settings file is a folder", 2, w => new(["risk", "--data", w.PathOf("data/reference"), "--settings", w.PathOf("config")], "config", "folder")),
        new("settings file is /dev/zero", 2, w => new(["risk", "--data", w.PathOf("data/reference"), "--settings", "/dev/zero"], "zero", "1,048,576")),
        new("settings file larger than 1 MiB", 2, w =>
        {
            w.Write(Risk, "{ \"comment\": \"" + new string('x', 1_100_000) + "\" }");
            return new(Commands.Risk(w), "risk-settings.json", "1,048,576");
        }),
        SelectionFile("two weights of 1e308", Weights("\"recoverable\": 1e308, \"trl\": 1e308"), "selection-settings.json:1:weights.recoverable", "1e15"),
        SelectionFile("a negative weight", Weights("\"recoverable\": -1"), "weights.recoverable", "negative"),
        SelectionFile("all weights zero", Weights("\"recoverable\": 0"), "weights"),
        SelectionFile("an unknown criterion", Weights("\"beauty\": 1"), "weights.beauty"),
        SelectionFile("a weight as a string", Weights("\"recoverable\": \"2\""), "weights.recoverable", "number"),
        SelectionFile("weights as an array", """{ "weights": [1, 2] }""", "weights"),
        SelectionFile("year 1e9", """{ "year": 1000000000, "weights": { "trl": 1 } }""", "year", "1000..3000"),
        SelectionFile("select_count zero", """{ "select_count": 0, "year": 2024, "forecast_year": 2040, "weights": { "trl": 1 } }""", "select_count"),
        SelectionFile("horizons descending", """{ "year": 2024, "forecast_year": 2040, "horizons": [2050, 2030], "weights": { "trl": 1 } }""", "horizons"),
    ];
}
