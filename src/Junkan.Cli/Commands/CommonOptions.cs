using System.CommandLine;

namespace Junkan.Cli.Commands;

/// <summary>Options shared by the analysis commands.</summary>
public static class CommonOptions
{
    public static Option<string?> Data() => new("--data") { Description = "Reference data folder (default: data/reference of the repository)" };
    public static Option<string?> Settings() => new("--settings") { Description = "Risk settings file (default: config/risk-settings.json)" };
    public static Option<string?> Element() => new("--element") { Description = "One element symbol (Co, Nd, REE, ...); default: all" };
    public static Option<int?> Year() => new("--year") { Description = "Assessment year: the latest data at or before it (default: latest)" };

    public static Option<string> Format()
    {
        var o = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        o.AcceptOnlyFromAmong("table", "json", "csv");
        return o;
    }
}
