using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Junkan.Data.Network;

/// <summary>A YAML mapping of a case file with typed reads that name the file, line and key of a bad value.</summary>
internal sealed class YamlMap(string file, YamlMappingNode node, YamlMappingNode? defaults = null)
{
    public string File => file;
    public int Line => (int)node.Start.Line;

    private YamlNode? Get(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : defaults is not null && defaults.Children.TryGetValue(new YamlScalarNode(key), out var d) ? d : null;

    public bool Has(string key) => Get(key) is { } n && !(n is YamlScalarNode s && s.Value is null or "" or "null" or "~");

    public DataFormatException Error(string key, string problem) =>
        new(file, Get(key) is { } n ? (int)n.Start.Line : Line, key, problem);

    public string Str(string key) =>
        Get(key) is YamlScalarNode { Value: { Length: > 0 } v } ? v : throw Error(key, $"'{key}' is required (text)");

    public string? OptStr(string key) => Has(key) ? Str(key) : null;

    public double Num(string key)
    {
        string s = Get(key) is YamlScalarNode { Value: { Length: > 0 } v } ? v : throw Error(key, $"'{key}' is required (a number)");
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : throw Error(key, $"'{s}' is not a number");
    }

    public double Num(string key, double fallback) => Has(key) ? Num(key) : fallback;
    public double? OptNum(string key) => Has(key) ? Num(key) : null;

    public bool Bool(string key, bool fallback = false) => !Has(key) ? fallback : Str(key) switch
    {
        "true" or "yes" => true,
        "false" or "no" => false,
        var s => throw Error(key, $"'{s}' is not true or false"),
    };

    public IEnumerable<YamlMap> Maps(string key, YamlMappingNode? itemDefaults = null)
    {
        if (!Has(key)) return [];
        if (Get(key) is not YamlSequenceNode seq) throw Error(key, $"'{key}' must be a list");
        return seq.Children.Select(c => c is YamlMappingNode m ? new YamlMap(file, m, itemDefaults) : throw new DataFormatException(file, (int)c.Start.Line, key, "each item must be a mapping"));
    }

    public YamlMap? Map(string key) => !Has(key) ? null : Get(key) is YamlMappingNode m ? new YamlMap(file, m) : throw Error(key, $"'{key}' must be a mapping");

    public YamlMappingNode? Raw(string key) => Get(key) as YamlMappingNode;

    public IReadOnlyList<string> Strings(string key)
    {
        if (!Has(key)) return [];
        return Get(key) is YamlSequenceNode seq ? seq.Children.Select(c => (c as YamlScalarNode)?.Value ?? throw Error(key, "a list of names")).ToList()
            : throw Error(key, $"'{key}' must be a list");
    }

    public IEnumerable<(string Key, YamlMap Owner)> Keys() =>
        node.Children.Keys.OfType<YamlScalarNode>().Select(k => (k.Value ?? "", this));
}
