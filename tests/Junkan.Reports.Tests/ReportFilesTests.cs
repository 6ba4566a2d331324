using Junkan.Reports.Output;

namespace Junkan.Reports.Tests;

public sealed class ReportFilesTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "junkan-report-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose() { if (Directory.Exists(root)) Directory.Delete(root, true); }

    private string Out => Path.Combine(root, "out");

    private static (string, byte[])[] Set(string tag) => [("a.html", System.Text.Encoding.UTF8.GetBytes("A " + tag)), ("b.xlsx", System.Text.Encoding.UTF8.GetBytes("B " + tag))];

    /// <summary>The control folder holds only the lock once a run is over: no staging folder, no journal.</summary>
    private void AssertNoLeftovers() =>
        Assert.Equal(["lock"], Directory.GetFileSystemEntries(Path.Combine(Out, ReportFolder.ControlName)).Select(Path.GetFileName));

    [Fact]
    public void All_files_are_written_with_a_manifest_of_their_hashes()
    {
        var written = ReportFiles.WriteAll(Out, [("a.html", "A"u8.ToArray()), ("b.xlsx", [1, 2, 3])]);
        Assert.Equal([Path.Combine(Out, "a.html"), Path.Combine(Out, "b.xlsx"), Path.Combine(Out, ReportManifest.FileName)], written);
        Assert.Equal("A", File.ReadAllText(Path.Combine(Out, "a.html")));
        var m = ReportManifest.Read(Out)!;
        Assert.Equal(["a.html", "b.xlsx"], m.Files.Select(f => f.Name));
        Assert.Equal("559aead08264d5795d3909718cdd05abd49572e84fe55590eef31a88a08fdffd", m.Files[0].Sha256);   // SHA-256 of "A"
        Assert.Equal(3, m.Files[1].Bytes);
        Assert.Empty(m.Problems(Out));
        Assert.Single(Directory.GetDirectories(root));   // nothing beside the folder
        AssertNoLeftovers();
    }

    [Fact]
    public void A_bad_name_leaves_the_target_as_it_was()
    {
        ReportFiles.WriteAll(Out, Set("old"));
        Assert.Throws<ArgumentException>(() => ReportFiles.WriteAll(Out, [("a.html", "new"u8.ToArray()), ("../escape.html", [1])]));
        Assert.Throws<ArgumentException>(() => ReportFiles.WriteAll(Out, [("a.html", [1]), (ReportManifest.FileName, [1])]));
        Assert.Equal("A old", File.ReadAllText(Path.Combine(Out, "a.html")));
        Assert.Empty(ReportManifest.Read(Out)!.Problems(Out));
    }

    [Fact]
    public void Files_of_an_earlier_run_that_are_not_replaced_stay_in_the_manifest()
    {
        ReportFiles.WriteAll(Out, [("risk.html", [1]), ("rc.html", [2])]);
        ReportFiles.WriteAll(Out, [("risk.html", [3])]);
        var m = ReportManifest.Read(Out)!;
        Assert.Equal(["rc.html", "risk.html"], m.Files.Select(f => f.Name));
        Assert.Empty(m.Problems(Out));
        File.WriteAllBytes(Path.Combine(Out, "rc.html"), [9]);
        Assert.Equal(["rc.html: SHA-256 differs from the manifest"], m.Problems(Out));
    }

    [Fact]
    public void Same_files_give_the_same_manifest_bytes()
    {
        ReportFiles.WriteAll(Out, Set("x"));
        byte[] first = File.ReadAllBytes(Path.Combine(Out, ReportManifest.FileName));
        ReportFiles.WriteAll(Out, Set("x"));
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(Out, ReportManifest.FileName)));
        Assert.DoesNotContain((byte)'\r', first);
    }

    [Fact]
    public void A_staging_folder_without_a_journal_is_removed_at_the_next_start_and_the_old_set_stays()
    {
        ReportFiles.WriteAll(Out, Set("old"));
        string staging = Path.Combine(Out, ReportFolder.ControlName, "staging-killed");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "a.html"), "half");
        ReportFiles.Recover(Out);
        Assert.Equal("A old", File.ReadAllText(Path.Combine(Out, "a.html")));
        Assert.Empty(ReportManifest.Read(Out)!.Problems(Out));
        AssertNoLeftovers();
    }

    [Fact]
    public void A_committed_journal_is_rolled_forward_at_the_next_start()
    {
        ReportFiles.WriteAll(Out, Set("old"));
        var f = ReportFolder.Open(Out);
        var journal = ReportPublisher.StageAndCommit(f, Set("new"), TimeSpan.Zero);   // killed right after the commit
        Assert.Equal("A old", File.ReadAllText(Path.Combine(Out, "a.html")));
        File.Move(Path.Combine(f.Staging(journal.StagingId), "a.html"), Path.Combine(Out, "a.html"), true);   // ... or after the first move
        File.Delete(f.Manifest);
        ReportFiles.WriteAll(Out, [("c.html", [7])]);   // the next start
        Assert.Equal("A new", File.ReadAllText(Path.Combine(Out, "a.html")));
        Assert.Equal("B new", File.ReadAllText(Path.Combine(Out, "b.xlsx")));
        Assert.Equal(["a.html", "b.xlsx", "c.html"], ReportManifest.Read(Out)!.Files.Select(x => x.Name));
        Assert.Empty(ReportManifest.Read(Out)!.Problems(Out));
        AssertNoLeftovers();
    }

    [Fact]
    public void Rolling_forward_twice_keeps_the_new_manifest()
    {
        ReportFiles.WriteAll(Out, Set("old"));
        var f = ReportFolder.Open(Out);
        var journal = ReportPublisher.StageAndCommit(f, Set("new"), TimeSpan.Zero);
        journal.RollForward(f, TimeSpan.Zero);
        File.WriteAllText(f.Journal, System.Text.Json.JsonSerializer.Serialize(new { Staging = journal.StagingId, Files = journal.Files }));   // killed before the journal went
        ReportFiles.Recover(Out);
        Assert.Equal("A new", File.ReadAllText(Path.Combine(Out, "a.html")));
        Assert.Empty(ReportManifest.Read(Out)!.Problems(Out));
        AssertNoLeftovers();
    }

    [Fact]
    public void A_second_writer_waits_for_the_lock_and_refuses_clearly_when_it_is_not_released()
    {
        ReportFiles.WriteAll(Out, Set("old"));
        var f = ReportFolder.Open(Out);
        using (FolderLock.Acquire(f, TimeSpan.Zero))
        {
            var e = Assert.Throws<ReportFolderException>(() => ReportPublisher.Publish(Out, Set("new"), new PublishOptions(TimeSpan.FromMilliseconds(300), TimeSpan.Zero)));
            Assert.Contains(Out, e.Message);
            Assert.Contains("another junkan report", e.Message);
        }
        Assert.Equal("A old", File.ReadAllText(Path.Combine(Out, "a.html")));
        var held = FolderLock.Acquire(f, TimeSpan.Zero);
        var release = Task.Delay(400).ContinueWith(_ => held.Dispose());
        ReportPublisher.Publish(Out, Set("new"), new PublishOptions(TimeSpan.FromSeconds(30), TimeSpan.Zero));
        Assert.True(release.IsCompleted);
        Assert.Equal("A new", File.ReadAllText(Path.Combine(Out, "a.html")));
    }

    [Fact]
    public void A_folder_that_is_a_file_is_an_input_error_naming_it()
    {
        Directory.CreateDirectory(root);
        string file = Path.Combine(root, "report.html");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<ReportFolderException>(() => ReportFiles.WriteAll(file, Set("new")));
        Assert.StartsWith(file + ": is a file", e.Message);
        var below = Assert.Throws<ReportFolderException>(() => ReportFiles.WriteAll(Path.Combine(file, "sub"), Set("new")));
        Assert.Contains(Path.Combine(file, "sub"), below.Message);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Folder_sync_works_on_unix()
    {
        Directory.CreateDirectory(root);
        Assert.Equal(!OperatingSystem.IsWindows(), Durable.SyncFolder(root));
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
