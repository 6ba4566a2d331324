using System.Globalization;
using Junkan.Core.Policy;
using Junkan.Data.Reference;
using YamlDotNet.RepresentationModel;

namespace Junkan.Data.Scenarios;

/// <summary>
/// Reads a policy scenario file (YAML; JSON is valid YAML too): a name, a description and a list of measures
/// (kind upstream | smelter | substitution | recycling). Every element, country and application is checked against
/// the reference data; errors name the file, the line and the field. Example: examples/scenarios/ree-diversify.yaml.
/// </summary>
public sealed class ScenarioFile(ReferenceData data, IReadOnlySet<string> countries)
{
    public PolicyScenario Load(string path)
    {
        string file = InputFile.NameOf(path);
        var yaml = ScenarioYaml.Parse(file, InputFile.ReadText(path, Core.Inputs.InputLimits.MaxDocumentBytes));
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new DataFormatException(file, 1, null, "a scenario is a mapping with name, description and measures");
        var f = new Fields(file, root);
        f.AllowOnly("name", "description", "measures");
        string name = f.Required("name");
        if (f.Node("measures") is not YamlSequenceNode list || list.Children.Count == 0)
            throw new DataFormatException(file, Line(root), "measures", "a non-empty list of measures is required");
        var measures = list.Children.Select(n => Measure(file, n)).ToArray();
        return new PolicyScenario(name, f.Optional("description"), measures);
    }

    private PolicyMeasure Measure(string file, YamlNode node)
    {
        if (node is not YamlMappingNode m) throw new DataFormatException(file, Line(node), "measures", "each measure is a mapping");
        var f = new Fields(file, m);
        string kind = f.Required("kind");
        string element = f.Required("element");
        if (!data.Elements.Any(e => e.Symbol == element))
            throw f.Error("element", $"unknown element '{element}'");
        string label = f.Optional("label") ?? kind;
        switch (kind)
        {
            case "upstream":
                f.AllowOnly("kind", "element", "label", "country", "added_mine_t", "added_reserves_t", "added_concentrate_imports_t");
                return new UpstreamDevelopment(element, label, Country(f), f.Tonnes("added_mine_t"), f.Tonnes("added_reserves_t"), f.Tonnes("added_concentrate_imports_t"));
            case "smelter":
                f.AllowOnly("kind", "element", "label", "country", "added_refined_t", "stockpile_days");
                return new SmelterSupport(element, label, Country(f), f.Tonnes("added_refined_t"), f.Tonnes("stockpile_days"));
            case "substitution":
                f.AllowOnly("kind", "element", "label", "application", "application_share", "reduction");
                string app = f.Required("application");
                var known = data.Applications.Where(a => a.Element == element).ToArray();
                var rec = known.FirstOrDefault(a => a.Application == app)
                    ?? throw f.Error("application", $"'{app}' is not an application of {element}; known: {(known.Length == 0 ? "none" : string.Join(", ", known.Select(a => a.Application)))}");
                double share = f.OptionalFraction("application_share") ?? rec.Share
                    ?? throw f.Error("application_share", $"no sourced share of {element} demand for '{app}': give application_share");
                return new Substitution(element, label, app, share, f.RequiredFraction("reduction"));
            case "recycling":
                f.AllowOnly("kind", "element", "label", "added_share", "factor");
                double added = f.OptionalFraction("added_share") ?? 0, factor = f.OptionalNumber("factor") ?? 1;
                if (factor < 0) throw f.Error("factor", "must not be negative");
                if (added == 0 && factor == 1) throw f.Error("added_share", "give added_share and/or factor");
                return new RecyclingSupport(element, label, added, factor);
            default:
                throw f.Error("kind", $"'{kind}' is not a measure; known: upstream, smelter, substitution, recycling");
        }
    }

    private string Country(Fields f)
    {
        string c = f.Required("country");
        return countries.Contains(c) ? c : throw f.Error("country", $"'{c}' is not a known ISO 3166-1 alpha-3 country code");
    }

    internal static int Line(YamlNode n) => (int)n.Start.Line;

    /// <summary>Typed access to the keys of one YAML mapping, with errors naming the line and key.</summary>
    private sealed class Fields(string file, YamlMappingNode map)
    {
        public YamlNode? Node(string key) =>
            map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value;

        public DataFormatException Error(string key, string problem) =>
            new(file, Node(key) is { } n ? Line(n) : Line(map), key, problem);

        public void AllowOnly(params string[] keys)
        {
            foreach (var k in map.Children.Keys.OfType<YamlScalarNode>())
                if (!keys.Contains(k.Value)) throw new DataFormatException(file, Line(k), k.Value, $"unknown key; allowed: {string.Join(", ", keys)}");
        }

        public string? Optional(string key) => Node(key) switch
        {
            null => null,
            YamlScalarNode s => s.Value,
            _ => throw Error(key, "a single value is expected"),
        };

        public string Required(string key) => Optional(key) is { Length: > 0 } v ? v : throw Error(key, "value required");

        public double? OptionalNumber(string key) => Optional(key) is not { } s ? null
            : !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? throw Error(key, $"'{s}' is not a number")
            : Core.Inputs.InputLimits.IsAcceptable(v) ? v : throw Error(key, Core.Inputs.InputLimits.Refusal(v));

        public double Tonnes(string key) => OptionalNumber(key) is not { } v ? 0 : v >= 0 ? v : throw Error(key, $"{v} is negative");

        public double? OptionalFraction(string key) => OptionalNumber(key) is not { } v ? null
            : v is >= 0 and <= 1 ? v : throw Error(key, $"{v} is not a fraction in 0..1");

        public double RequiredFraction(string key) => OptionalFraction(key) ?? throw Error(key, "value required");
    }
}
