using System.Globalization;
using Junkan.Core.Citations;
using Junkan.Core.Inputs;
using Junkan.Core.Structure;
using Junkan.Data.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Junkan.Data.Structure;

/// <summary>
/// Reads a structure file (YAML, docs/methods/structure.md "File format"): name, citations, the factors (id, label_ja,
/// label_en, category, source), one ratings matrix per expert (a list of rows, one per factor, in the factors'
/// order), the ratings' source and year, an optional threshold (a number, 'mean' or 'mean+sd') and an optional 0/1 reachability matrix. Every error
/// names the file, the line and the key or the cell (<c>experts[a].ratings[from→to]</c>).
/// </summary>
public static class StructureFileLoader
{
    public static StructureCase Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new DataFormatException(path, null, null, "no such structure file");
        if (info.Length > InputLimits.MaxDocumentBytes) throw new DataFormatException(path, null, null, $"the file has {info.Length:N0} bytes; the limit is {InputLimits.MaxDocumentBytes:N0}");
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new DataFormatException(path, null, null, $"cannot read the structure file: {e.Message}"); }
        return Parse(path, text);
    }

    /// <summary>Reads the text of a structure file; <paramref name="name"/> is the file name the messages give.</summary>
    public static StructureCase Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > InputLimits.MaxDocumentBytes) throw new DataFormatException(name, null, null, $"the file has {text.Length:N0} characters; the limit is {InputLimits.MaxDocumentBytes:N0}");
        var yaml = ScenarioYaml.Parse(name, text);
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root) throw new DataFormatException(name, 1, null, "a structure file is a YAML mapping (name, factors, experts)");
        return new Reader(name, root).Case();
    }

    private sealed class Reader(string file, YamlMappingNode root)
    {
        private DataFormatException Error(YamlNode? at, string key, string problem) => new(file, at is null ? null : (int)at.Start.Line, key, problem);

        private static YamlNode? Get(YamlMappingNode m, string key) => m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        private string Str(YamlMappingNode m, string key, bool required = true) =>
            Get(m, key) switch
            {
                YamlScalarNode { Value: { Length: > 0 } v } => v,
                null or YamlScalarNode when !required => "",
                var n => throw Error(n ?? m, key, $"'{key}' is required (text)"),
            };

        private double? Num(YamlMappingNode m, string key)
        {
            if (Get(m, key) is not { } n || n is YamlScalarNode { Value: null or "" or "~" or "null" }) return null;
            return n is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && InputLimits.IsAcceptable(d)
                ? d : throw Error(n, key, $"'{(n as YamlScalarNode)?.Value}' is not a finite number");
        }

        private YamlSequenceNode Seq(YamlMappingNode m, string key) =>
            Get(m, key) as YamlSequenceNode ?? throw Error(Get(m, key) ?? m, key, $"'{key}' is required (a list)");

        public StructureCase Case()
        {
            var cites = Citations();
            var factors = Factors(cites, out var sources);
            var experts = Experts(factors);
            string src = Str(root, "ratings_source");
            if (!cites.TryGetValue(src, out int quality)) throw Error(Get(root, "ratings_source"), "ratings_source", $"'{src}' is not in the citations");
            double? yearNum = Num(root, "ratings_year");
            if (yearNum is { } y && (y != Math.Floor(y) || y < InputLimits.MinYear || y > InputLimits.MaxYear)) throw Error(Get(root, "ratings_year"), "ratings_year", $"{y} is not a year");
            var (threshold, rule) = Threshold();
            bool example = Get(root, "example") is YamlScalarNode { Value: "true" or "yes" };
            var ratings = new InfluenceMatrix(factors, experts);
            return new StructureCase(Str(root, "name_ja", false), Str(root, "name"), example, ratings,
                Provenance.Of(src, quality, yearNum is { } yy ? (int)yy : null, StructureCase.RatingUnit), sources, threshold, Reachability(factors), rule);
        }

        /// <summary>'threshold': a number >= 0, 'mean' (of T, the default) or 'mean+sd'.</summary>
        private (double?, ThresholdKind) Threshold()
        {
            var node = Get(root, "threshold");
            switch ((node as YamlScalarNode)?.Value)
            {
                case "mean": return (null, ThresholdKind.MeanOfTotalRelation);
                case "mean+sd": return (null, ThresholdKind.MeanPlusSd);
            }
            double? t = node is YamlScalarNode { Value: { } v } && !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? throw Error(node, "threshold", $"'{v}' is not a number >= 0, 'mean' or 'mean+sd'") : Num(root, "threshold");
            if (t is < 0) throw Error(node, "threshold", $"threshold {t}: must be >= 0");
            return (t, ThresholdKind.MeanOfTotalRelation);
        }

        private Dictionary<string, int> Citations()
        {
            var d = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in Seq(root, "citations").Children)
            {
                if (c is not YamlMappingNode m) throw Error(c, "citations", "each citation is a mapping (id, quality, title)");
                string id = Str(m, "id");
                if (!IsSourceId(id)) throw Error(Get(m, "id"), "id", $"'{id}' is not a source id (a-z, 0-9, '-', '_', '.')");
                double q = Num(m, "quality") ?? throw Error(m, "quality", "'quality' is required (1..5)");
                if (q is < QualityScore.Min or > QualityScore.Max || q != Math.Floor(q)) throw Error(Get(m, "quality"), "quality", $"quality {q} is not in 1..5");
                Str(m, "title");
                d[id] = (int)q;
            }
            return d;
        }

        private static bool IsSourceId(string s) => s.Length is > 0 and <= SourceId.MaxLength && s.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.');

        private List<Factor> Factors(Dictionary<string, int> cites, out Dictionary<FactorId, string> sources)
        {
            var list = new List<Factor>();
            sources = [];
            var seq = Seq(root, "factors");
            if (seq.Children.Count > InfluenceMatrix.MaxFactors) throw Error(seq, "factors", $"{seq.Children.Count} factors: the limit is {InfluenceMatrix.MaxFactors}");
            if (seq.Children.Count == 0) throw Error(seq, "factors", "no factor is listed");
            foreach (var c in seq.Children)
            {
                if (c is not YamlMappingNode m) throw Error(c, "factors", "each factor is a mapping (id, label_ja, label_en, category, source)");
                string id = Str(m, "id");
                if (!FactorId.IsValid(id)) throw Error(Get(m, "id"), "id", $"'{id}' is not a factor id (1..{FactorId.MaxLength} characters: A-Z, a-z, 0-9, '-', '_', '.')");
                var fid = new FactorId(id);
                if (list.Any(f => f.Id == fid)) throw Error(Get(m, "id"), "id", $"factor '{id}' is listed twice");
                string ja = Str(m, "label_ja", false), en = Str(m, "label_en", false);
                if (ja.Length == 0 && en.Length == 0) throw Error(m, "label_en", $"factor '{id}' needs label_ja or label_en");
                string src = Str(m, "source", false);
                if (src.Length > 0 && !cites.ContainsKey(src)) throw Error(Get(m, "source"), "source", $"'{src}' is not in the citations");
                list.Add(new Factor(fid, ja, en, Str(m, "category", false)));
                sources[fid] = (src + " " + Str(m, "where", false)).Trim();
            }
            return list;
        }

        private List<double[,]> Experts(List<Factor> factors)
        {
            var seq = Seq(root, "experts");
            if (seq.Children.Count is 0) throw Error(seq, "experts", "no expert's ratings are given");
            if (seq.Children.Count > InfluenceMatrix.MaxExperts) throw Error(seq, "experts", $"{seq.Children.Count} experts: the limit is {InfluenceMatrix.MaxExperts}");
            var list = new List<double[,]>();
            foreach (var c in seq.Children)
            {
                if (c is not YamlMappingNode m) throw Error(c, "experts", "each expert is a mapping (id, ratings)");
                string id = Str(m, "id");
                list.Add(Matrix(Seq(m, "ratings"), factors, $"experts[{id}].ratings", v => Rating(v, out var d) ? d : null));
            }
            return list;
        }

        private static bool Rating(string s, out double d) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d);

        /// <summary>An n × n matrix of rows; <paramref name="cell"/> turns a cell's text into a value (null = not a number).</summary>
        private double[,] Matrix(YamlSequenceNode rows, List<Factor> factors, string key, Func<string, double?> cell, bool binary = false)
        {
            int n = factors.Count;
            if (rows.Children.Count != n) throw Error(rows, key, $"{rows.Children.Count} rows: write one row per factor ({n}), in the order of 'factors'");
            var m = new double[n, n];
            for (int i = 0; i < n; i++)
            {
                if (rows.Children[i] is not YamlSequenceNode row) throw Error(rows.Children[i], $"{key}[{factors[i].Id}]", "each row is a list of numbers, e.g. [0, 2, 4]");
                if (row.Children.Count != n) throw Error(row, $"{key}[{factors[i].Id}]", $"{row.Children.Count} values: write one per factor ({n})");
                for (int j = 0; j < n; j++)
                {
                    string place = $"{key}[{factors[i].Id}→{factors[j].Id}]";
                    string text = (row.Children[j] as YamlScalarNode)?.Value ?? "";
                    double v = cell(text) ?? throw Error(row.Children[j], place, $"'{text}' is not a number");
                    string? problem = binary ? (v is 0 or 1 ? null : $"'{text}' is not 0 or 1") : InfluenceMatrix.RatingProblem(v, i == j);
                    if (problem is not null) throw Error(row.Children[j], place, problem);
                    m[i, j] = v;
                }
            }
            return m;
        }

        private bool[,]? Reachability(List<Factor> factors)
        {
            if (Get(root, "reachability") is null) return null;
            var m = Matrix(Seq(root, "reachability"), factors, "reachability", v => Rating(v, out var d) ? d : null, binary: true);
            int n = factors.Count;
            var b = new bool[n, n];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < n; j++)
                    b[i, j] = m[i, j] == 1;
            return b;
        }
    }
}
