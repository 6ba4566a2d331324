namespace Junkan.Core.Recyclability;

/// <summary>
/// Contained and recoverable tonnes of one source year by year from <see cref="FirstYear"/> (t of element per year;
/// null = not computable that year). Modelled products follow the stock model; other sources have one published
/// figure, which <see cref="Compute"/> holds constant over the years (<see cref="HeldConstant"/> says so).
/// </summary>
public sealed record SourceTrajectory(RecyclingSource Source, int FirstYear, double?[] Contained, double?[] Recoverable, bool HeldConstant)
{
    public int LastYear => FirstYear + Recoverable.Length - 1;

    /// <summary>The trajectories of every source of <paramref name="profile"/> over <paramref name="firstYear"/>..<paramref name="lastYear"/>.</summary>
    public static IReadOnlyList<SourceTrajectory> Compute(ElementProfile profile, ProductElementFlows flows, int firstYear, int lastYear, IParameterValues values)
    {
        if (lastYear < firstYear) throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, $"The last year is before the first year {firstYear}.");
        int n = lastYear - firstYear + 1;
        return profile.Sources.Select(s =>
        {
            var contained = new double?[n];
            var recoverable = new double?[n];
            for (int i = 0; i < n; i++)
            {
                var a = SourceCalculator.Amount(s, firstYear + i, flows, values);
                contained[i] = a.Contained;
                recoverable[i] = a.Recoverable;
            }
            bool modelled = s.Product is { } p && flows.Has(p, s.Element);
            return new SourceTrajectory(s, firstYear, contained, recoverable, !modelled);
        }).ToArray();
    }
}
