using System.Globalization;

namespace Junkan.Core.Recyclability;

/// <summary>
/// An independent published figure of the tonnes of an element recovered (recycled) in Japan per year
/// (data/recyclability/comparisons.csv), to set beside the model's recovered-today tonnes. What it covers (old or new
/// scrap, imported feed, metal or gross) is in <see cref="Estimate.Note"/>.
/// </summary>
public sealed record PublishedFigure(string Element, string Quantity, Estimate Published);

/// <summary>
/// The model's recovered-today tonnes (Σ R, t/y) beside a published figure: ratio model / published, and the flags a
/// reader needs: a ratio outside <see cref="LowRatio"/>..<see cref="HighRatio"/>, no model figure, or a published
/// figure that the model itself uses (then the comparison is not independent). Nothing is tuned: the difference is shown.
/// </summary>
public sealed record PublishedComparison(PublishedFigure Figure, double? Model, double? Ratio, bool Independent, IReadOnlyList<string> Flags)
{
    /// <summary>Ratios below this or above <see cref="HighRatio"/> are flagged as a difference of more than 10x.</summary>
    public const double LowRatio = 0.1, HighRatio = 10;

    public const string TenfoldFlag = "model differs from published figure by more than 10x";

    /// <summary>Whether the ratio lies outside <see cref="LowRatio"/>..<see cref="HighRatio"/>.</summary>
    public bool Tenfold => Ratio is { } r && (r < LowRatio || r > HighRatio);

    /// <summary>The comparisons of an assessment with the published figures of its element.</summary>
    public static IReadOnlyList<PublishedComparison> Of(ElementAssessment a, IEnumerable<PublishedFigure> figures, ExternalProvenance external) =>
        Of(a, figures, external, null);

    /// <summary>
    /// The comparisons with the model's figure for each published one from <paramref name="model"/> where given (the
    /// flow system evaluated in the figure's year, for the quantity it covers), else the assessment's recovered tonnes.
    /// </summary>
    public static IReadOnlyList<PublishedComparison> Of(ElementAssessment a, IEnumerable<PublishedFigure> figures, ExternalProvenance external,
        Func<PublishedFigure, (double? Value, int Year)?>? model)
    {
        var used = FigureSources.OfTotals(a, external).ToHashSet(StringComparer.Ordinal);
        if (a.Flows is { } flows) used.UnionWith(flows.Sources);
        return figures.Where(f => f.Element == a.Element).Select(f =>
        {
            var m = model?.Invoke(f);
            var c = Compare(f, m is { } v ? v.Value : a.Recoverable, !used.Contains(f.Published.SourceId));
            return c with { ModelYear = m?.Year ?? a.Year };
        }).ToArray();
    }

    /// <summary>The year the model figure is for (the published figure's year where the flow system covers it).</summary>
    public int? ModelYear { get; init; }

    /// <summary>One comparison: <paramref name="model"/> (t/y, null = not computable) against the published figure.</summary>
    public static PublishedComparison Compare(PublishedFigure f, double? model, bool independent)
    {
        double published = f.Published.Value;
        double? ratio = model is { } m && published > 0 ? m / published : null;
        var flags = new List<string>();
        if (model is null) flags.Add("no model figure (recovered tonnes not computable: data gaps)");
        else if (ratio is { } r && (r < LowRatio || r > HighRatio))
            flags.Add(TenfoldFlag + string.Create(CultureInfo.InvariantCulture, $" (ratio {r:G3})"));
        if (!independent) flags.Add($"not independent: the model uses the same source ({f.Published.SourceId})");
        return new PublishedComparison(f, model, ratio, independent, flags);
    }
}
