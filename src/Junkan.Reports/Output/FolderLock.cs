using System.Diagnostics;

namespace Junkan.Reports.Output;

/// <summary>
/// An exclusive lock on a report folder: the lock file opened with <see cref="FileShare.None"/> (an OS file lock,
/// flock on Unix), so a second report into the same folder waits instead of interleaving; the OS releases it when
/// the holder ends, even by a kill. The lock file itself stays.
/// </summary>
internal sealed class FolderLock : IDisposable
{
    /// <summary>Windows ERROR_SHARING_VIOLATION; on Unix .NET reports flock's EWOULDBLOCK as the errno (11 Linux, 35 macOS/BSD).</summary>
    private static readonly int[] HeldCodes = [unchecked((int)0x80070020), 11, 35];
    private readonly FileStream stream;

    private FolderLock(FileStream stream) => this.stream = stream;

    public void Dispose() => stream.Dispose();

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/> for another holder to finish.</summary>
    public static FolderLock Acquire(ReportFolder f, TimeSpan wait)
    {
        long until = Stopwatch.GetTimestamp() + (long)(wait.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            try
            {
                return new FolderLock(new FileStream(f.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (HeldCodes.Contains(e.HResult))
            {
                if (Stopwatch.GetTimestamp() > until)
                    throw new ReportFolderException(f.Path, $"another junkan report has been writing into this folder for more than {wait.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)} s (lock {f.LockFile}); run again when it has finished.");
                Thread.Sleep(50);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ReportFolderException(f.Path, $"is not writable ({ReportPublisher.Reason(e)}).");
            }
        }
    }
}
