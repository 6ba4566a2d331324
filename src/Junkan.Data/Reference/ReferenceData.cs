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
        ?? throw new Junkan.Core.Inputs.NotInDataException("--element", $"--element {symbol}: not in elements.csv; known: {string.Join(", ", Elements.Select(e => e.Symbol))}.");

    /// <summary>The latest year with any production figure: the default assessment year.</summary>
    public int LatestYear => Production.Where(p => p.Tonnes is not null).Select(p => p.Year).DefaultIfEmpty(0).Max();

    /// <summary>The first year with any production figure.</summary>
    public int FirstYear => Production.Where(p => p.Tonnes is not null).Select(p => p.Year).DefaultIfEmpty(0).Min();

    /// <summary>The assessment year: <paramref name="asked"/> (checked to lie within the data years) or the latest.</summary>
    public int AssessmentYear(int? asked, string option = "--year") => asked switch
    {
        null => LatestYear,
        int y when y >= FirstYear && y <= LatestYear => y,
        int y => throw new Junkan.Core.Inputs.NotInDataException(option, $"{option} {y}: outside the data, which cover {FirstYear}-{LatestYear} (production.csv)."),
    };
}
