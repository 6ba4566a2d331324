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
/// the horizons at which recoverable tonnes are reported. Checked when constructed: no invalid settings exist, so no
/// consumer has to validate them; weights and horizons are copied, so the settings cannot change after the check.
/// </summary>
public sealed class SelectionSettings
{
    /// <summary>Creates checked settings; throws <see cref="ArgumentException"/> naming the setting that is wrong.</summary>
    public SelectionSettings(IReadOnlyDictionary<Criterion, double> weights, AggregationMethod method = AggregationMethod.WeightedSum, int selectCount = 8,
        MissingValuePolicy missing = MissingValuePolicy.Worst, int year = 2024, int forecastYear = 2040, IReadOnlyList<int>? horizons = null)
    {
        Weights = Check(weights);
        (Method, SelectCount, Missing, Year, ForecastYear) = (method, selectCount, missing, year, forecastYear);
        Horizons = [.. horizons ?? [2030, 2040, 2050]];
        CheckCountsAndYears();
    }

    public IReadOnlyDictionary<Criterion, double> Weights { get; }
    public AggregationMethod Method { get; }
    public int SelectCount { get; }
    public MissingValuePolicy Missing { get; }
    public int Year { get; }
    public int ForecastYear { get; }

    /// <summary>Years in which the recoverable tonnes are reported (shared/design/recyclability.md: 2030, 2040, 2050), ascending, none before <see cref="Year"/>.</summary>
    public IReadOnlyList<int> Horizons { get; }

    /// <summary>The last year any output needs amounts for: the forecast year or the last horizon.</summary>
    public int LastYear => Horizons.Count == 0 ? ForecastYear : Math.Max(ForecastYear, Horizons[^1]);

    /// <summary>The horizons and the forecast year, ascending, each once.</summary>
    public IReadOnlyList<int> ReportYears => [.. Horizons.Append(ForecastYear).Distinct().Order()];

    /// <summary>The <see cref="ReportYears"/> not before <paramref name="year"/> (an assessment year given on the command line may be later than a horizon).</summary>
    public IReadOnlyList<int> ReportYearsFrom(int year) => [.. ReportYears.Where(y => y >= year)];

    /// <summary>The weight of a criterion (0 if absent).</summary>
    public double Weight(Criterion c) => Weights.TryGetValue(c, out var w) ? w : 0;

    /// <summary>The same settings with one weight multiplied by <paramref name="factor"/> (checked like any other settings).</summary>
    public SelectionSettings WithWeight(Criterion c, double factor) =>
        With(weights: Criteria.All.ToDictionary(k => k, k => k == c ? Weight(k) * factor : Weight(k)));

    /// <summary>A checked copy with the given settings changed.</summary>
    public SelectionSettings With(IReadOnlyDictionary<Criterion, double>? weights = null, AggregationMethod? method = null, int? selectCount = null,
        MissingValuePolicy? missing = null, int? year = null, int? forecastYear = null, IReadOnlyList<int>? horizons = null) =>
        new(weights ?? Weights, method ?? Method, selectCount ?? SelectCount, missing ?? Missing, year ?? Year, forecastYear ?? ForecastYear, horizons ?? Horizons);

    private static Dictionary<Criterion, double> Check(IReadOnlyDictionary<Criterion, double> weights)
    {
        // Above 1e6 the weighted sum of normalised criteria (each ≤ 1) could still be exact, but no analyst means it: it is a typo.
        foreach (var (c, w) in weights)
            if (!double.IsFinite(w) || w < 0 || w > MaxWeight)
                throw new ArgumentException($"Weight of '{c.Key()}' is {w.ToString(System.Globalization.CultureInfo.InvariantCulture)}: weights are finite numbers in 0..{MaxWeight.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        if (weights.Values.Sum() <= 0) throw new ArgumentException("All weights are 0: at least one criterion must count.");
        return weights.ToDictionary();
    }

    /// <summary>The largest weight accepted (weights are relative; only their ratios matter).</summary>
    public const double MaxWeight = 1e6;

    private void CheckCountsAndYears()
    {
        if (SelectCount < 1) throw new ArgumentException($"select_count {SelectCount}: at least one element must be selected.");
        if (Year is < 1900 or > 2200) throw new ArgumentException($"year {Year}: write an assessment year in 1900..2200.");
        if (ForecastYear < Year || ForecastYear > 2200) throw new ArgumentException($"forecast_year {ForecastYear} is before year {Year} or after 2200.");
        for (int i = 0; i < Horizons.Count; i++)
        {
            if (Horizons[i] < Year || Horizons[i] > 2200) throw new ArgumentException($"horizons: {Horizons[i]} is before year {Year} or after 2200.");
            if (i > 0 && Horizons[i] <= Horizons[i - 1]) throw new ArgumentException($"horizons: {Horizons[i]} follows {Horizons[i - 1]}; list the years ascending, each once.");
        }
    }
}
