namespace Junkan.Reports.Output;

/// <summary>How a publish waits for the folder lock, and the test-only pause before the commit and before each move.</summary>
internal sealed record PublishOptions(TimeSpan LockWait, TimeSpan Pause)
{
    /// <summary>Environment variable read by <see cref="FromEnvironment"/>: milliseconds to sleep before the commit and each move, so tests can kill a run mid-publish.</summary>
    public const string PauseVariable = "JUNKAN_TEST_PUBLISH_DELAY_MS";

    public static PublishOptions FromEnvironment() =>
        new(TimeSpan.FromSeconds(60), int.TryParse(Environment.GetEnvironmentVariable(PauseVariable), out int ms) && ms > 0 ? TimeSpan.FromMilliseconds(ms) : TimeSpan.Zero);
}

/// <summary>
/// Publishes a report set into a folder so that the folder never keeps a mix: under the folder lock, leftovers of an
/// interrupted run are recovered, the new files and manifest are staged and flushed, the journal is committed, and
/// the moves are rolled forward. Before the commit a failure leaves the old set; after it the new set is completed.
/// </summary>
internal static class ReportPublisher
{
    public static IReadOnlyList<string> Publish(string folder, IReadOnlyList<(string Name, byte[] Content)> files, PublishOptions o)
    {
        CheckNames(files);
        var f = ReportFolder.Open(folder);
        using var held = FolderLock.Acquire(f, o.LockWait);
        f.CheckWritable();
        try
        {
            Recover(f);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFolderException(f.Path, $"the leftovers of an interrupted report cannot be finished or removed ({Reason(e)}); nothing new was written.");
        }
        var journal = StageAndCommit(f, files, o.Pause);
        try
        {
            journal.RollForward(f, o.Pause);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFolderException(f.Path, $"the new report was committed but not fully published ({Reason(e)}); the next junkan report into this folder completes it.");
        }
        return [.. files.Select(x => Path.Combine(f.Path, x.Name)), f.Manifest];
    }

    /// <summary>Under the lock: finishes a committed publish, then removes staging folders and a journal that was never committed.</summary>
    public static void Recover(ReportFolder f)
    {
        PublishJournal.Read(f)?.RollForward(f, TimeSpan.Zero);
        if (File.Exists(f.JournalTemp)) File.Delete(f.JournalTemp);
        foreach (string d in f.StagingFolders().ToList()) Directory.Delete(d, recursive: true);
    }

    /// <summary>Writes every file and the manifest into a new staging folder, flushed, and commits the journal; on failure removes what it wrote.</summary>
    internal static PublishJournal StageAndCommit(ReportFolder f, IReadOnlyList<(string Name, byte[] Content)> files, TimeSpan pause)
    {
        var journal = new PublishJournal(Guid.NewGuid().ToString("N"), [.. files.Select(x => x.Name)]);
        string staging = f.Staging(journal.StagingId);
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (name, content) in files) Durable.Write(Path.Combine(staging, name), content);
            var manifest = ReportManifest.Of(files, ReportManifest.Read(f.Path), f.Path);
            Durable.Write(Path.Combine(staging, ReportManifest.FileName), manifest.ToJson());
            Durable.SyncFolder(staging);
            if (pause > TimeSpan.Zero) Thread.Sleep(pause);
            journal.Commit(f);
            return journal;
        }
        catch (Exception e)
        {
            TryDelete(staging, f.JournalTemp);
            if (e is IOException or UnauthorizedAccessException)
                throw new ReportFolderException(f.Path, $"could not write the report ({Reason(e)}); the earlier report in this folder is unchanged.");
            throw;
        }
    }

    internal static string Reason(Exception e) => e.Message.TrimEnd('.');

    private static void TryDelete(string folder, string file)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            if (File.Exists(file)) File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }   // left for the recovery at the next start
    }

    private static void CheckNames(IReadOnlyList<(string Name, byte[] Content)> files)
    {
        foreach (var (name, _) in files)
            if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains('/') || name.Contains('\\')
                || name is "." or ".." || name.StartsWith(ReportFolder.ControlName, StringComparison.Ordinal) || name == ReportManifest.FileName)
                throw new ArgumentException($"'{name}' is not a plain report file name.");
        if (files.Select(x => x.Name).Distinct(StringComparer.Ordinal).Count() != files.Count)
            throw new ArgumentException("Two report files have the same name.");
    }
}
