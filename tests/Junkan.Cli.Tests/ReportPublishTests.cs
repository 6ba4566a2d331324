using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Junkan.Reports.Output;
using Xunit.Abstractions;

namespace Junkan.Cli.Tests;

/// <summary>
/// The real junkan process publishing reports: killed mid-publish, two at once into one folder, a full disk, an
/// unwritable folder, and reruns that must be byte-identical. "All old" and "all new" are judged by the manifest
/// hashes of each run; every run is stamped with its own time, so the files of two runs always differ.
/// </summary>
public sealed class ReportPublishTests(ITestOutputHelper log) : IDisposable
{
    private readonly string tmp = Path.Combine(Path.GetTempPath(), "junkan-publish-" + Guid.NewGuid().ToString("N"));
    private readonly List<string> mounts = [];

    private string Out => Path.Combine(tmp, "report");
    private string Control => Path.Combine(Out, ".junkan-report");

    public void Dispose()
    {
        foreach (string m in mounts) Run("umount", [m]);
        if (Directory.Exists(tmp)) Directory.Delete(tmp, true);
    }

    private static string[] Report(string folder, string time, params string[] more) =>
        ["report", "--out", folder, "--draws", "10", "--timestamp", time, .. more];

    [Fact]
    public void Killed_after_the_commit_the_recovery_completes_the_new_set()
    {
        var old = Completed(Report(Out, "2025-01-01T00:00:00Z"));
        var p = Junkan(Report(Out, "2025-02-01T00:00:00Z"), Pause(400));
        WaitFor(() => File.Exists(Path.Combine(Control, "journal.json")), p);
        string staging = Directory.GetDirectories(Control, "staging-*").Single();
        var staged = ReportManifest.Read(staging)!;   // the new set, read before it moves (last)
        WaitFor(() => Directory.GetFiles(staging).Length <= 7, p);   // two of the nine moves done, 400 ms before the next
        Kill(p);
        var (fromOld, fromNew) = Origins(old, staged);
        Assert.True(fromOld > 0 && fromNew > 0, $"expected a killed publish to leave a mix before the recovery ({fromOld} old, {fromNew} new)");

        ReportFiles.Recover(Out);

        var now = ReportManifest.Read(Out)!;
        Assert.Equal(staged, now, ManifestComparer.Instance);
        Assert.Empty(now.Problems(Out));
        Assert.Equal((0, 8), Origins(old, now));
        AssertNoLeftovers();
    }

    [Fact]
    public void Killed_before_the_commit_the_old_set_stays_and_the_next_run_cleans_up()
    {
        var old = Completed(Report(Out, "2025-01-01T00:00:00Z"));
        var p = Junkan(Report(Out, "2025-02-01T00:00:00Z"), Pause(5000));
        WaitFor(() => Directory.GetDirectories(Control, "staging-*").Any(d => File.Exists(Path.Combine(d, ReportManifest.FileName))), p);
        Kill(p);
        Assert.False(File.Exists(Path.Combine(Control, "journal.json")));
        Assert.Single(Directory.GetDirectories(Control, "staging-*"));   // what the kill left
        Assert.Equal(old, ReportManifest.Read(Out)!, ManifestComparer.Instance);
        Assert.Empty(old.Problems(Out));

        var next = Completed(Report(Out, "2025-03-01T00:00:00Z"));
        Assert.Empty(next.Problems(Out));
        Assert.Equal((0, 8), Origins(old, next));
        AssertNoLeftovers();
    }

    [Fact]
    public void Two_reports_into_one_folder_at_once_wait_for_each_other_and_leave_one_whole_set()
    {
        var a = Junkan(Report(Out, "2025-01-01T00:00:00Z"), Pause(150));
        var b = Junkan(Report(Out, "2025-02-01T00:00:00Z"), Pause(150));
        foreach (var p in new[] { a, b })
        {
            Assert.True(p.Process.WaitForExit(TimeSpan.FromMinutes(3)), "a report did not finish");
            Assert.True(p.Process.ExitCode == 0, p.Err.ToString());
        }
        var m = ReportManifest.Read(Out)!;
        Assert.Empty(m.Problems(Out));
        Assert.Equal(8, m.Files.Count);
        var stamps = m.Files.Select(f => Stamp(Path.Combine(Out, f.Name))).Distinct().ToArray();
        Assert.True(stamps.Length == 1, "files of both runs: " + string.Join(", ", stamps));
        AssertNoLeftovers();
    }

