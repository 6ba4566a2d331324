namespace Junkan.Core.Network;

/// <summary>
/// Splits a national total (t/y) over areas in proportion to a weight (population, vehicles, installed PV capacity...):
/// q_i = Q × w_i / Σ w. The weights must be non-negative with a positive sum.
/// </summary>
public static class SupplyScaling
{
    public static IReadOnlyDictionary<string, double> Scale(double nationalTonnes, IReadOnlyDictionary<string, double> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nationalTonnes);
        if (weights.Values.Any(w => w < 0 || !double.IsFinite(w))) throw new ArgumentException("weights must be finite and >= 0", nameof(weights));
        double sum = weights.Values.Sum();
        if (sum <= 0) throw new ArgumentException("weights sum to zero", nameof(weights));
        return weights.ToDictionary(kv => kv.Key, kv => nationalTonnes * kv.Value / sum);
    }
}
