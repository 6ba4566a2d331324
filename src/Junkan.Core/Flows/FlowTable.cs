using Junkan.Core.Recyclability;
using Junkan.Core.Stocks;

namespace Junkan.Core.Flows;

/// <summary>
/// An element's end-of-life flow per use in an assessment year and a forecast year (t/y per t/y of use demand at the
/// reference level), precomputed on a grid of lifetime means × growth rates by the stock engine, so that a Monte Carlo
/// draw reads it by bilinear interpolation instead of running a stock model: EOL_u(y; m, g) is exact at the grid nodes
/// (which include the central values) and linear in demand, product exports and new scrap, which a draw multiplies in.
/// </summary>
public sealed class FlowTable
{
    private const int Segments = 2;   // per side of the central value: 5 nodes per axis at most

    internal FlowTable(ElementFlowInputs inputs, int year, int forecastYear)
    {
        (Year, ForecastYear) = (year, forecastYear);
        int first = inputs.FirstDataYear, spin = DemandHistory.SpinUpYears(inputs), start = first - spin;
        int span = Math.Max(forecastYear, year) - start + 1;
        Uses = new UseGrid[inputs.Uses.Count];
        for (int u = 0; u < Uses.Length; u++) Uses[u] = Grid(inputs, inputs.Uses[u], start, span, year, forecastYear);
    }

    public int Year { get; }
    public int ForecastYear { get; }
    internal UseGrid[] Uses { get; }

    private static UseGrid Grid(ElementFlowInputs inputs, UseProfile use, int start, int span, int year, int forecast)
    {
        double[] means = Nodes(use.LifetimeMean), growths = use.Parameters.GrowthRate is { } g ? Nodes(g) : [0];
        int j = means.Length, k = growths.Length;
        var demand = new double[j * k * span];
        var lifetimes = new Stocks.Lifetimes.LifetimeDistribution[j * k];
        var demandIn = new double[k * 2];
        var row = new double[span];
        for (int b = 0; b < k; b++)
        {
            DemandHistory.FillUse(inputs, use, growths[b], start, row);
            (demandIn[2 * b], demandIn[2 * b + 1]) = (row[year - start], row[forecast - start]);
            for (int a = 0; a < j; a++)
            {
                row.CopyTo(demand.AsSpan((b * j + a) * span, span));
                lifetimes[b * j + a] = use.Lifetime.WithMean(means[a]);
            }
        }
        var flows = DynamicStockEngine.InflowDriven(new StockBatch(j * k, span, lifetimes), demand, new StockModelOptions { MaxDegreeOfParallelism = 1 });
        var eol = new double[j * k * 2];
        for (int s = 0; s < j * k; s++)
            (eol[2 * s], eol[2 * s + 1]) = (flows.Outflow[s * span + year - start], flows.Outflow[s * span + forecast - start]);
        return new UseGrid(means, growths, eol, demandIn);
    }

    /// <summary>Grid nodes over low..high with the central value as a node (strictly ascending; one node without a range).</summary>
    internal static double[] Nodes(Estimate e)
    {
        var nodes = new List<double>(2 * Segments + 1);
        for (int i = 0; i <= Segments; i++) nodes.Add(e.Low + (e.Value - e.Low) * i / Segments);
        for (int i = 1; i <= Segments; i++) nodes.Add(e.Value + (e.High - e.Value) * i / Segments);
        return [.. nodes.Distinct()];
    }
}

/// <summary>
/// One use's grid: lifetime means (years) × growth rates (1/y); end-of-life flow per node in the assessment year and
/// the forecast year (index 2·(b·J + a) + {0, 1}, t/y) and the use's demand in both years per growth node (t/y).
/// </summary>
internal sealed record UseGrid(double[] Means, double[] Growths, double[] EndOfLife, double[] Demand)
{
    /// <summary>Bilinear interpolation of the end-of-life flow at (mean, growth) clamped to the grid; <paramref name="forecast"/> picks the year.</summary>
    public double EndOfLifeAt(double mean, double growth, bool forecast)
    {
        var (a, wa) = Locate(Means, mean);
        var (b, wb) = Locate(Growths, growth);
        int j = Means.Length, o = forecast ? 1 : 0;
        double V(int bb, int aa) => EndOfLife[2 * (bb * j + aa) + o];
        int a1 = Math.Min(a + 1, j - 1), b1 = Math.Min(b + 1, Growths.Length - 1);
        double low = V(b, a) + wa * (V(b, a1) - V(b, a)), high = V(b1, a) + wa * (V(b1, a1) - V(b1, a));
        return low + wb * (high - low);
    }

    /// <summary>The use's demand at a growth rate (linear between growth nodes), assessment or forecast year.</summary>
    public double DemandAt(double growth, bool forecast)
    {
        var (b, wb) = Locate(Growths, growth);
        int b1 = Math.Min(b + 1, Growths.Length - 1), o = forecast ? 1 : 0;
        return Demand[2 * b + o] + wb * (Demand[2 * b1 + o] - Demand[2 * b + o]);
    }

    private static (int Index, double Weight) Locate(double[] nodes, double x)
    {
        if (nodes.Length == 1 || x <= nodes[0]) return (0, 0);
        if (x >= nodes[^1]) return (nodes.Length - 1, 0);
        int i = Array.BinarySearch(nodes, x);
        if (i >= 0) return (i, 0);
        i = ~i - 1;
        return (i, (x - nodes[i]) / (nodes[i + 1] - nodes[i]));
    }
}
