namespace Junkan.Cli.Tests.Hostile;

/// <summary>Hostile policy scenario files (YAML), through <c>policy</c> and <c>report --scenario</c>: exit 2 naming the file, line and key.</summary>
internal static class ScenarioCases
{
    private static HostileCase Yaml(string name, string yaml, params string[] place) =>
        new(name, 2, w => new(Commands.Policy(w, w.Write("s.yaml", yaml)), ["s.yaml", .. place]));

    private static string Deep(int levels) => "name: deep\nmeasures: " + new string('[', levels) + "\n";

    public static IEnumerable<HostileCase> All =>
    [
        new("scenario path is a folder", 2, w => new(Commands.Policy(w, w.PathOf("data")), "data", "folder")),
        new("report scenario path is a folder", 2, w => new(["report", "--out", w.PathOf("out"), "--part", "risk", "--scenario", w.PathOf("data"), .. w.DataArgs], "data", "folder")),
        new("scenario file missing", 2, w => new(Commands.Policy(w, w.PathOf("none.yaml")), "none.yaml", "not found")),
        Yaml("50,000 nested [ (was a stack overflow)", Deep(50_000), "s.yaml:2", "32 levels"),
        new("report: 50,000 nested [", 2, w => new(["report", "--out", w.PathOf("out"), "--part", "risk", "--scenario", w.Write("s.yaml", Deep(50_000)), .. w.DataArgs], "s.yaml:2", "32 levels")),
        Yaml("33 nested mappings", "name: x\nmeasures:\n" + string.Concat(Enumerable.Range(0, 33).Select(i => new string(' ', 2 * i + 2) + "k:\n")), "s.yaml", "32 levels"),
        Yaml("larger than 1 MiB", Commands.Scenario() + "# " + new string('x', 1_100_000) + "\n", "1,048,576"),
        Yaml("a tab on line 3", "name: x\nmeasures:\n\t- kind: upstream\n", "s.yaml:3"),
        Yaml("a tab on line 5 inside a measure", "name: x\nmeasures:\n  - kind: upstream\n    element: REE\n\tcountry: AUS\n", "s.yaml:5"),
        Yaml("anchors and aliases (billion laughs)", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n", "s.yaml:1", "anchors"),
        Yaml("an empty file", "", "s.yaml:1", "mapping"),
        Yaml("binary garbage", "\u0001\u0002\u0003\u0004garbage\u0000", "s.yaml"),
        new("invalid UTF-8", 2, w => new(Commands.Policy(w, w.WriteBytes("s.yaml", [0x6e, 0x3a, 0x20, 0xff, 0xfe, 0x0a])), "s.yaml", "UTF-8")),
        Yaml("a list at the top", "- a\n- b\n", "s.yaml:1", "mapping"),
        Yaml("a key given twice", "name: a\nname: b\nmeasures: []\n", "s.yaml"),
        Yaml("unknown top-level key on line 3", "name: x\nmeasures: []\nfrob: 1\n", "s.yaml"),
        Yaml("unknown measure key", Commands.Scenario("beauty: 1"), "s.yaml:6:beauty"),
        Yaml("1e308 tonnes", Commands.Scenario("added_mine_t: 1e308"), "s.yaml:6:added_mine_t", "1e15"),
        Yaml(".nan tonnes", Commands.Scenario("added_mine_t: .nan"), "s.yaml:6:added_mine_t", "not a number"),
        Yaml(".inf tonnes", Commands.Scenario("added_mine_t: .inf"), "s.yaml:6:added_mine_t", "not a number"),
        Yaml("NaN tonnes", Commands.Scenario("added_mine_t: NaN"), "s.yaml:6:added_mine_t"),
        Yaml("negative tonnes", Commands.Scenario("added_mine_t: -5"), "s.yaml:6:added_mine_t", "negative"),
        Yaml("unknown country", Commands.Scenario(country: "ZZZ"), "s.yaml:5:country", "ZZZ"),
        Yaml("unknown element", Commands.Scenario(element: "Xx"), "s.yaml:4:element", "Xx"),
        Yaml("non-ASCII element", Commands.Scenario(element: "ネオジム"), "s.yaml:4:element", "ネオジム"),
        Yaml("path traversal as the element", Commands.Scenario(element: "../../data/reference/elements.csv"), "s.yaml:4:element"),
        Yaml("reduction above 1", "name: x\nmeasures:\n  - kind: substitution\n    element: Nd\n    application: magnets\n    application_share: 0.5\n    reduction: 3\n", "s.yaml"),
        Yaml("unknown measure kind", "name: x\nmeasures:\n  - kind: wishful\n    element: Co\n", "s.yaml:3:kind", "wishful"),
        new("a non-ASCII file name is named", 2, w => new(Commands.Policy(w, w.Write("シナリオ 1.yaml", Commands.Scenario(country: "ZZZ"))), "シナリオ 1.yaml:5:country")),
        new("the bundled production.csv as a scenario", 2, w => new(Commands.Policy(w, Path.Combine(CliRunner.RepoRoot(), "data", "reference", "production.csv")), "production.csv")),
    ];
}
