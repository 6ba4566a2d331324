using System.Text;

namespace Junkan.Cli.Tests.Hostile;

/// <summary>
/// A temporary copy of the bundled data (data/reference, data/stocks, data/recyclability, data/flows, config) that one hostile
/// case may spoil; the commands are pointed at it with <see cref="DataArgs"/>, never at the repository's own files.
/// </summary>
internal sealed class Workspace : IDisposable
{
    private static readonly string[] Copied = ["data/reference", "data/stocks", "data/recyclability", "data/flows", "config"];

    public string Root { get; } = Directory.CreateTempSubdirectory("junkan-hostile-").FullName;

    public Workspace()
    {
        string repo = CliRunner.RepoRoot();
        foreach (var folder in Copied)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(repo, folder), "*", SearchOption.AllDirectories))
            {
                string target = Path.Combine(Root, Path.GetRelativePath(repo, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
    }

    /// <summary>The path of a workspace file, e.g. <c>data/reference/production.csv</c>.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>--data and --settings of the workspace copy.</summary>
    public string[] DataArgs => ["--data", PathOf("data/reference"), "--settings", PathOf("config/risk-settings.json")];

    public string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        string path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Edit(string relative, Func<string, string> change) => File.WriteAllText(PathOf(relative), change(File.ReadAllText(PathOf(relative))));

    /// <summary>Appends one CSV row (in the file's own line ending) and returns its 1-based line number.</summary>
    public int AppendRow(string relative, string row)
    {
        string text = File.ReadAllText(PathOf(relative));
        string nl = text.Contains("\r\n") ? "\r\n" : "\n";
        if (!text.EndsWith('\n')) text += nl;
        int line = text.Count(c => c == '\n') + 1;
        File.WriteAllText(PathOf(relative), text + row + nl);
        return line;
    }

    /// <summary>Keeps only the header line of a CSV table.</summary>
    public void HeaderOnly(string relative) => Edit(relative, t => t[..(t.IndexOf('\n') + 1)]);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
