namespace Junkan.Core.Stocks;

/// <summary>
/// Changes of lifetime that act on cohorts already in use, in hazard form: the annual hazard of cohort c in year t
/// becomes h′(t, c) = min(1, h(t − c) · P[t] · C[c]), with P the period effect (every cohort in use in year t: lifetime
/// extension, repair and reuse campaigns from a given year) and C the cohort effect (products put on the market in
/// year c, e.g. a longer warranty). Factors are dimensionless: &lt; 1 lengthens lifetimes, &gt; 1 shortens them.
/// Cohorts in stock before the first model year have cohort factor 1.
/// </summary>
public sealed record LifetimePolicy
{
    /// <summary>P[t] for each model year (length = years), or null for no period effect.</summary>
    public double[]? PeriodFactors { get; }

    /// <summary>C[c] for each model cohort (length = years), or null for no cohort effect.</summary>
    public double[]? CohortFactors { get; }

    public LifetimePolicy(double[]? periodFactors, double[]? cohortFactors)
    {
        Check(periodFactors, nameof(periodFactors));
        Check(cohortFactors, nameof(cohortFactors));
        (PeriodFactors, CohortFactors) = (periodFactors, cohortFactors);
    }

    /// <summary>From model year index <paramref name="fromYear"/> on, every cohort in use has its hazard multiplied by <paramref name="factor"/>.</summary>
    public static LifetimePolicy FromYear(int years, int fromYear, double factor)
    {
        if (fromYear < 0 || fromYear >= years)
            throw new ArgumentOutOfRangeException(nameof(fromYear), fromYear, $"The policy year index must lie in 0..{years - 1}.");
        var p = new double[years];
        for (int t = 0; t < years; t++) p[t] = t >= fromYear ? factor : 1.0;
        return new LifetimePolicy(p, null);
    }

    /// <summary>Whether any factor exceeds 1 (then hazards must be capped at 1).</summary>
    internal bool Shortens => (PeriodFactors?.Any(f => f > 1) ?? false) || (CohortFactors?.Any(f => f > 1) ?? false);

    internal void CheckLength(int years)
    {
        if (PeriodFactors is { } p && p.Length != years)
            throw new ArgumentException($"The lifetime policy has {p.Length} period factors for {years} model years.");
        if (CohortFactors is { } c && c.Length != years)
            throw new ArgumentException($"The lifetime policy has {c.Length} cohort factors for {years} model years.");
    }

    private static void Check(double[]? factors, string name)
    {
        if (factors is null) return;
        for (int i = 0; i < factors.Length; i++)
            if (!double.IsFinite(factors[i]) || factors[i] < 0)
                throw new ArgumentOutOfRangeException(name, factors[i], $"Hazard factor {i} is {factors[i]}: it must be a finite number >= 0.");
    }
}
