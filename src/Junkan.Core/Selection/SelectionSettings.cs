namespace Junkan.Core.Selection;

/// <summary>How the scores are aggregated.</summary>
public enum AggregationMethod
{
    /// <summary>Σ wₖ nₖ / Σ wₖ over min-max normalised criteria.</summary>
    WeightedSum,
    /// <summary>TOPSIS (Hwang &amp; Yoon 1981): closeness to the ideal over the normalised criteria.</summary>
    Topsis,
}

/// <summary>What a missing criterion value scores after normalisation.</summary>
public enum MissingValuePolicy
{
    /// <summary>0, the worst: an element is not selected on data it does not have (default).</summary>
    Worst,
    /// <summary>0.5, the middle of the range.</summary>
    Neutral,
}

/// <summary>
/// Settings of the element selection (config/selection-settings.json): weights per criterion (≥ 0, not all 0), the
/// aggregation method, how many elements are selected, the missing-value policy, the assessment and forecast years and
/// the horizons at which recoverable tonnes are reported.
/// </summary>
public sealed record SelectionSettings
{
    public required IReadOnlyDictionary<Criterion, double> Weights { get; init; }
    public AggregationMethod Method { get; init; } = AggregationMethod.WeightedSum;
    public int SelectCount { get; init; } = 8;
    public MissingValuePolicy Missing { get; init; } = MissingValuePolicy.Worst;
    public int Year { get; init; } = 2024;
    public int ForecastYear { get; init; } = 2040;

    /// <summary>Years in which the recoverable tonnes are reported (shared/design/recyclability.md: 2030, 2040, 2050), ascending, none before <see cref="Year"/>.</summary>
    public IReadOnlyList<int> Horizons { get; init; } = [2030, 2040, 2050];

    /// <summary>The last year any output needs amounts for: the forecast year or the last horizon.</summary>
    public int LastYear => Horizons.Count == 0 ? ForecastYear : Math.Max(ForecastYear, Horizons[^1]);

    /// <summary>The horizons and the forecast year, ascending, each once.</summary>
    public IReadOnlyList<int> ReportYears => [.. Horizons.Append(ForecastYear).Distinct().Order()];

    /// <summary>The <see cref="ReportYears"/> not before <paramref name="year"/> (an assessment year given on the command line may be later than a horizon).</summary>
    public IReadOnlyList<int> ReportYearsFrom(int year) => [.. ReportYears.Where(y => y >= year)];

    /// <summary>Throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public SelectionSettings Validated()
    {
        foreach (var (c, w) in Weights)
            if (!double.IsFinite(w) || w < 0) throw new ArgumentException($"Weight of '{c.Key()}' is {w}: weights are finite numbers >= 0.");
        if (Weights.Values.Sum() <= 0) throw new ArgumentException("All weights are 0: at least one criterion must count.");
        if (SelectCount < 1) throw new ArgumentException($"select_count {SelectCount}: at least one element must be selected.");
        if (ForecastYear < Year) throw new ArgumentException($"forecast_year {ForecastYear} is before year {Year}.");
        for (int i = 0; i < Horizons.Count; i++)
        {
            if (Horizons[i] < Year) throw new ArgumentException($"horizons: {Horizons[i]} is before year {Year}.");
            if (i > 0 && Horizons[i] <= Horizons[i - 1]) throw new ArgumentException($"horizons: {Horizons[i]} follows {Horizons[i - 1]}; list the years ascending, each once.");
        }
        return this;
    }

    /// <summary>The weight of a criterion (0 if absent).</summary>
    public double Weight(Criterion c) => Weights.TryGetValue(c, out var w) ? w : 0;

    /// <summary>The same settings with one weight multiplied by <paramref name="factor"/>.</summary>
    public SelectionSettings WithWeight(Criterion c, double factor) =>
        this with { Weights = Criteria.All.ToDictionary(k => k, k => k == c ? Weight(k) * factor : Weight(k)) };
}
