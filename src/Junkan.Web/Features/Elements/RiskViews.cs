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
    private readonly ConcurrentDictionary<(string, int), (RiskDetail Detail, RiskDetailDto Dto)> _riskDetails = new();
    private readonly ConcurrentDictionary<int, IReadOnlyList<ElementSummary>> _refining = new();
    private readonly ConcurrentDictionary<(string, int, string), string> _trendSvg = new();
    private readonly ConcurrentDictionary<(string, int), Pages.Layout.PageJson> _pageJson = new();

    /// <summary>The assessment year for <paramref name="year"/> (default the latest data year; checked by the use case).</summary>
    public int Year(int? year) => workspace.Risk.Year(year);

    public IReadOnlyList<ElementSummary> List(int? year) => _lists.GetOrAdd(Year(year), y =>
    {
        var result = new RiskAnalysis(workspace).Run(new RiskRequest(null, y));
        var names = workspace.Risk.Data.Elements.ToDictionary(e => e.Symbol);
        return [.. result.Profiles.Select(p => new ElementSummary(p.Element, names[p.Element].NameEn, names[p.Element].NameJa, names[p.Element].NedoTarget, ProfileDto.Of(p)))];
    });

    /// <summary>The list with ② at the refining stage (<c>junkan risk --stage refining</c>): refinery production where published by country, else no data.</summary>
    public IReadOnlyList<ElementSummary> RefiningList(int? year) => _refining.GetOrAdd(Year(year), y =>
        [.. List(y).Select(e => e with { Profile = WithRefining(e.Profile, Refining(e.Symbol, y)) })]);

    /// <summary>The profile with ② replaced and the mean level recomputed as <see cref="Core.Risk.RiskProfile.MeanLevel"/> does (Low 0, Mid 0.5, High 1).</summary>
    private static ProfileDto WithRefining(ProfileDto p, IndicatorDto refining)
    {
        IndicatorDto[] radar = [.. p.Indicators.Select(i => i.Number == 2 ? refining : i)];
        var levels = radar.Where(i => i.Level is not null).Select(i => i.Level switch { "High" => 1.0, "Mid" => 0.5, _ => 0.0 }).ToArray();
        return p with { Indicators = radar, MeanLevel = levels.Length == 0 ? null : levels.Average() };
    }

    private IndicatorDto Refining(string symbol, int year) => RiskDetail(symbol, year).Dto.Refining;

    /// <summary>
    /// The refining-stage ②, ③/④ weighted by import dependence and the series by data year of one element, through
    /// <see cref="RiskAnalysis"/> with <c>ImportDependence</c> (as <c>junkan risk --import-dependence</c>), once per element and year.
    /// </summary>
    public (RiskDetail Detail, RiskDetailDto Dto) RiskDetail(string symbol, int? year)
    {
        int y = Year(year);
        var one = One(symbol, y);
        return _riskDetails.GetOrAdd((one.Symbol, y), k =>
        {
            var d = new RiskAnalysis(workspace).Run(new RiskRequest(k.Item1, k.Item2, ConcentrationStage.Refining, ImportDependence: true)).Details[0];
            return (d, RiskDetailDto.Of(d, k.Item2));
        });
    }

    /// <summary>The trend chart of one element in a language (<see cref="TrendView"/>), rendered once per data version.</summary>
    public string TrendSvg(string symbol, int? year, string language)
    {
        var (detail, _) = RiskDetail(symbol, year);
        var one = One(symbol, year);
        return _trendSvg.GetOrAdd((one.Symbol, Year(year), language), k => TrendView.Svg(detail, one, workspace.Risk.Settings, k.Item3));
    }

    /// <summary>The element page's script data (the detail as JSON), serialised once per element and year.</summary>
    internal Pages.Layout.PageJson DetailJson(string symbol, int year, Func<ElementSummary, int, ElementDetail> build) =>
        _pageJson.GetOrAdd((One(symbol, year).Symbol, Year(year)), _ => Pages.Layout.Serialize(Detail(symbol, year, build)));

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
