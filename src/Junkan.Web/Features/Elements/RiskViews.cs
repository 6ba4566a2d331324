using System.Collections.Concurrent;
using Junkan.Application;
using Junkan.Application.Risk;

namespace Junkan.Web.Features.Elements;

/// <summary>
/// The element list and details of one workspace, computed through <see cref="RiskAnalysis"/> once per year and kept:
/// the workspace is immutable, so a page view costs a dictionary lookup.
/// </summary>
public sealed class RiskViews(Workspace workspace)
{
    private readonly ConcurrentDictionary<int, IReadOnlyList<ElementSummary>> _lists = new();
    private readonly ConcurrentDictionary<(string, int), ElementDetail> _details = new();

    /// <summary>The assessment year for <paramref name="year"/> (default the latest data year; checked by the use case).</summary>
    public int Year(int? year) => workspace.Risk.Year(year);

    public IReadOnlyList<ElementSummary> List(int? year) => _lists.GetOrAdd(Year(year), y =>
    {
        var result = new RiskAnalysis(workspace).Run(new RiskRequest(null, y));
        var names = workspace.Risk.Data.Elements.ToDictionary(e => e.Symbol);
        return [.. result.Profiles.Select(p => new ElementSummary(p.Element, names[p.Element].NameEn, names[p.Element].NameJa, names[p.Element].NedoTarget, ProfileDto.Of(p)))];
    });

    /// <summary>The detail of one element in the assessment year for <paramref name="year"/>, built by <paramref name="build"/> once.</summary>
    public ElementDetail Detail(string symbol, int? year, Func<ElementSummary, int, ElementDetail> build)
    {
        int y = Year(year);
        var one = One(symbol, y);
        return _details.GetOrAdd((one.Symbol, y), _ => build(one, y));
    }

    /// <summary>The summary of one element (404 problem through <see cref="Core.Inputs.NotInDataException"/> when unknown).</summary>
    public ElementSummary One(string symbol, int? year)
    {
        if (!workspace.Risk.Data.Elements.Any(e => e.Symbol == symbol))
            throw new Core.Inputs.NotInDataException("symbol", $"{symbol}: not in elements.csv; known: {string.Join(", ", workspace.Risk.Data.Elements.Select(e => e.Symbol))}.");
        return List(year).FirstOrDefault(e => e.Symbol == symbol)
            ?? throw new Core.Inputs.NotInDataException("symbol", $"{symbol}: listed in elements.csv but not assessed (no supply-risk inputs).");
    }
}
