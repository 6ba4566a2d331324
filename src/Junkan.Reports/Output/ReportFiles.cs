using System.Security.Cryptography;
using Junkan.Reports.Model;

namespace Junkan.Reports.Output;

/// <summary>
/// Writes a set of report files all-or-nothing: every file is first written to a temporary folder beside the
/// target folder, then moved into place; on any failure the temporaries are removed and the target is untouched
/// (earlier reports of the same name stay as they were until every new file is complete).
/// </summary>
public static class ReportFiles
{
    public static IReadOnlyList<string> WriteAll(string folder, IReadOnlyList<(string Name, byte[] Content)> files)
    {
        string target = Path.GetFullPath(folder);
        string parent = Path.GetDirectoryName(target) ?? target;
        Directory.CreateDirectory(parent);
        string tmp = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(tmp);
        try
        {
            foreach (var (name, content) in files)
            {
                if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.Contains(Path.DirectorySeparatorChar))
                    throw new ArgumentException($"'{name}' is not a plain file name.");
                File.WriteAllBytes(Path.Combine(tmp, name), content);
            }
            Directory.CreateDirectory(target);
            var written = new List<string>();
            foreach (var (name, _) in files)
            {
                string dest = Path.Combine(target, name);
                File.Move(Path.Combine(tmp, name), dest, overwrite: true);
                written.Add(dest);
            }
            return written;
        }
        finally
        {
            Directory.Delete(tmp, recursive: true);
        }
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
