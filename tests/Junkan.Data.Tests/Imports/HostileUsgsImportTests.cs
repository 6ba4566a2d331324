using Junkan.Data.Imports;
using Junkan.Data.Usgs;

namespace Junkan.Data.Tests.Imports;

/// <summary>
/// Hostile inputs to <c>import-usgs</c> on a copy of the bundled data and the vendored MCS 2023/2024 releases: each is
/// refused with the place named (path, or file:row:column), and every reference table stays byte-identical.
/// </summary>
public sealed class HostileUsgsImportTests
{
    private const string Cobalt = "mcs2024-cobal_world.csv";

    /// <summary>A case: what is done to the copy, the releases given, the start of the message (place) and a phrase of the problem.</summary>
    public sealed record Case(string Name, Func<ImportSandbox, string[]> Arrange, Func<ImportSandbox, string> Place, string Problem)
    {
        public override string ToString() => Name;
    }

    private static string[] Both(ImportSandbox s) => [s.Release("mcs2023"), s.Release("mcs2024")];

    private static string[] WithCobalt(ImportSandbox s, Func<string[], string[]> edit, bool finalNewline = true, params string[] releases)
    {
        string path = s.RawFile("mcs2024", "world", Cobalt);
        var lines = edit(File.ReadAllText(path).Split("\r\n").Where(l => l.Length > 0).ToArray());
        File.WriteAllText(path, string.Join("\r\n", lines) + (finalNewline ? "\r\n" : ""), new System.Text.UTF8Encoding(true));
        return releases.Length == 0 ? Both(s) : [.. releases.Select(s.Release)];
    }

