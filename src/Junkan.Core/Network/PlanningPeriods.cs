namespace Junkan.Core.Network;

/// <summary>
/// The periods of a multi-period plan: each period starts in its year and lasts until the next period's year (the last
/// one as long as the one before it, or <see cref="DefaultLastLength"/> years alone). <see cref="Weight"/>: the discount
/// factor summed over the years of a period, Σ_y (1+r)^−(y − first year), so that an annual cost in period t counts
/// Weight(t) times in the present value (JPY of the first year).
/// </summary>
public sealed record PlanningPeriods(IReadOnlyList<int> Years, double DiscountRate)
{
    public const int DefaultLastLength = 5;

    public int Count => Years.Count;

    /// <summary>Years of period t.</summary>
    public int Length(int t) => t < Count - 1 ? Years[t + 1] - Years[t] : Count > 1 ? Years[t] - Years[t - 1] : DefaultLastLength;

    /// <summary>Σ over the years of period t of (1+r)^−(year − first year).</summary>
    public double Weight(int t)
    {
        double w = 0;
        for (int k = 0; k < Length(t); k++) w += Math.Pow(1 + DiscountRate, -(Years[t] - Years[0] + k));
        return w;
    }

    /// <summary>Periods must be strictly increasing years, at least one, and the rate above −1.</summary>
    public static PlanningPeriods Of(IReadOnlyList<int> years, double rate)
    {
        if (years.Count == 0) throw new ArgumentException("at least one period", nameof(years));
        for (int i = 1; i < years.Count; i++)
            if (years[i] <= years[i - 1]) throw new ArgumentException($"periods must increase: {years[i - 1]} then {years[i]}", nameof(years));
        if (!(rate > -1)) throw new ArgumentOutOfRangeException(nameof(rate), rate, "the discount rate must be > -1");
        return new PlanningPeriods(years, rate);
    }
}
