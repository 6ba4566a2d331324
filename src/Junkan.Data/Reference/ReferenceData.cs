using Junkan.Core.Risk;

namespace Junkan.Data.Reference;

/// <summary>The bundled reference data set (<c>data/reference/</c>), loaded and validated; see docs/data-model.md.</summary>
public sealed record ReferenceData(
    string Folder,
    IReadOnlyDictionary<string, SourceRecord> Sources,
    IReadOnlyList<ElementRecord> Elements,
    IReadOnlyList<CountryFigure> Production,
    IReadOnlyList<CountryFigure> Reserves,
    IReadOnlyList<PriceRecord> Prices,
    IReadOnlyDictionary<string, IReadOnlyList<WgiEstimates>> Wgi,
    IReadOnlyList<ImportShareRecord> JapanImports,
    IReadOnlyList<ApplicabilityRecord> Applicability,
    IReadOnlyList<SecondaryRecord> Secondary,
    IReadOnlyList<RiskSeriesRecord> RiskSeries,
    IReadOnlyList<EuCrmRecord> EuCrm,
    IReadOnlyList<ApplicationRecord> Applications,
    IReadOnlyList<string> InputFiles)
{
    /// <summary>Critical-list memberships (list_memberships.csv; empty when the table is absent).</summary>
    public IReadOnlyList<ListMembershipRecord> Lists { get; init; } = [];

    /// <summary>Countries by ISO3 code with their ja/en names (countries.csv; empty when the table is absent).</summary>
    public IReadOnlyDictionary<string, CountryRecord> Countries { get; init; } = new Dictionary<string, CountryRecord>();

    public ElementRecord Element(string symbol) =>
        Elements.FirstOrDefault(e => e.Symbol == symbol)
        ?? throw new Junkan.Core.Inputs.NotInDataException("element", $"Unknown element '{symbol}'. Known: {string.Join(", ", Elements.Select(e => e.Symbol))}.");

    /// <summary>The latest year with any production figure: the default assessment year.</summary>
    public int LatestYear => Production.Where(p => p.Tonnes is not null).Select(p => p.Year).DefaultIfEmpty(0).Max();
}