    [Fact]
    public void A_full_disk_leaves_the_old_set_and_says_so_in_one_line()
    {
        string folder = Out;
        string[] wrap;
        if (TryMountTiny(out string tiny))   // a real "No space left on device"
        {
            log.WriteLine("a 1,000 KB tmpfs: the disk really fills (ENOSPC)");
            folder = Path.Combine(tiny, "report");
            wrap = [];
        }
        else   // a real "File too large" (EFBIG) from a file-size limit; W^X double mapping off, as it needs large files
        {
            log.WriteLine("tmpfs cannot be mounted here: the disk is filled by a file-size limit (ulimit -f) instead");
            wrap = ["bash", "-c", "trap '' XFSZ; ulimit -f 200; exec \"$@\"", "bash"];
        }
        string[] args = Report(folder, "2025-01-01T00:00:00Z", "--part", "risk", "--lang", "en");
        var old = Completed(args);
        var before = Hashes(folder);
        var (code, err) = Exited(Junkan(Report(folder, "2025-02-01T00:00:00Z", "--part", "risk", "--lang", "en"),
            new() { ["DOTNET_EnableWriteXorExecute"] = "0" }, wrap));
        Assert.Equal(2, code);
        string line = Assert.Single(err.Trim().Split('\n'));
        Assert.Contains(folder + ": could not write the report", line);
        Assert.Contains("the earlier report in this folder is unchanged", line);
        Assert.Equal(before, Hashes(folder));
        Assert.Empty(old.Problems(folder));
        Assert.Equal(["lock"], Directory.GetFileSystemEntries(Path.Combine(folder, ".junkan-report")).Select(Path.GetFileName));
    }

    [Fact, System.Runtime.Versioning.UnsupportedOSPlatform("windows")]   // permission bits and setpriv
    public void An_unwritable_folder_is_bad_input_naming_it_and_nothing_changes()
    {
        var old = Completed(Report(Out, "2025-01-01T00:00:00Z", "--part", "risk", "--lang", "en"));
        var before = Hashes(Out);
        string[] wrap = [];
        string folder = Out;
        if (Environment.UserName == "root")
        {
            // root writes through permission bits: run junkan as nobody when it can read the build and the data
            string[] nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"];
            if (Exited(Junkan(["risk", "--element", "Co", "--format", "csv"], new() { ["HOME"] = tmp }, nobody)).Code == 0)
            {
                log.WriteLine("root: junkan runs as nobody (setpriv) against a read-only folder");
                wrap = nobody;
            }
            else
            {
                log.WriteLine("nobody cannot run junkan from here: the unwritable folder is one below a file instead");
                folder = Path.Combine(Directory.GetFiles(Out).First(), "sub");
            }
        }
        Directory.CreateDirectory(tmp);
        File.SetUnixFileMode(Out, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            var (code, err) = Exited(Junkan(Report(folder, "2025-02-01T00:00:00Z", "--part", "risk", "--lang", "en"), new() { ["HOME"] = tmp }, wrap));
            Assert.Equal(2, code);
            Assert.Matches(new Regex("^junkan: bad input: " + Regex.Escape(folder) + ": (is not writable|cannot be created or is not writable)"), err.Trim());
            Assert.Single(err.Trim().Split('\n'));
        }
        finally { File.SetUnixFileMode(Out, (UnixFileMode)Convert.ToInt32("755", 8)); }
        Assert.Equal(before, Hashes(Out));
        Assert.Empty(old.Problems(Out));
    }

