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
    public static IReadOnlyList<PublishedComparison> Of(ElementAssessment a, IEnumerable<PublishedFigure> figures, ExternalProvenance external)
    {
        var used = FigureSources.OfTotals(a, external).ToHashSet(StringComparer.Ordinal);
        return figures.Where(f => f.Element == a.Element).Select(f => Compare(f, a.Recoverable, !used.Contains(f.Published.SourceId))).ToArray();
    }

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
