using System.Text;
using System.Text.Json;
using Junkan.Core.Inputs;
using Junkan.Data.Reference;

namespace Junkan.Data.Settings;

/// <summary>
/// An open settings file: present, within <see cref="InputLimits.MaxDocumentBytes"/> and <see cref="InputLimits.MaxNestingDepth"/>,
/// valid JSON, an object with known keys only. Errors name the file, the line and the key; numbers are finite and in range.
/// </summary>
internal sealed class SettingsDocument : IDisposable
{
    private readonly byte[] _utf8;
    private readonly JsonDocument _doc;

    public string File { get; }
    public JsonElement Root => _doc.RootElement;

    private SettingsDocument(string file, byte[] utf8, JsonDocument doc) => (File, _utf8, _doc) = (file, utf8, doc);

    public static SettingsDocument Open(string path, IReadOnlyCollection<string> keys)
    {
        string file = InputFile.NameOf(path);
        byte[] utf8 = Encoding.UTF8.GetBytes(InputFile.ReadText(path, InputLimits.MaxDocumentBytes));
        JsonDocument doc;
        try { doc = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = InputLimits.MaxNestingDepth }); }
        catch (JsonException e) { throw new DataFormatException(file, (int?)e.LineNumber + 1, null, $"not valid JSON: {Reason(e)}"); }
        var d = new SettingsDocument(file, utf8, doc);
        try
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw new DataFormatException(file, 1, null, $"a settings file is a JSON object {{ ... }}, not {Kind(doc.RootElement)}");
            d.AllowOnly(doc.RootElement, "", keys);
            return d;
        }
        catch { d.Dispose(); throw; }
    }

    /// <summary>Refuses any key of <paramref name="obj"/> (at <paramref name="prefix"/>) not in <paramref name="keys"/>.</summary>
    public void AllowOnly(JsonElement obj, string prefix, IReadOnlyCollection<string> keys)
    {
        var seen = new HashSet<string>();
        foreach (var p in obj.EnumerateObject())
        {
            if (!keys.Contains(p.Name)) throw Error(prefix + p.Name, $"unknown setting; known: {string.Join(", ", keys)}");
            if (!seen.Add(p.Name)) throw Error(prefix + p.Name, "given twice");
        }
    }

    /// <summary>A number at <paramref name="key"/>: a JSON number, finite and within ±<see cref="InputLimits.MaxMagnitude"/>.</summary>
    public double Number(JsonElement v, string key)
    {
        if (v.ValueKind != JsonValueKind.Number) throw Error(key, $"a number is required, not {Kind(v)}");
        return v.TryGetDouble(out double d) && InputLimits.IsAcceptable(d) ? d
            : throw Error(key, $"{v.GetRawText()} is out of range (the limit is ±{InputLimits.MaxMagnitudeText})");
    }

    /// <summary>An integer at <paramref name="key"/>.</summary>
    public int Integer(JsonElement v, string key) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i : throw Error(key, $"an integer is required, not {v.GetRawText()}");

    /// <summary>A year at <paramref name="key"/>: an integer in <see cref="InputLimits.MinYear"/>..<see cref="InputLimits.MaxYear"/>.</summary>
    public int Year(JsonElement v, string key) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int y) && y is >= InputLimits.MinYear and <= InputLimits.MaxYear ? y
        : throw Error(key, $"an integer year in {InputLimits.MinYear}..{InputLimits.MaxYear} is required, not {v.GetRawText()}");

    /// <summary>A string at <paramref name="key"/>.</summary>
    public string Text(JsonElement v, string key) =>
        v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Error(key, $"a string is required, not {Kind(v)}");

    /// <summary>An error at the dotted <paramref name="key"/> (e.g. <c>cutoffs.concentration.high</c>), with its line when found.</summary>
    public DataFormatException Error(string? key, string problem) => new(File, key is null ? null : LineOf(key), key, problem);

    /// <summary>The 1-based line of the property at a dotted key path (array indexes as <c>[i]</c> are ignored), or null.</summary>
    private int? LineOf(string key) =>
        // The key as written first: a property name may itself contain "[3]"; then without the array indexes.
        LineOfPath(key) ?? LineOfPath(System.Text.RegularExpressions.Regex.Replace(key, @"\[\d+\]", ""));

    private int? LineOfPath(string target)
    {
        var path = new List<string>();
        var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { MaxDepth = InputLimits.MaxNestingDepth });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        while (path.Count >= reader.CurrentDepth) path.RemoveAt(path.Count - 1);
                        path.Add(reader.GetString()!);
                        if (string.Join('.', path) == target) return 1 + _utf8.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n');
                        break;
                }
            }
        }
        catch (JsonException) { }
        return null;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    /// <summary>The JSON error without its own "LineNumber: ..." suffix (the line is in the place).</summary>
    private static string Reason(JsonException e) => e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd();

    public void Dispose() => _doc.Dispose();
}
