using System.Globalization;
using Junkan.Core.Citations;
using Junkan.Core.Inputs;
using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>
/// An OR-Library capacitated facility location instance (Beasley) as a network case: customers are sources with their
/// demand, facilities are hubs with their capacity and fixed cost, the allocation cost of customer j at facility i
/// divided by the demand is the route km at 1 JPY/t·km, and one free sink plant takes everything. The optimum of the
/// case is the instance's optimum.
/// </summary>
public static class OrLibraryCfl
{
    private static readonly Provenance Beasley = Provenance.Of("orlib-cfl", 4);

    /// <summary>Parses the instance text; a malformed file throws <see cref="CflFormatException"/> naming the line and column.</summary>
    public static NetworkCase Parse(string name, string text)
    {
        var t = new Tokens(name, text);
        int m = t.Count("number of facilities m"), n = t.Count("number of customers n");
        var sink = new GeoPoint(0, 0);
        var none = new HashSet<string>();
        var hubs = Enumerable.Range(0, m).Select(i =>
        {
            double cap = t.NonNegative($"capacity of facility {i + 1}"), fixedCost = t.NonNegative($"fixed cost of facility {i + 1}");
            return new Facility($"f{i + 1}", $"f{i + 1}", $"f{i + 1}", FacilityKind.Hub, sink, false, false, null, [new SizeOption("1", cap, 0, fixedCost)],
                0, 0, new Dictionary<string, double>(), none, Beasley);
        }).ToList();
        var km = new Dictionary<string, double>();
        var sources = new List<SourceSite>();
        for (int j = 0; j < n; j++)
        {
            double d = t.NonNegative($"demand of customer {j + 1}");
            sources.Add(new SourceSite($"c{j + 1}", $"c{j + 1}", $"c{j + 1}", sink, new Dictionary<string, double> { ["demand"] = d }));
            for (int i = 0; i < m; i++)
            {
                double cost = t.NonNegative($"allocation cost of customer {j + 1} at facility {i + 1}");
                km[$"c{j + 1}|f{i + 1}"] = d > 0 ? cost / d : 0;
            }
        }
        t.End();
        foreach (var h in hubs) km[$"{h.Id}|sink"] = 0;
        var plant = new Facility("sink", "sink", "sink", FacilityKind.Plant, sink, true, false, null,
            [new SizeOption("1", sources.Sum(s => s.Supply["demand"]), 0, 0)], 0, 0, new Dictionary<string, double> { ["X"] = 1 }, none, Beasley);
        var stream = new WasteFlow("demand", "demand", "需要", 1, false, null, [new ElementContent("X", 1, 1, Beasley)], Beasley);
        return new NetworkCase(name, [stream], sources, hubs, [plant], [new TransportMode("truck", 1, 0, 0, 1, Beasley, Beasley)],
            [new ElementValue("X", 0, 0, 0, Beasley, Beasley, Beasley)], new Economics(0, 1, 0, 0, 0, Beasley),
            new Dictionary<string, double>(), null, km);
    }

    /// <summary>The optimum of an instance in a <c>capopt.txt</c> text (lines "name value"), or null if it is not listed.</summary>
    public static double? PublishedOptimum(string capoptText, string instance) =>
        capoptText.Split('\n').Select(l => l.Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 2 && f[0] == instance && double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(f => (double?)double.Parse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture)).FirstOrDefault();

    /// <summary>The whitespace-separated numbers of an instance with their 1-based line and column.</summary>
    private sealed class Tokens
    {
        private readonly string _name;
        private readonly List<(string Text, int Line, int Column)> _items = [];
        private int _next;

        public Tokens(string name, string text)
        {
            _name = name;
            var lines = text.Split('\n');
            for (int l = 0; l < lines.Length; l++)
            {
                string line = lines[l];
                for (int c = 0; c < line.Length;)
                {
                    if (char.IsWhiteSpace(line[c])) { c++; continue; }
                    int start = c;
                    while (c < line.Length && !char.IsWhiteSpace(line[c])) c++;
                    _items.Add((line[start..c], l + 1, start + 1));
                }
            }
        }

        public double NonNegative(string what)
        {
            if (_next >= _items.Count) throw new CflFormatException(_name, _items.Count > 0 ? _items[^1].Line : 1, null, $"the file ends before the {what}");
            var (text, line, col) = _items[_next++];
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                throw new CflFormatException(_name, line, Column(col), $"'{text}' is not a number (the {what})");
            return v >= 0 ? v : throw new CflFormatException(_name, line, Column(col), $"{text}: the {what} must be >= 0");
        }

        public int Count(string what)
        {
            int at = _next;
            double v = NonNegative(what);
            return v >= 1 && v == Math.Floor(v) && v <= 100_000 ? (int)v
                : throw new CflFormatException(_name, _items[at].Line, Column(_items[at].Column), $"{_items[at].Text}: the {what} must be a whole number in 1..100,000");
        }

        public void End()
        {
            if (_next < _items.Count)
                throw new CflFormatException(_name, _items[_next].Line, Column(_items[_next].Column), $"'{_items[_next].Text}': more numbers than m facilities and n customers need");
        }

        private static string Column(int c) => "column " + c.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>A malformed OR-Library instance: names the file, the 1-based line and the column of the offending number.</summary>
public sealed class CflFormatException(string file, int? line, string? column, string problem) : InputException(file, line, column, problem);
