namespace Junkan.Core.Flows;

/// <summary>How a year's demand was obtained.</summary>
public enum DemandBasis
{
    /// <summary>Before the first published year: back-cast at the use's growth rate, floored at 0 %/y (spin-up of the stock).</summary>
    BackCast,
    /// <summary>A published (or labelled estimated) figure.</summary>
    Published,
    /// <summary>Linear between two published years.</summary>
    Interpolated,
    /// <summary>After the last published year: carried forward at the use's growth rate of the scenario.</summary>
    Projected,
}

/// <summary>
/// Japan's demand of one element by use and year (t/y), from the demand points and use shares:
/// D_u(t) = D(t) · share_u with D linear between published years; before the first published year
/// D_u(t) = D_u(t₀) / (1 + max(g_u, 0))^(t₀ − t) (a labelled spin-up so that the in-use stock of t₀ holds earlier
/// cohorts); after the last, D_u(t) = D_u(t − 1) · (1 + g_u) with g_u the use's growth rate of the scenario (0 where
/// the use has none).
/// </summary>
public static class DemandHistory
{
    /// <summary>Years of spin-up before the first published year: enough for the longest-lived use (3 mean lifetimes), at most 150.</summary>
    public static int SpinUpYears(ElementFlowInputs inputs) =>
        Math.Clamp((int)Math.Ceiling(3 * inputs.Uses.Max(u => u.Lifetime.MeanLifetime)), 10, 150);

    /// <summary>The basis of the demand of <paramref name="year"/>.</summary>
    public static DemandBasis Basis(ElementFlowInputs inputs, int year)
    {
        if (year < inputs.FirstDataYear) return DemandBasis.BackCast;
        if (year > inputs.Demand[^1].Year) return DemandBasis.Projected;
        return inputs.Demand.Any(d => d.Year == year) ? DemandBasis.Published : DemandBasis.Interpolated;
    }

    /// <summary>Total demand D(t) of a published or interpolated year (t/y).</summary>
    public static double Interpolate(IReadOnlyList<DemandPoint> points, int year)
    {
        if (year <= points[0].Year) return points[0].Tonnes.Value;
        for (int i = 1; i < points.Count; i++)
            if (year <= points[i].Year)
            {
                var (a, b) = (points[i - 1], points[i]);
                double w = (year - a.Year) / (double)(b.Year - a.Year);
                return a.Tonnes.Value + w * (b.Tonnes.Value - a.Tonnes.Value);
            }
        return points[^1].Tonnes.Value;
    }

    /// <summary>
    /// Fills <paramref name="into"/>[t − <paramref name="startYear"/>] = D_u(t) for one use over the years of the span,
    /// with <paramref name="growth"/> the use's growth rate (1/y) after the last published year.
    /// </summary>
    public static void FillUse(ElementFlowInputs inputs, UseProfile use, double growth, int startYear, Span<double> into)
    {
        double share = use.Share.Value, back = 1 + Math.Max(use.Parameters.GrowthRate?.Value ?? 0, 0);
        int first = inputs.FirstDataYear, last = inputs.Demand[^1].Year;
        for (int i = 0; i < into.Length; i++)
        {
            int year = startYear + i;
            if (year < first) into[i] = share * inputs.Demand[0].Tonnes.Value / Math.Pow(back, first - year);
            else if (year <= last) into[i] = share * Interpolate(inputs.Demand, year);
            else into[i] = (i > 0 ? into[i - 1] : share * inputs.Demand[^1].Tonnes.Value) * (1 + growth);
        }
    }

    /// <summary>The growth rate of a use in a scenario (1/y; 0 where the use has none).</summary>
    public static double Growth(UseProfile use, GrowthScenario scenario) => use.Parameters.GrowthRate switch
    {
        null => 0,
        var g => scenario switch { GrowthScenario.Low => g.Low, GrowthScenario.High => g.High, _ => g.Value },
    };
}
