using System.Text.Json;

namespace Junkan.Reports.Output;

/// <summary>
/// The moves that publish a staged report: the staging folder and the file names, the manifest implied last.
/// Committed by an atomic rename once every staged file is on the disk; from then on the new set is decided, and
/// <see cref="RollForward"/>, which may be repeated any number of times, finishes it, now or at the next start.
/// </summary>
internal sealed record PublishJournal(string StagingId, IReadOnlyList<string> Files)
{
    /// <summary>Writes the journal to a temporary file, flushes it and renames it into place (the commit point).</summary>
    public void Commit(ReportFolder f)
    {
        Durable.Write(f.JournalTemp, JsonSerializer.SerializeToUtf8Bytes(new Stored(StagingId, [.. Files])));
        File.Move(f.JournalTemp, f.Journal);
        Durable.SyncFolder(f.Control);
    }

    /// <summary>The committed journal of the folder, or null. A journal that cannot be read stops the run rather than guess.</summary>
    public static PublishJournal? Read(ReportFolder f)
    {
        if (!File.Exists(f.Journal)) return null;
        try
        {
            var s = JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(f.Journal));
            if (s?.Staging is { Length: > 0 } id && s.Files is { } files && files.All(IsPlainName)) return new PublishJournal(id, files);
        }
        catch (JsonException) { }
        throw new ReportFolderException(f.Path, $"the publish journal {f.Journal} cannot be read; remove {ReportFolder.ControlName} after checking the files against {ReportManifest.FileName}.");
    }

    /// <summary>
    /// Removes the old manifest, moves every staged file over its target (each a rename), moves the new manifest
    /// last, then removes the journal and the staging folder. Files already moved are skipped, so a repeat after a
    /// crash at any point ends in the same state. <paramref name="pause"/> is a test hook: a sleep before each move.
    /// </summary>
    public void RollForward(ReportFolder f, TimeSpan pause)
    {
        string staging = f.Staging(StagingId);
        string stagedManifest = Path.Combine(staging, ReportManifest.FileName);
        if (File.Exists(stagedManifest) && File.Exists(f.Manifest)) File.Delete(f.Manifest);
        foreach (string name in Files.Append(ReportManifest.FileName))
        {
            string from = Path.Combine(staging, name);
            if (!File.Exists(from)) continue;
            if (pause > TimeSpan.Zero) Thread.Sleep(pause);
            File.Move(from, Path.Combine(f.Path, name), overwrite: true);
        }
        Durable.SyncFolder(f.Path);
        File.Delete(f.Journal);
        Durable.SyncFolder(f.Control);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && name is not ("." or "..") && name.IndexOfAny(['/', '\\']) < 0 && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;

    private sealed record Stored(string Staging, string[] Files);
}
