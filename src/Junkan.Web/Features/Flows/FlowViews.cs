using System.Collections.Concurrent;
using Junkan.Application;
using Junkan.Application.Flows;
using Junkan.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Flows;

/// <summary>
/// The flow systems for the pages and the API through <see cref="FlowAnalysis"/>, with the request checked first
/// (unknown element, year outside the system, unknown scenario: problem details naming the field) and results cached
/// per element, year and scenario (the workspace is immutable).
/// </summary>
internal sealed class FlowViews(Workspace workspace)
{
    /// <summary>Monte Carlo draws behind the 5–95 % ranges (the CLI's default).</summary>
    public const int Draws = 200;

    private const int CacheLimit = 64;
    public static IReadOnlyList<string> Scenarios { get; } = ["low", "central", "high"];

    private readonly ConcurrentDictionary<(string, int, string), FlowResult> _cache = new();
    private IReadOnlyList<FlowTargetDto>? _targets;
    private IReadOnlyDictionary<string, (string En, string Ja)>? _productNames;

    /// <summary>The year shown when none is asked for: the assessment year of the selection settings.</summary>
    public int DefaultYear => workspace.Recyclability.Settings.Year;

    /// <summary>Every element with a flow system, in the order of the recyclability profiles; a group lists its members.</summary>
    public IReadOnlyList<FlowTargetDto> Targets() => _targets ??= [.. workspace.Recyclability.Data.Profiles.Where(p => p.Flows is not null).Select(p =>
    {
        var inputs = p.Flows!.Inputs is { } one ? [one] : p.Flows.Members.Select(m => m.Inputs!).ToArray();
        return new FlowTargetDto(p.Flows.Element, p.Flows.Inputs is null ? [.. p.Flows.Members.Select(m => m.Element)] : [],
            inputs.Max(i => i.FirstDataYear), FlowRequest.LastYear);
    })];

    /// <summary>Every product of the bottom-up product data (data/flows/products) by id: English and Japanese names.</summary>
    public IReadOnlyDictionary<string, (string En, string Ja)> ProductNames() => _productNames ??=
        BottomUpAnalysis.Products(workspace).Data.Products.GroupBy(p => p.Id.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (g.First().NameEn, g.First().NameJa), StringComparer.Ordinal);

    /// <summary>Elements without a flow system and why (data gaps, shown on the page).</summary>
    public IReadOnlyList<(string Element, string Reason)> Gaps() => [.. workspace.Recyclability.Flows.Gaps.Select(g => (g.Element, g.Reason))];

    /// <summary>The target of an element symbol (case-insensitive), or null.</summary>
    public FlowTargetDto? Target(string element) => Targets().FirstOrDefault(x => x.Element.Equals(element, StringComparison.OrdinalIgnoreCase));

    /// <summary>The systems of a request, or a problem naming <c>element</c>, <c>year</c> or <c>scenario</c>.</summary>
    public (FlowResult? Result, IResult? Problem) Get(string element, int? year, string? scenario)
    {
        var target = Target(element);
        if (target is null)
        {
            var gap = Gaps().FirstOrDefault(g => g.Element.Equals(element, StringComparison.OrdinalIgnoreCase));
            string why = gap.Element is null ? $"known: {string.Join(", ", Targets().Select(x => x.Element))}" : gap.Reason;
            return (null, Problems.NotFound("element", $"No flow system for element '{element}' ({why})."));
        }
        int y = year ?? DefaultYear;
        if (y < target.FirstYear || y > target.LastYear)
            return (null, Problems.Field("year", $"year {y}: the flow system of {target.Element} covers {target.FirstYear}..{target.LastYear}."));
        string s = scenario ?? "central";
        if (!Scenarios.Contains(s)) return (null, Problems.Field("scenario", $"scenario '{s}': write low, central or high."));
        if (_cache.Count >= CacheLimit) _cache.Clear();
        var result = _cache.GetOrAdd((target.Element, y, s), k => new FlowAnalysis(workspace).Run(new FlowRequest(k.Item1, k.Item2, k.Item3, Draws)));
        return (result, null);
    }
}
