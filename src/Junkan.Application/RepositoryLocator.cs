using Junkan.Core.Inputs;

namespace Junkan.Application;

/// <summary>The one search for the repository root (the folder holding data/reference/sources.csv), used by the defaults of <see cref="DataCatalogue"/> and by the test support.</summary>
public static class RepositoryLocator
{
    private static readonly string Marker = Path.Combine("data", "reference", "sources.csv");

    /// <summary>The first folder at or above one of <paramref name="starts"/> (default: the working folder, then the program folder) that holds the bundled data.</summary>
    public static string Find(params string[] starts)
    {
        string[] from = starts.Length > 0 ? starts : [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in from)
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, Marker))) return dir.FullName;
        throw new NotInDataException("--data", $"data/reference not found above {from[0]}: run from the repository or pass --data DIR");
    }
}
