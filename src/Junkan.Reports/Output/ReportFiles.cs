using System.Security.Cryptography;
using Junkan.Reports.Model;

namespace Junkan.Reports.Output;

/// <summary>
/// Writes a set of report files into a folder so that it holds either the complete earlier set or the complete new
/// one, never a mix, even after a kill or a full disk (<see cref="ReportPublisher"/>): files are staged inside the
/// folder, a journal commits the moves, <see cref="ReportManifest.FileName"/> comes last, and a second run into the
/// same folder waits for the lock. Leftovers of an interrupted run are finished or removed at the next start.
/// </summary>
public static class ReportFiles
{
    /// <summary>Publishes the files; returns their paths and the manifest's. Problems with the folder are <see cref="ReportFolderException"/>s.</summary>
    public static IReadOnlyList<string> WriteAll(string folder, IReadOnlyList<(string Name, byte[] Content)> files) =>
        ReportPublisher.Publish(folder, files, PublishOptions.FromEnvironment());

    /// <summary>
    /// Writes one file (a chart page) whole or not at all: a flushed temporary file beside it, renamed over it. No
    /// manifest, journal or lock: those belong to report folders, not to a chart saved into any folder.
    /// </summary>
    public static string WriteOne(string path, byte[] content)
    {
        string full = Path.GetFullPath(path), folder = Path.GetDirectoryName(full)!;
        string temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            Durable.Write(temp, content);
            File.Move(temp, full, overwrite: true);
            Durable.SyncFolder(folder);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temp)) File.Delete(temp);
            throw new ReportFolderException(full, $"could not be written ({ReportPublisher.Reason(e)}); an earlier file of that name is unchanged.");
        }
    }

    /// <summary>What the next start does before writing: a committed, interrupted publish is finished; uncommitted staging is removed.</summary>
    public static void Recover(string folder)
    {
        var f = ReportFolder.Open(folder);
        using var held = FolderLock.Acquire(f, PublishOptions.FromEnvironment().LockWait);
        ReportPublisher.Recover(f);
    }

    /// <summary>SHA-256 (lower-case hex) and size of an input file, with the path shown relative to <paramref name="relativeTo"/>.</summary>
    public static InputFileHash Hash(string path, string relativeTo)
    {
        using var stream = File.OpenRead(path);
        string sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        string shown = Path.GetRelativePath(relativeTo, Path.GetFullPath(path)).Replace('\\', '/');
        return new InputFileHash(shown, sha, stream.Length);
    }
}
