namespace Junkan.Core.Stocks;

/// <summary>
/// Where the outflow of a product goes, by model year: reuse (second-hand use at home), export of used products, and
/// the rest to domestic end-of-life treatment (where recycling can act). Shares are fractions of the outflow; the
/// domestic end-of-life share is 1 − reuse − export. A reused flow can feed another series as its inflow.
/// </summary>
public sealed record OutflowSplit
{
    public double[] Reuse { get; }
    public double[] Export { get; }

    public OutflowSplit(double[] reuse, double[] export)
    {
        ArgumentNullException.ThrowIfNull(reuse);
        ArgumentNullException.ThrowIfNull(export);
        if (reuse.Length != export.Length)
            throw new ArgumentException($"Reuse shares for {reuse.Length} years but export shares for {export.Length}.");
        for (int t = 0; t < reuse.Length; t++)
        {
            if (!(reuse[t] is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(reuse), reuse[t], $"Reuse share of year index {t} is not in 0..1.");
            if (!(export[t] is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(export), export[t], $"Export share of year index {t} is not in 0..1.");
            if (reuse[t] + export[t] > 1 + 1e-12)
                throw new ArgumentException($"Year index {t}: reuse {reuse[t]} + export {export[t]} exceed 1.");
        }
        (Reuse, Export) = (reuse, export);
    }

    /// <summary>The same shares in every one of <paramref name="years"/>.</summary>
    public static OutflowSplit Constant(int years, double reuse, double export) =>
        new(Enumerable.Repeat(reuse, years).ToArray(), Enumerable.Repeat(export, years).ToArray());

    public int Years => Reuse.Length;

    /// <summary>Splits one series' outflow (length = <see cref="Years"/>) into its three destinations; they add up to the outflow.</summary>
    public void Apply(ReadOnlySpan<double> outflow, Span<double> reuse, Span<double> domesticEndOfLife, Span<double> export)
    {
        if (outflow.Length != Years) throw new ArgumentException($"The outflow has {outflow.Length} years, the split {Years}.");
        for (int t = 0; t < outflow.Length; t++)
        {
            reuse[t] = outflow[t] * Reuse[t];
            export[t] = outflow[t] * Export[t];
            domesticEndOfLife[t] = outflow[t] - reuse[t] - export[t];
        }
    }
}
