using Junkan.Application.Flows;
using Junkan.Core.Flows.Products;

namespace Junkan.Web.Features.Flows;

/// <summary>
/// One row of the bottom-up reconciliation (<c>junkan flows</c>, JSON <c>bottom_up</c>): products against the top-down
/// uses they map to, t of element per year; ratio = bottom-up / top-down; the reading by the rules of docs/methods/flows.md §7.
/// </summary>
public sealed record ReconciliationRowDto(int Year, string Compared, IReadOnlyList<string> Uses, IReadOnlyList<string> Products, bool Partial,
    double BottomUpT, double BottomUpLowT, double BottomUpHighT, double BottomUpDomesticT, double? TopDownT, double? TopDownDomesticT,
    double? DifferenceT, double? Ratio, string ReadingEn, string ReadingJa);

/// <summary>A published figure (units, or tonnes recovered) beside the bottom-up model for the same products and year; ratio = published / model.</summary>
public sealed record ProductCheckDto(int Year, string Measure, IReadOnlyList<string> Products, double Published, double PublishedLow, double PublishedHigh, string Unit,
    string Source, int Quality, double Model, double ModelLow, double ModelHigh, double? Ratio, bool WithinRange, string ReadingEn, string ReadingJa, string Note);

/// <summary>A product of the reconciliation: id and names.</summary>
public sealed record ProductNameDto(string Id, string NameEn, string NameJa);

/// <summary>The reconciliation of one element (a group: per member) and the warnings of the product data.</summary>
public sealed record BottomUpElementDto(string Element, IReadOnlyList<ReconciliationRowDto> Rows, IReadOnlyList<ProductCheckDto> Checks, IReadOnlyList<ProductNameDto> Products);

/// <summary><c>/api/flows/{element}/bottom-up</c>: every system's reconciliation with the top-down system of the year asked for.</summary>
public sealed record BottomUpDto(string Element, int Year, IReadOnlyList<BottomUpElementDto> Elements, IReadOnlyList<string> Warnings)
{
    public static BottomUpDto Of(FlowResult r) => new(r.Element, r.Systems[0].Year, [.. r.BottomUp.Elements.Select(OfElement)], r.BottomUp.Warnings);

    private static BottomUpElementDto OfElement(BottomUpReconciliation e) => new(e.Element,
        [.. e.Rows.Select(x =>
        {
            var (en, ja) = ReconciliationReading.Of(x);
            return new ReconciliationRowDto(x.Year, x.Compared, x.Uses, x.Products, x.Partial, x.BottomUpT, x.BottomUpLowT, x.BottomUpHighT, x.BottomUpDomesticT,
                x.TopDownT, x.TopDownDomesticT, x.DifferenceT, x.Ratio, en, ja);
        })],
        [.. e.Checks.Select(c =>
        {
            var (en, ja) = ReconciliationReading.Of(c);
            var f = c.Figure;
            return new ProductCheckDto(f.Year, f.Measure, f.Products, f.Value, f.Low, f.High, f.Unit, f.SourceId, f.Quality, c.Model, c.ModelLow, c.ModelHigh, c.Ratio, c.WithinRange, en, ja, f.Note);
        })],
        [.. e.Products.Select(p => new ProductNameDto(p.Product.Id.Value, p.Product.NameEn, p.Product.NameJa))]);
}