    [Fact]
    public void Out_that_is_a_file_or_a_bad_timestamp_is_refused_before_anything_is_written()
    {
        Directory.CreateDirectory(tmp);
        string file = Path.Combine(tmp, "report.html");
        File.WriteAllText(file, "mine");
        var (code, _, err) = CliRunner.Run("report", "--out", file, "--part", "risk", "--lang", "en");
        Assert.Equal(2, code);
        Assert.Equal($"junkan: bad input: {file}: is a file, not a folder: give a folder for the report.", err.Trim());
        Assert.Equal("mine", File.ReadAllText(file));
        (code, _, err) = CliRunner.Run("report", "--out", Out, "--part", "risk", "--timestamp", "yesterday");
        Assert.Equal(1, code);
        Assert.Contains("--timestamp yesterday", err);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Two_runs_with_SOURCE_DATE_EPOCH_are_byte_identical_and_another_time_is_not()
    {
        var epoch = new Dictionary<string, string?> { ["SOURCE_DATE_EPOCH"] = "1735689600" };
        string[] args = ["report", "--out", Out, "--draws", "10"];
        Assert.Equal(0, Exited(Junkan(args, epoch)).Code);
        var first = Hashes(Out);
        Assert.Equal(0, Exited(Junkan(args, epoch)).Code);
        Assert.Equal(first, Hashes(Out));
        Assert.Equal(9, first.Count);
        foreach (var (name, sha) in first) log.WriteLine($"{sha}  {name}");
        Assert.Equal(0, Exited(Junkan(args, new() { ["SOURCE_DATE_EPOCH"] = "1735689601" })).Code);
        var later = Hashes(Out);
        Assert.All(first.Keys.Where(k => k.EndsWith(".xlsx", StringComparison.Ordinal)), k => Assert.NotEqual(first[k], later[k]));
    }

    // ---- helpers ----

    private sealed record Child(Process Process, StringBuilder Err);

    private static Dictionary<string, string?> Pause(int ms) => new() { ["JUNKAN_TEST_PUBLISH_DELAY_MS"] = ms.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>Starts <c>dotnet junkan.dll</c> (the build beside the tests) from the repository root, optionally behind a wrapper command.</summary>
    private static Child Junkan(string[] args, Dictionary<string, string?>? env = null, string[]? wrap = null)
    {
        string[] command = [.. wrap ?? [], "dotnet", Path.Combine(AppContext.BaseDirectory, "junkan.dll"), .. args];
        var psi = new ProcessStartInfo(command[0]) { WorkingDirectory = CliRunner.RepoRoot(), RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string a in command.Skip(1)) psi.ArgumentList.Add(a);
        psi.Environment.Remove("SOURCE_DATE_EPOCH");
        psi.Environment.Remove("JUNKAN_TEST_PUBLISH_DELAY_MS");
        foreach (var (k, v) in env ?? []) psi.Environment[k] = v;
        var p = new Process { StartInfo = psi };
        var err = new StringBuilder();
        p.ErrorDataReceived += (_, e) => { if (e.Data is { } d && !d.StartsWith("junkan: wrote", StringComparison.Ordinal)) lock (err) err.AppendLine(d); };
        p.OutputDataReceived += (_, _) => { };
        p.Start();
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        return new Child(p, err);
    }

    private static (int Code, string Err) Exited(Child c)
    {
        Assert.True(c.Process.WaitForExit(TimeSpan.FromMinutes(3)), "junkan did not finish");
        c.Process.WaitForExit();
        lock (c.Err) return (c.Process.ExitCode, c.Err.ToString());
    }

    /// <summary>Runs a report to the end and returns the folder's manifest.</summary>
    private static ReportManifest Completed(string[] args)
    {
        var (code, err) = Exited(Junkan(args));
        Assert.True(code == 0, err);
        return ReportManifest.Read(args[Array.IndexOf(args, "--out") + 1])!;
    }

    private static void WaitFor(Func<bool> condition, Child c)
    {
        var sw = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(c.Process.HasExited, "junkan ended before the moment to kill it: " + c.Err);
            Assert.True(sw.Elapsed < TimeSpan.FromMinutes(2), "timed out waiting for the publish");
            Thread.Sleep(10);
        }
    }

    private static void Kill(Child c)
    {
        c.Process.Kill(entireProcessTree: true);
        c.Process.WaitForExit();
    }

    /// <summary>How many report files in the folder are those of the old manifest, and how many those of the new one (and not of the old).</summary>
    private (int Old, int New) Origins(ReportManifest old, ReportManifest @new)
    {
        var h = Hashes(Out);
        int o = old.Files.Count(f => h.GetValueOrDefault(f.Name) == f.Sha256);
        int n = @new.Files.Count(f => h.GetValueOrDefault(f.Name) == f.Sha256 && !old.Files.Contains(f));
        return (o, n);
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), f => ReportFiles.Hash(f, folder).Sha256, StringComparer.Ordinal);

    /// <summary>The report time a file carries: the HTML's "yyyy-MM-dd HH:mm UTC", the workbook's dcterms:created.</summary>
    private static string Stamp(string path)
    {
        if (path.EndsWith(".html", StringComparison.Ordinal))
            return Regex.Match(File.ReadAllText(path), "20[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC").Value;
        using var zip = ZipFile.OpenRead(path);
        string core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open()).ReadToEnd();
        var created = DateTimeOffset.Parse(Regex.Match(core, "<dcterms:created[^>]*>([^<]*)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        return created.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
    }

    private void AssertNoLeftovers() =>
        Assert.Equal(["lock"], Directory.GetFileSystemEntries(Control).Select(Path.GetFileName));

    /// <summary>A 1,000 KB tmpfs (root only, where mounting is allowed): room for one English risk set (about 660 KB with the trend charts), not two.</summary>
    private bool TryMountTiny(out string tiny)
    {
        tiny = Path.Combine(tmp, "tiny");
        Directory.CreateDirectory(tiny);
        if (Environment.UserName != "root" || Run("mount", ["-t", "tmpfs", "-o", "size=1000k", "tmpfs", tiny]) != 0) return false;
        mounts.Add(tiny);
        return true;
    }

    private static int Run(string file, string[] args)
    {
        try
        {
            var psi = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            p.WaitForExit();
            return p.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception) { return -1; }
    }

    private sealed class ManifestComparer : IEqualityComparer<ReportManifest>
    {
        public static readonly ManifestComparer Instance = new();
        public bool Equals(ReportManifest? x, ReportManifest? y) => x is not null && y is not null && x.Files.SequenceEqual(y.Files);
        public int GetHashCode(ReportManifest m) => m.Files.Count;
    }
}
