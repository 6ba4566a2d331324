namespace Junkan.Cli;

/// <summary>Finds the bundled reference data and default settings: --data, else data/reference above the working or program folder.</summary>
public static class DataLocator
{
    public static string ReferenceFolder(string? given) => given ?? Find(Path.Combine("data", "reference", "sources.csv"), "data/reference");

    public static string SettingsFile(string? given) => given ?? Find(Path.Combine("config", "risk-settings.json"), "config/risk-settings.json");

    private static string Find(string relative, string what)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, relative)))
                    return Path.GetDirectoryName(Path.Combine(dir.FullName, relative))! is var folder && relative.EndsWith(".json") ? Path.Combine(dir.FullName, relative) : folder;
        throw new Junkan.Data.DataFormatException(what, null, null, $"not found above {Directory.GetCurrentDirectory()}: run from the repository or pass its path");
    }
}
