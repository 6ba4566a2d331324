namespace Junkan.Reports.Output;

/// <summary>
/// The places of a report folder: the report files and <see cref="ReportManifest.FileName"/> at the top, and one
/// hidden control folder <c>.junkan-report/</c> with the lock file, the publish journal and the staging folders.
/// Staging inside the folder keeps every move a rename on one file system and needs no write access above it.
/// </summary>
internal sealed class ReportFolder
{
    public const string ControlName = ".junkan-report";

    private ReportFolder(string path) => Path = path;

    public string Path { get; }
    public string Control => System.IO.Path.Combine(Path, ControlName);
    public string LockFile => System.IO.Path.Combine(Control, "lock");
    public string Journal => System.IO.Path.Combine(Control, "journal.json");
    public string JournalTemp => Journal + ".tmp";
    public string Manifest => System.IO.Path.Combine(Path, ReportManifest.FileName);
    public string Staging(string id) => System.IO.Path.Combine(Control, "staging-" + id);
    public IEnumerable<string> StagingFolders() => Directory.EnumerateDirectories(Control, "staging-*");

    /// <summary>The folder and its control folder, created if missing; a path that is a file or cannot be created is a <see cref="ReportFolderException"/>.</summary>
    public static ReportFolder Open(string folder)
    {
        string path = System.IO.Path.GetFullPath(folder);
        if (File.Exists(path)) throw new ReportFolderException(path, "is a file, not a folder: give a folder for the report.");
        var f = new ReportFolder(path);
        try
        {
            Directory.CreateDirectory(f.Control);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFolderException(path, $"cannot be created or is not writable ({ReportPublisher.Reason(e)}).");
        }
        return f;
    }

    /// <summary>
    /// Creates and removes a probe file in the folder (under the lock), so that a folder whose entries cannot be
    /// changed is refused before anything is committed rather than after.
    /// </summary>
    public void CheckWritable()
    {
        string probe = System.IO.Path.Combine(Path, ControlName + ".probe");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportFolderException(Path, $"is not writable ({ReportPublisher.Reason(e)}).");
        }
    }
}
