namespace Junkan.Data.Imports;

/// <summary>Checks of the paths given to an importer: each names the path and what was expected there.</summary>
public static class ImportPaths
{
    /// <summary>The path must be an existing file (not a folder).</summary>
    public static void RequireFile(string path)
    {
        if (Directory.Exists(path)) throw new DataFormatException(path, null, null, "is a folder, not a file: give the CSV file");
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
    }

    /// <summary>The path must be an existing folder (not a file).</summary>
    public static void RequireFolder(string path, string what)
    {
        if (File.Exists(path)) throw new DataFormatException(path, null, null, $"is a file, not a folder: give {what}");
        if (!Directory.Exists(path)) throw new DataFormatException(path, null, null, $"folder not found: give {what}");
    }
}
