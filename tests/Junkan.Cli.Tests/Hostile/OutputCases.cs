namespace Junkan.Cli.Tests.Hostile;

/// <summary>Outputs that cannot be written: one line naming the path, exit 2 (the report writer's own atomicity is tested with it).</summary>
internal static class OutputCases
{
    public static IEnumerable<HostileCase> All =>
    [
        new("--out is a file", 2, w => new(["report", "--out", w.Write("taken", "x"), "--part", "risk", "--lang", "en", .. w.DataArgs], "taken")),
        new("--out below a file", 2, w => new(["report", "--out", Path.Combine(w.Write("taken", "x"), "sub"), "--part", "risk", "--lang", "en", .. w.DataArgs], "taken")),
        new("--out in /proc (unwritable)", 2, w => new(["report", "--out", "/proc/junkan-hostile", "--part", "risk", "--lang", "en", .. w.DataArgs], "/proc")),
        new("--chart below a file", 2, w => new(Commands.Series(w.Write("in.csv", "year,inflow\n2000,1\n"), "--chart", Path.Combine(w.Write("taken", "x"), "c.html")), "taken") { CompleteWithout = "--chart" }),
    ];
}
