namespace Junkan.Core.Stocks;

/// <summary>
/// The executable conservation check of a stock: i[t] − o[t] − Δs[t] = 0 every year, measured relative to the largest
/// magnitude among the three in that series (as flodym's check_mass_balance scales its tolerance to the values).
/// </summary>
public static class MassBalance
{
    /// <summary>Default tolerance: 1e-12 relative.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>Largest |i − o − Δs| / max(|i|, |o|, |Δs|, |s|) over the years (0 for an all-zero series).</summary>
    public static double MaxRelativeError(ReadOnlySpan<double> inflow, ReadOnlySpan<double> outflow, ReadOnlySpan<double> stockChange, ReadOnlySpan<double> stock)
    {
        double scale = 0, worst = 0;
        for (int t = 0; t < inflow.Length; t++)
            scale = Math.Max(scale, Math.Max(Math.Max(Math.Abs(inflow[t]), Math.Abs(outflow[t])), Math.Max(Math.Abs(stockChange[t]), Math.Abs(stock[t]))));
        if (scale == 0) return 0;
        for (int t = 0; t < inflow.Length; t++)
            worst = Math.Max(worst, Math.Abs(inflow[t] - outflow[t] - stockChange[t]) / scale);
        return worst;
    }

    /// <summary>The worst relative error over every series of a batch result.</summary>
    public static double MaxRelativeError(StockFlows flows)
    {
        double worst = 0;
        for (int s = 0; s < flows.SeriesCount; s++)
            worst = Math.Max(worst, MaxRelativeError(flows.InflowOf(s), flows.OutflowOf(s), flows.StockChangeOf(s), flows.StockOf(s)));
        return worst;
    }
}