    public static TheoryData<Case> Cases => new()
    {
        new("empty folder", s => { Directory.Delete(s.Release("mcs2024"), true); Directory.CreateDirectory(s.Release("mcs2024")); return Both(s); },
            s => $"{s.Release("mcs2024")}: ", "no world/ or salient/ subfolder"),
        new("missing folder", s => [s.Release("mcs2023"), s.Release("mcs2025")], s => $"{s.Release("mcs2025")}: ", "folder not found"),
        new("file instead of folder", s => [s.RawFile("mcs2024", "world", Cobalt)], s => $"{s.RawFile("mcs2024", "world", Cobalt)}: ", "is a file, not a folder"),
        new("release without world or salient files of a target", s =>
            {
                foreach (var f in Directory.GetFiles(s.Release("mcs2024"), "*", SearchOption.AllDirectories)) File.Delete(f);
                return Both(s);
            }, s => $"{s.Release("mcs2024")}: ", "no production, reserves or price rows"),
        new("truncated inside a quoted field", s => WithCobalt(s, l => [.. l.Take(3), l[3][..(l[3].IndexOf("\"Reserves for", StringComparison.Ordinal) + 20)]], finalNewline: false),
            _ => $"{Cobalt}:4:Reserves_notes: ", "ends inside a quoted field opened on line 4"),
        new("short row", s => WithCobalt(s, l => [.. l.Take(5), "MCS2024,Cuba,\"Mine production, metric tons of contained cobalt\",3700,3200", .. l.Skip(6)]),
            _ => $"{Cobalt}:6:Prod_notes: ", "5 fields, the header has 8"),
        new("short last row without a final newline", s => WithCobalt(s, l => [.. l[..^1], l[^1][..(l[^1].IndexOf("197000", StringComparison.Ordinal) + 3)]], finalNewline: false),
            _ => $"{Cobalt}:15:Prod_t_est_2023: ", "the file has no final newline"),
        new("header-only file", s => WithCobalt(s, l => [l[0]]), _ => $"{Cobalt}:1:-: ", "no data rows"),
        new("100x jump against the previous release", s => WithCobalt(s, l => [.. l.Take(4), l[4].Replace(",144000,", ",144000000,", StringComparison.Ordinal), .. l.Skip(5)]),
            _ => $"{Cobalt}:5:Prod_t_est_2022: ", "144,000,000 is "),
        new("rows cut at a row boundary: shrink against the previous release", s => WithCobalt(s, l => [.. l.Take(4)]),
            _ => "production.csv:-:element: ", "the previous release: 1 group(s) below 50 % of their rows (Co cobal: 30 rows before, 6 now)"),
        new("one release whose cobalt rows were cut: shrink against the replaced table", s => WithCobalt(s, l => [.. l.Take(4)], true, "mcs2024"),
            _ => "production.csv:-:element: ", "Co cobal: 45 rows before, 6 now"),
        new("releases out of order", s => [s.Release("mcs2024"), s.Release("mcs2023")], s => "folders: ", "oldest first"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_is_refused_naming_the_place_and_changes_no_table(Case c)
    {
        using var s = new ImportSandbox();
        var folders = c.Arrange(s);
        var e = Assert.ThrowsAny<Core.Inputs.InputException>(() => UsgsReleaseImport.Run(folders, s.Reference, ImportGuard.Strict));
        Assert.StartsWith(c.Place(s), e.Message);
        Assert.Contains(c.Problem, e.Message);
        s.AssertReferenceUnchanged();
    }

    [Fact]
    public void The_bundled_releases_import_unchanged_into_a_copy()
    {
        using var s = new ImportSandbox();
        UsgsReleaseImport.Run(Both(s), s.Reference, ImportGuard.Strict);
        s.AssertReferenceUnchanged();
    }

    [Fact]
    public void A_shrink_is_written_when_allowed()
    {
        using var s = new ImportSandbox();
        var folders = WithCobalt(s, l => [.. l.Take(4)], true, "mcs2024");
        UsgsReleaseImport.Run(folders, s.Reference, new ImportGuard(AllowShrink: true, []));
        Assert.False(s.ReferenceUnchanged());
        Assert.Equal(6, File.ReadLines(Path.Combine(s.Reference, "production.csv")).Count(l => l.StartsWith("Co,cobal,", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The Se mislabel of issue 13 without its correction on record: MCS 2024's selenium file (Reserves_kt, holding
    /// tonnes) read as a later release after MCS 2023's, so UsgsWorldUnitCorrections (keyed to MCS 2024) does not apply.
    /// </summary>
    [Fact]
    public void A_mislabelled_unit_between_releases_is_caught_and_can_be_confirmed()
    {
        using var s = new ImportSandbox();
        foreach (var (from, to) in new[] { ("mcs2023", "mcs2024"), ("mcs2024", "mcs2025") })
        {
            Directory.CreateDirectory(Path.Combine(s.Root, "se", to, "world"));
            File.Copy(s.RawFile(from, "world", $"{from}-selen_world.csv"), Path.Combine(s.Root, "se", to, "world", $"{to}-selen_world.csv"));
        }
        string[] folders = [Path.Combine(s.Root, "se", "mcs2024"), Path.Combine(s.Root, "se", "mcs2025")];
        var e = Assert.Throws<DataFormatException>(() => UsgsReleaseImport.Run(folders, s.Reference, new ImportGuard(AllowShrink: true, [])));
        Assert.StartsWith("mcs2025-selen_world.csv:4:Reserves_kt: Se reserves", e.Message);
        Assert.Contains("6,000,000 is 1,000x more than 6,000 (2023) in the previous release (mcs2024-selen_world.csv row 4 Reserves_t)", e.Message);
        Assert.Contains("--confirm-jump Se:reserves", e.Message);
        s.AssertReferenceUnchanged();

        UsgsReleaseImport.Run(folders, s.Reference, new ImportGuard(AllowShrink: true, [JumpConfirmation.Parse("Se:reserves")]));
        Assert.False(s.ReferenceUnchanged());
    }

    /// <summary>Regression of issue 13: the bundled reserves of Se (MCS 2024) and V (MCS 2023) in tonnes, as the other vintage has them.</summary>
    [Theory]
    [InlineData("Se", "CAN", 2022, 6_000)]
    [InlineData("Se", "CAN", 2023, 6_000)]
    [InlineData("Se", "WORLD", 2023, 95_000)]
    [InlineData("V", "WORLD", 2022, 26_000_000)]
    [InlineData("V", "WORLD", 2023, 19_000_000)]
    [InlineData("V", "USA", 2022, 45_000)]
    public void Bundled_selenium_and_vanadium_reserves_are_in_tonnes(string element, string country, int year, double tonnes)
    {
        var t = Junkan.Data.Reference.CsvTable.Read(Path.Combine(TestPaths.ReferenceFolder(), "reserves.csv"), "element", "country", "year", "value");
        Assert.Equal(tonnes, t.Rows.Single(r => r.Text("element") == element && r.Text("country") == country && r.Integer("year") == year).Number("value"));
    }
}
