using System.Text.Json;

namespace Junkan.Data.Settings;

/// <summary>Opens a settings file: present, valid JSON and only known top-level keys, else an error naming the file (and line or key).</summary>
internal static class SettingsJson
{
    public static JsonDocument Open(string path, IReadOnlyCollection<string> keys)
    {
        string file = Path.GetFileName(path);
        if (!File.Exists(path)) throw new DataFormatException(file, null, null, $"file not found: {path}");
        JsonDocument doc;
        try { doc = JsonDocument.Parse(File.ReadAllText(path)); }
        catch (JsonException e) { throw new DataFormatException(file, (int?)e.LineNumber + 1, null, $"not valid JSON: {e.Message}"); }
        foreach (var p in doc.RootElement.EnumerateObject())
            if (!keys.Contains(p.Name))
            {
                doc.Dispose();
                throw new DataFormatException(file, null, p.Name, $"unknown setting; known: {string.Join(", ", keys)}");
            }
        return doc;
    }
}
