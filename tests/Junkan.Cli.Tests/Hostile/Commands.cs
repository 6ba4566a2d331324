namespace Junkan.Cli.Tests.Hostile;

/// <summary>The command lines the cases run, always on the workspace copy of the data.</summary>
internal static class Commands
{
    public static string[] Risk(Workspace w, params string[] extra) => ["risk", "--format", "csv", .. w.DataArgs, .. extra];

    /// <summary><c>select</c> with 0 draws unless <paramref name="extra"/> gives <c>--draws</c>.</summary>
    public static string[] Select(Workspace w, params string[] extra) =>
        ["select", .. extra.Contains("--draws") ? Array.Empty<string>() : ["--draws", "0"], "--format", "csv", .. w.DataArgs, .. extra];

    public static string[] Policy(Workspace w, string scenario) => ["policy", "--scenario", scenario, "--format", "csv", .. w.DataArgs];

    /// <summary><c>stocks --inflow</c> with a Weibull lifetime unless <paramref name="extra"/> gives <c>--lifetime</c>.</summary>
    public static string[] Series(string file, params string[] extra) =>
        ["stocks", "--inflow", file, .. extra.Contains("--lifetime") ? Array.Empty<string>() : ["--lifetime", "weibull:shape=2,scale=10"], "--format", "csv", .. extra];

    public static string[] Products(Workspace w) => ["stocks", "--products", w.PathOf("data/stocks/product_inflows.csv"), "--format", "csv"];

    /// <summary>A valid scenario with one extra field line for its single measure (e.g. <c>added_mine_t: 1e308</c>).</summary>
    public static string Scenario(string measureField = "added_mine_t: 100", string element = "REE", string country = "AUS") =>
        $"name: hostile\nmeasures:\n  - kind: upstream\n    element: {element}\n    country: {country}\n    {measureField}\n";
}
