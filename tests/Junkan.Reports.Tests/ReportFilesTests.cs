using Junkan.Reports.Output;

namespace Junkan.Reports.Tests;

public sealed class ReportFilesTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "junkan-report-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose() { if (Directory.Exists(root)) Directory.Delete(root, true); }

    [Fact]
    public void All_files_are_written()
    {
        string outDir = Path.Combine(root, "out");
        var written = ReportFiles.WriteAll(outDir, [("a.html", "A"u8.ToArray()), ("b.xlsx", [1, 2, 3])]);
        Assert.Equal(2, written.Count);
        Assert.Equal("A", File.ReadAllText(Path.Combine(outDir, "a.html")));
        Assert.Single(Directory.GetDirectories(root));   // no temporary folder left
    }

    [Fact]
    public void A_failure_leaves_the_target_as_it_was()
    {
        string outDir = Path.Combine(root, "out");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "a.html"), "old");
        Assert.Throws<ArgumentException>(() => ReportFiles.WriteAll(outDir, [("a.html", "new"u8.ToArray()), ("../escape.html", [1])]));
        Assert.Equal("old", File.ReadAllText(Path.Combine(outDir, "a.html")));
        Assert.Equal(["a.html"], Directory.GetFiles(outDir).Select(Path.GetFileName));
        Assert.Single(Directory.GetDirectories(root));
    }

    [Fact]
    public void Hash_is_the_sha256_of_the_content()
    {
        Directory.CreateDirectory(root);
        string f = Path.Combine(root, "x.csv");
        File.WriteAllText(f, "abc");
        var h = ReportFiles.Hash(f, root);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", h.Sha256);   // FIPS 180-2 example "abc"
        Assert.Equal("x.csv", h.Path);
        Assert.Equal(3, h.Bytes);
    }
}
