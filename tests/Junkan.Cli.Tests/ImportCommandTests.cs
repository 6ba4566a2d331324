using System.Security.Cryptography;
using System.Text;

namespace Junkan.Cli.Tests;

/// <summary>
/// Exit codes of <c>junkan data import-*</c> on hostile inputs, run against a temporary copy of data/reference (never
/// the repository's): bad input exits 2 and a usage error 1, with the place on stderr, and no reference file changes.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Cobalt = "mcs2024-cobal_world.csv";
    private readonly string root = Directory.CreateTempSubdirectory("junkan-import-cli-").FullName;
    private readonly Dictionary<string, string> before;

    public ImportCommandTests()
    {
        string repo = CliRunner.RepoRoot();
        Copy(Path.Combine(repo, "data", "reference"), Reference);
        foreach (var r in new[] { "mcs2023", "mcs2024" })
            foreach (var sub in new[] { "world", "salient" })
                Copy(Path.Combine(repo, "data", "raw", "usgs-mcs", r, sub), Path.Combine(root, r, sub));
        before = Hashes();
    }

    public void Dispose() => Directory.Delete(root, true);

    private string Reference => Path.Combine(root, "reference");
    private string Rel(string name) => Path.Combine(root, name);
    private string CobaltFile => Path.Combine(root, "mcs2024", "world", Cobalt);

    /// <summary>Hostile inputs: what is done to the copy, the arguments after the command, the exit code and the place on stderr.</summary>
    public static TheoryData<string, int, string> Cases => new()
    {
        { "empty folder", 2, "mcs2024: no world/ or salient/ subfolder" },
        { "missing folder", 2, "mcs2025: folder not found" },
        { "file instead of folder", 2, $"{Cobalt}: is a file, not a folder" },
        { "truncated quoted field", 2, $"{Cobalt}:4:Reserves_notes: the file ends inside a quoted field" },
        { "short row", 2, $"{Cobalt}:6:Prod_notes: 5 fields, the header has 8" },
        { "header-only file", 2, $"{Cobalt}:1:-: the file has a header but no data rows" },
        { "100x jump", 2, $"{Cobalt}:5:Prod_t_est_2022: Co production" },
        { "shrink", 2, "production.csv:-:element: the import would shrink the table" },
        { "releases out of order", 1, "folders: give the releases oldest first" },
        { "malformed --confirm-jump", 1, "usage: --confirm-jump Co:a:b: write ELEMENT or ELEMENT:TABLE" },
        { "missing --data folder", 2, "nodata: folder not found: give the reference data folder (--data)" },
        { "wgi: missing file", 2, "none.csv: file not found" },
        { "eu-crm: folder instead of file", 2, "is a folder, not a file" },
        { "applications: header-only file", 2, "t4.csv:1:-: the file has a header but no data rows" },
        { "customs: short last row", 2, "imports.csv:3:HS: 3 fields, the header has 10: the last row is short and the file has no final newline" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_exits_with_its_code_names_the_place_and_changes_no_file(string name, int code, string place)
    {
        var (exit, _, err) = CliRunner.Run(Arrange(name));
        Assert.True(exit == code, $"exit {exit}, expected {code}: {err}");
        Assert.Contains(place, err);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Equal(before, Hashes());
    }

    [Fact]
    public void The_bundled_releases_import_with_exit_0_and_reproduce_the_tables()
    {
        var (exit, _, err) = CliRunner.Run("data", "import-usgs", Rel("mcs2023"), Rel("mcs2024"), "--data", Reference);
        Assert.True(exit == 0, err);
        Assert.Equal(before, Hashes());
    }

    [Fact]
    public void A_confirmed_jump_and_an_allowed_shrink_are_written()
    {
        Arrange("100x jump");
        var (exit, _, err) = CliRunner.Run("data", "import-usgs", Rel("mcs2023"), Rel("mcs2024"), "--data", Reference, "--confirm-jump", "Co:production");
        Assert.True(exit == 0, err);
        Assert.Contains(",144000000,", File.ReadAllText(Path.Combine(Reference, "production.csv")));

        Arrange("shrink");
        (exit, _, err) = CliRunner.Run("data", "import-usgs", Rel("mcs2024"), "--data", Reference, "--allow-shrink");
        Assert.True(exit == 0, err);
        Assert.Equal(6, File.ReadLines(Path.Combine(Reference, "production.csv")).Count(l => l.StartsWith("Co,cobal,", StringComparison.Ordinal)));
    }

    private string[] Arrange(string name)
    {
        string[] Usgs(params string[] folders) => ["data", "import-usgs", .. folders, "--data", Reference];
        string[] both = [Rel("mcs2023"), Rel("mcs2024")];
        switch (name)
        {
            case "empty folder": Directory.Delete(Rel("mcs2024"), true); Directory.CreateDirectory(Rel("mcs2024")); return Usgs(both);
            case "missing folder": return Usgs(Rel("mcs2023"), Rel("mcs2025"));
            case "file instead of folder": return Usgs(CobaltFile);
            case "truncated quoted field": EditCobalt(l => [.. l.Take(3), l[3][..(l[3].IndexOf("\"Reserves", StringComparison.Ordinal) + 12)]], false); return Usgs(both);
            case "short row": EditCobalt(l => [.. l.Take(5), "MCS2024,Cuba,\"Mine production, metric tons of contained cobalt\",3700,3200", .. l.Skip(6)]); return Usgs(both);
            case "header-only file": EditCobalt(l => [l[0]]); return Usgs(both);
            case "100x jump": EditCobalt(l => [.. l.Take(4), l[4].Replace(",144000,", ",144000000,", StringComparison.Ordinal), .. l.Skip(5)]); return Usgs(both);
            case "shrink": EditCobalt(l => [.. l.Take(4)]); return Usgs(Rel("mcs2024"));
            case "releases out of order": return Usgs(Rel("mcs2024"), Rel("mcs2023"));
            case "malformed --confirm-jump": return [.. Usgs(both), "--confirm-jump", "Co:a:b"];
            case "missing --data folder": return ["data", "import-usgs", Rel("mcs2023"), "--data", Rel("nodata")];
            case "wgi: missing file": return ["data", "import-wgi", Rel("none.csv"), "--data", Reference];
            case "eu-crm: folder instead of file": return ["data", "import-eu-crm", Rel("mcs2023"), "--data", Reference];
            case "applications: header-only file": return ["data", "import-applications", Write("t4.csv", "Source,Critical Mineral,Primary Applications,Category_Note\n"), "--data", Reference];
            case "customs: short last row":
                return ["data", "import-customs", Write("imports.csv", "Exp or Imp,Year,Custom,HS,Country,Unit1,Unit2,Quantity1-Year,Quantity2-Year,Value-Year\n"
                    + "2,2023,100,260400000,118,MT,KG,1000,1000000,150000\n2,2023,100"), "--data", Reference];
            default: throw new ArgumentException(name);
        }
    }

    private void EditCobalt(Func<string[], string[]> edit, bool finalNewline = true)
    {
        var lines = edit(File.ReadAllText(CobaltFile).Split("\r\n").Where(l => l.Length > 0).ToArray());
        File.WriteAllText(CobaltFile, string.Join("\r\n", lines) + (finalNewline ? "\r\n" : ""), new UTF8Encoding(true));
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(Rel(name), text);
        return Rel(name);
    }

    private Dictionary<string, string> Hashes() =>
        Directory.GetFiles(Reference, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(Reference, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from)) File.Copy(f, Path.Combine(to, Path.GetFileName(f)));
    }
}
