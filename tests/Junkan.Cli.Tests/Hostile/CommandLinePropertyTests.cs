using CsCheck;

namespace Junkan.Cli.Tests.Hostile;

/// <summary>
/// Random command lines built from the real options, hostile values and garbage: junkan never reports an internal error
/// (exit 3) for them, a failure is exactly one stderr line with empty stdout, and no bundled file changes.
/// </summary>
public sealed class CommandLinePropertyTests
{
    private static readonly string[] Tokens =
    [
        "risk", "select", "policy", "stocks", "assess", "--element", "--year", "--format", "--draws", "--seed", "--scenario", "--settings",
        "--data", "--weights", "--lifetime", "--inflow", "--verbose", "--help", "Co", "REE", "Xx", "2022", "1800", "-1", "0", "2147483647",
        "1e308", "NaN", "csv", "json", "table", "xml", "data", "config", "/dev/null", "/dev/zero", "/", "..", "weibull:shape=2,scale=10",
        "@x", "--", "-", "", "コバルト", "\u0000", "\t",
    ];

    private static readonly string[] Commands = ["risk", "policy", "stocks", "assess", "select"];

    private static readonly Gen<string> Token = Gen.OneOf(Gen.Int[0, Tokens.Length - 1].Select(i => Tokens[i]), Gen.String[0, 12]);

    /// <summary>A command that neither writes files nor runs long (no report, data import, chart; select with 0 draws) and up to 5 tokens.</summary>
    private static readonly Gen<string[]> CommandLine =
        from command in Gen.Int[0, 4].Select(i => Commands[i])
        from rest in Token.Where(t => t != "--chart").Array[0, 5]
        select command == "select" ? [command, .. rest, "--draws", "0"] : (string[])[command, .. rest];

    [Fact]
    public void Random_command_lines_never_give_an_internal_error()
    {
        var before = BundledFiles.Snapshot();
        CommandLine.Sample(args =>
        {
            var (code, stdout, stderr) = CliRunner.Run(args);
            if (code is not (0 or 1 or 2)) return false;
            if (code == 0) return true;
            return stdout == "" && stderr.Trim().Split('\n').Length == 1 && stderr.StartsWith("junkan: ", StringComparison.Ordinal) && !stderr.Contains("internal error");
        }, iter: 150, threads: 1);
        Assert.Empty(BundledFiles.Changed(before, BundledFiles.Snapshot()));
    }
}
