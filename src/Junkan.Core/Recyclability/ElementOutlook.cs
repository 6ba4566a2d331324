namespace Junkan.Core.Recyclability;

/// <summary>
/// Recoverable tonnes of one element in one forecast year (t of element per year, at today's collection rates and
/// yields, central values) and their share of Japan's demand (the risk-reduction potential of
/// shared/design/recyclability.md). Demand is today's published figure held constant: no demand forecast is bundled,
/// so the share says what the future flow would cover of today's demand. <see cref="HeldSources"/> counts the sources
/// that contribute a published figure held constant (no stock model), which the year does not change.
/// </summary>
public sealed record HorizonAmount(int Year, double? Recoverable, double? DemandShare, int HeldSources);

/// <summary>The recoverable tonnes of an element at forecast horizons (e.g. 2030, 2040, 2050), read from its source trajectories.</summary>
public static class ElementOutlook
{
    /// <summary>
    /// The amount at each year of <paramref name="years"/>: the sum over sources with a value that year (null when no
    /// source has one) and its share of <paramref name="demand"/> (t/y; null or ≤ 0 gives no share). Every year must lie
    /// inside the trajectories.
    /// </summary>
    public static IReadOnlyList<HorizonAmount> At(IReadOnlyList<SourceTrajectory> trajectories, double? demand, IEnumerable<int> years) =>
        years.Select(y => At(trajectories, demand, y)).ToArray();

    private static HorizonAmount At(IReadOnlyList<SourceTrajectory> trajectories, double? demand, int year)
    {
        double sum = 0;
        int held = 0;
        bool any = false;
        foreach (var t in trajectories)
        {
            if (year < t.FirstYear || year > t.LastYear)
                throw new ArgumentOutOfRangeException(nameof(year), year, $"Source {t.Source.Id} has amounts for {t.FirstYear}-{t.LastYear} only.");
            if (t.Recoverable[year - t.FirstYear] is not { } r) continue;
            sum += r;
            any = true;
            if (t.HeldConstant && r > 0) held++;
        }
        double? total = any ? sum : null;
        return new HorizonAmount(year, total, total is { } x && demand is > 0 ? x / demand : null, held);
    }
}
