using Junkan.Application;
using Junkan.Web.Features.Recyclability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Elements;

/// <summary>Element detail: the profile, the inputs behind it (country shares, imports, prices) and the recyclability where assessed.</summary>
public sealed record ElementDetail(ElementSummary Element, DistributionDto? Reserves, DistributionDto? MineProduction, DistributionDto? RefineryProduction,
    ImportsDto ConcentrateImports, ImportsDto RefinedImports, PriceDto? Price, IReadOnlyList<SourceDto> Sources, RecyclabilityDto? Recyclability);

/// <summary><c>/api/elements</c>: every assessed element with its six levels, and one element in detail.</summary>
internal static class ElementsApi
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/elements").WithTags("Elements");
        g.MapGet("/", (int? year, string? stage, RiskViews views) => stage switch
            {
                null or "mine" => Results.Ok(views.List(year)),
                "refining" => Results.Ok(views.RefiningList(year)),
                _ => Hosting.Problems.Field("stage", $"stage '{stage}': write mine or refining."),
            })
            .WithSummary("Every assessed element with the six supply-risk indicators (value, level, year, sources) in a year (default the latest data year); stage=refining puts the HHI of refinery production on ② (junkan risk --stage refining).")
            .Produces<IReadOnlyList<ElementSummary>>().ProducesValidationProblem();
        g.MapGet("/{symbol}/risk-details", (string symbol, int? year, RiskViews views) => Results.Ok(views.RiskDetail(symbol, year).Dto))
            .WithSummary("Beside the standard indicators: ② at the refining stage with its largest producer, ③/④ weighted by Japan's import dependence (w = min(1, imports / demand)), and every indicator by data year.")
            .Produces<RiskDetailDto>().ProducesValidationProblem(StatusCodes.Status404NotFound);
        g.MapGet("/{symbol}/trend.svg", (string symbol, int? year, string? lang, RiskViews views) =>
                Results.Content(views.TrendSvg(symbol, year, lang == "en" ? "en" : "ja"), "image/svg+xml; charset=utf-8"))
            .WithSummary("The indicators by data year as small multiples with the High/Mid/Low bands (SVG, the report's trend chart; lang ja or en).");
        g.MapGet("/{symbol}", (string symbol, int? year, RiskViews views, Workspace w, RecyclabilityViews recycling) =>
                Results.Ok(views.Detail(symbol, year, (e, y) => Detail(e, y, w, recycling))))
            .WithSummary("One element: indicators, country shares, Japan's import partners, price history, cited sources and recyclability.");
    }

    internal static ElementDetail Detail(ElementSummary e, int year, Workspace w, RecyclabilityViews recycling)
    {
        var inputs = w.Risk.Build(e.Symbol, year);
        var ids = e.Profile.Indicators.SelectMany(i => i.Sources).Distinct().ToArray();
        var sources = ids.Where(w.Risk.Data.Sources.ContainsKey).Select(id => w.Risk.Data.Sources[id])
            .Select(s => new SourceDto(s.Id, s.Citation, s.Publisher, s.Year, s.Url, s.Licence)).ToArray();
        return new ElementDetail(e, DistributionDto.Of(inputs.Reserves), DistributionDto.Of(inputs.MineProduction), DistributionDto.Of(inputs.RefineryProduction),
            ImportsDto.Of(inputs.ConcentrateImports), ImportsDto.Of(inputs.RefinedImports), PriceDto.Of(inputs.Price), sources, recycling.Of(e.Symbol));
    }
}
