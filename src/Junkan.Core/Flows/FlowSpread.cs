using Junkan.Core.Recyclability;

namespace Junkan.Core.Flows;

/// <summary>A central value (all estimates at their value) with the 5th and 95th percentiles of a Monte Carlo over the inputs (t/y).</summary>
public readonly record struct Spread3(double Central, double Low, double High);

/// <summary>
/// The uncertainty of an element's flow totals in one year: central values and 5–95 % ranges of end-of-life flow,
/// recovered today (end of life, new scrap, total), achievable, potential and exports, from <see cref="Draws"/> draws of
/// every input estimate (triangular over its range, <see cref="SampledValues"/>), seeded for reproducibility.
/// </summary>
public sealed record FlowSpread(int Year, Spread3 EndOfLife, Spread3 RecoveredEndOfLife, Spread3 RecoveredNewScrap, Spread3 RecoveredToday,
    Spread3 Achievable, Spread3 Potential, Spread3 Exported, int Draws)
{
    public const int DefaultDraws = 1000;

    /// <summary>The spread of <paramref name="model"/> in <paramref name="year"/> (forecast year = year).</summary>
    public static FlowSpread Of(ElementFlowModel model, int year, int draws = DefaultDraws, int seed = 1)
    {
        var central = model.Evaluate(CentralValues.Instance, year, year);
        var samples = new double[7][];
        for (int k = 0; k < samples.Length; k++) samples[k] = new double[draws];
        var values = new SampledValues(new Random(seed));
        for (int d = 0; d < draws; d++)
        {
            var o = model.Evaluate(values.Restart(new Random(Selection.MonteCarloSelection.DrawSeed(seed, d))), year, year);
            double[] x = [o.EndOfLife, o.RecoveredEndOfLife, o.RecoveredNewScrap, o.RecoveredToday, o.Achievable, o.Potential, o.Exported];
            for (int k = 0; k < x.Length; k++) samples[k][d] = x[k];
        }
        Spread3 S(int k, double c)
        {
            if (draws == 0) return new Spread3(c, c, c);
            Array.Sort(samples[k]);
            return new Spread3(c, samples[k][(int)(0.05 * (draws - 1))], samples[k][(int)Math.Ceiling(0.95 * (draws - 1))]);
        }
        return new FlowSpread(year, S(0, central.EndOfLife), S(1, central.RecoveredEndOfLife), S(2, central.RecoveredNewScrap), S(3, central.RecoveredToday),
            S(4, central.Achievable), S(5, central.Potential), S(6, central.Exported), draws);
    }
}

/// <summary>
/// How much of an element's flow system rests on published figures: the demand-share-weighted fraction of the per-use
/// parameters (collection, export, yield, achievable collection and yield, TRL, product export, growth) given for the
/// use by a source of quality ≥ 2, rather than a labelled Junkan estimate (quality 1), a route default or a gap (0..1);
/// for a group, demand-weighted over its members.
/// </summary>
public static class FlowCoverage
{
    private const int Parameters = 8;

    public static double Of(ElementFlowModel model, int year)
    {
        if (model.Inputs is { } inputs) return Of(inputs);
        double sum = 0, weight = 0;
        foreach (var m in model.Members)
        {
            double d = DemandHistory.Interpolate(m.Inputs!.Demand, year);
            (sum, weight) = (sum + d * Of(m.Inputs), weight + d);
        }
        return weight > 0 ? sum / weight : 0;
    }

    public static double Of(ElementFlowInputs inputs) => inputs.Uses.Sum(u => u.Share.Value * Published(u.Parameters) / Parameters);

    private static int Published(UseParameters p) =>
        new[] { p.CollectionRate, p.ExportShare, p.RecoveryYield, p.AchievableCollection, p.AchievableYield, p.Trl, p.ProductExportShare, p.GrowthRate }
            .Count(e => e is not null && e.Quality >= 2);
}
