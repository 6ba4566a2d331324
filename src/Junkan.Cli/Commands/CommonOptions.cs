using System.CommandLine;

namespace Junkan.Cli.Commands;

/// <summary>Options shared by the analysis commands.</summary>
public static class CommonOptions
{
    public static Option<string?> Data() => new("--data") { Description = "Reference data folder (default: data/reference of the repository)" };
    public static Option<string?> Settings() => new("--settings") { Description = "Risk settings file (default: config/risk-settings.json)" };
    public static Option<string?> Element() => new("--element") { Description = "One element symbol (Co, Nd, REE, ...); default: all" };
    public static Option<int?> Year() => new("--year") { Description = "Assessment year within the data years: the latest data at or before it (default: the latest data year)" };

    /// <summary>Monte Carlo draws; the range 0..<see cref="Core.Inputs.InputLimits.MaxDraws"/> is checked by the use case's request, before any data is loaded.</summary>
    public static Option<int> Draws(string description) =>
        new("--draws") { Description = FormattableString.Invariant($"{description}; at most {Core.Inputs.InputLimits.MaxDraws:N0}"), DefaultValueFactory = _ => 1000 };

    /// <summary>
    /// A command validator that reads option values safely: an option given twice or without its value is reported by
    /// the parser, but reading it in a validator throws, so such a command line skips the validator.
    /// </summary>
    public static Action<System.CommandLine.Parsing.CommandResult> Validator(Action<System.CommandLine.Parsing.CommandResult> validate) => r =>
    {
        try { validate(r); }
        catch (InvalidOperationException) { }
    };

    public static Option<string> Format()
    {
        var o = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        o.AcceptOnlyFromAmong("table", "json", "csv");
        return o;
    }
}
