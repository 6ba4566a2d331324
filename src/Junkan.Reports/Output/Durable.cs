using System.Runtime.InteropServices;
using System.Text;

namespace Junkan.Reports.Output;

/// <summary>
/// Writes that survive a crash: file contents are flushed to the disk before they are renamed into place, and on
/// Unix the folder itself is synced after a create or rename so that the new entry is on the disk too.
/// </summary>
internal static partial class Durable
{
    /// <summary>Creates <paramref name="path"/> (it must not exist) with the content, flushed to the disk.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        using var fs = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        try
        {
            fs.Write(content);
            fs.Flush(flushToDisk: true);
        }
        catch (ArgumentOutOfRangeException e)   // how .NET reports EFBIG (file size limit) on Unix
        {
            throw new IOException($"File too large for the file system: '{path}'", e);
        }
    }

    /// <summary>fsync of a folder (Unix); false where it is not possible (Windows, or the call failed), which only weakens power-loss safety.</summary>
    public static bool SyncFolder(string folder)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            int fd = Native.open(Encoding.UTF8.GetBytes(folder + "\0"), 0);
            if (fd < 0) return false;
            bool ok = Native.fsync(fd) == 0;
            _ = Native.close(fd);
            return ok;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int open(byte[] path, int flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int fsync(int fd);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int close(int fd);
    }
}
