namespace Junkan.Cli.Tests.Hostile;

/// <summary>Malformed command lines and option values: usage errors (exit 1) naming the option; options naming what the data lack (exit 2).</summary>
internal static class CommandLineCases
{
    public static IEnumerable<HostileCase> All =>
    [
        new("unknown option", 1, w => new(Commands.Risk(w, "--frob"), "--frob")),
        new("unknown command", 1, w => new(["frobnicate"], "frobnicate")),
        new("no command", 1, w => new([], "command")),
        new("missing required option", 1, w => new(["policy", .. w.DataArgs], "--scenario", "required")),
        new("option without its value", 1, w => new(["risk", "--year"], "--year")),
        new("bad int", 1, w => new(Commands.Risk(w, "--year", "abc"), "--year", "abc")),
        new("int overflow", 1, w => new(Commands.Select(w, "--seed", "99999999999999"), "--seed")),
        new("format not among the allowed", 1, w => new(["risk", "--format", "xml"], "--format", "xml")),
        new("lang not among the allowed", 1, w => new(["report", "--out", w.PathOf("out"), "--lang", "fr"], "--lang", "fr")),
        new("response file token is not expanded", 1, w => new(["risk", "@/dev/zero"], "@/dev/zero")),
        new("draws int.MaxValue", 1, w => new(Commands.Select(w, "--draws", "2147483647"), "--draws 2147483647", "100,000")),
        new("draws 100 million", 1, w => new(Commands.Select(w, "--draws", "100000000"), "--draws 100000000", "100,000")),
        new("draws negative", 1, w => new(Commands.Select(w, "--draws", "-1"), "--draws -1")),
        new("report draws beyond the limit", 1, w => new(["report", "--out", w.PathOf("out"), "--draws", "100001", .. w.DataArgs], "--draws 100001", "100,000")),
        new("year 1800 outside the data", 2, w => new(Commands.Risk(w, "--year", "1800"), "--year 1800", "2021-2023")),
        new("year far in the future", 2, w => new(Commands.Risk(w, "--year", "99999"), "--year 99999")),
        new("assess year 1800", 2, w => new(["assess", "--format", "csv", "--year", "1800", .. w.DataArgs], "--year 1800", "2001-2050")),
        new("assess year 99999", 2, w => new(["assess", "--format", "csv", "--year", "99999", .. w.DataArgs], "--year 99999")),
        new("report year 1800", 2, w => new(["report", "--out", w.PathOf("out"), "--part", "risk", "--year", "1800", .. w.DataArgs], "--year 1800")),
        new("policy with an unknown element", 2, w => new(["policy", "--scenario", Path.Combine(CliRunner.RepoRoot(), "examples", "scenarios", "ree-diversify.yaml"), "--element", "Xx", .. w.DataArgs], "--element Xx")),
        new("assess with an unknown element", 2, w => new(["assess", "--element", "Xx", .. w.DataArgs], "Xx")),
        new("lifetime sd 1e300 (gave NaN stocks)", 1, w => new(Commands.Series(w.Write("in.csv", "year,inflow\n2000,1\n2001,2\n"), "--lifetime", "lognormal:mean=10,sd=1e300"), "--lifetime", "1,000")),
        new("lifetime mean 1e300", 1, w => new(Commands.Series(w.Write("in.csv", "year,inflow\n2000,1\n"), "--lifetime", "lognormal:mean=1e300,sd=1e300"), "--lifetime", "1,000")),
        new("from after to", 1, w => new(Commands.Series(w.Write("in.csv", "year,inflow\n2000,1\n"), "--from", "99999"), "--from 99999")),
        new("unknown element", 2, w => new(Commands.Risk(w, "--element", "Xx"), "--element Xx")),
        new("non-ASCII element", 2, w => new(Commands.Risk(w, "--element", "コバルト"), "--element コバルト")),
        new("unknown product scenario", 2, w => new(Commands.Select(w, "--scenario", "utopia"), "--scenario utopia")),
        new("lifetime with a negative shape", 1, w => new(Commands.Series(w.Write("in.csv", "year,inflow\n2000,1\n"), "--lifetime", "weibull:shape=-1,scale=10"), "--lifetime")),
        new("lifetime NaN", 1, w => new(Commands.Series(w.Write("in.csv", "year,inflow\n2000,1\n"), "--lifetime", "weibull:shape=NaN,scale=10"), "--lifetime")),
        new("quadrature beyond 32 nodes", 1, w => new(Commands.Series(w.Write("in.csv", "year,inflow\n2000,1\n"), "--convention", "quadrature:1000"), "--convention")),
        new("reuse share above 1", 1, w => new(Commands.Series(w.Write("in.csv", "year,inflow\n2000,1\n"), "--reuse", "2"), "--reuse")),
        new("chart with a wrong extension", 1, w => new(Commands.Series(w.Write("in.csv", "year,inflow\n2000,1\n"), "--chart", w.PathOf("c.exe")), "--chart")),
        new("an option given twice", 1, w => new(Commands.Risk(w, "--year", "2022", "--year", "2023"), "--year")),
        new("an option given twice where a validator reads it (was an unhandled exception)", 1, w =>
            new(Commands.Series(w.Write("in.csv", "year,inflow\n2000,1\n"), "--lifetime", "fixed:mean=2", "--lifetime", "fixed:mean=3"), "--lifetime")),
        new("an option without its value where a validator reads it (was an unhandled exception)", 1, w => new(["stocks", "--verbose", "--inflow"], "--inflow")),
        new("draws followed by an option (was an unhandled exception in the limit check)", 1, w => new(["select", "--draws", "--draws", "0", .. w.DataArgs], "--draws")),
        new("stocks without a mode", 1, w => new(["stocks", "--format", "csv"], "--inflow")),
        new("product chart as svg", 1, w => new([.. Commands.Products(w), "--chart", w.PathOf("c.svg")], "--chart")),
        new("data folder missing", 2, w => new(["risk", "--data", w.PathOf("nowhere")], "nowhere")),
        new("data folder is a file", 2, w => new(["risk", "--data", w.PathOf("data/reference/elements.csv")], "elements.csv")),
    ];
}
