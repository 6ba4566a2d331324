using System.Globalization;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Data.Reference;

namespace Junkan.Data.Flows;

/// <summary>
/// The lifetime distribution of a use_lifetimes.csv row at its mean (years): <c>weibull:shape=k</c> (scale =
/// mean / Γ(1 + 1/k)); <c>weibull</c> with a standard deviation (shape solved from the coefficient of variation) or
/// without one; <c>fixed</c> (only a mean published); <c>normal</c> and <c>lognormal</c> with <c>sd_years</c>.
/// Where only a mean is published the spread is a stated assumption: Weibull shape <see cref="AssumedShape"/>.
/// </summary>
internal static class LifetimeShapes
{
    /// <summary>Weibull shape assumed where no spread is published (CV ≈ 0.52, discard-age surveys of durables fit 1.5..3.5).</summary>
    public const double AssumedShape = 2.0;

    public static LifetimeDistribution Distribution(CsvRow row, string spec, double mean, double? sd)
    {
        string name = spec.Split(':')[0];
        switch (name)
        {
            case "weibull":
                double shape = Shape(row, spec) ?? (sd is > 0 ? ShapeFromCv(sd.Value / mean) : AssumedShape);
                return Weibull(shape, mean);
            case "fixed":
                return Weibull(AssumedShape, mean);
            case "normal" or "lognormal":
                if (sd is not > 0) throw row.Error("sd_years", $"a {name} lifetime needs a positive sd_years");
                return name == "normal" ? LifetimeDistribution.Normal(mean, sd.Value) : LifetimeDistribution.LogNormal(mean, sd.Value);
            default:
                throw row.Error("distribution", $"'{spec}': write weibull[:shape=k], fixed, normal or lognormal");
        }
    }

    private static LifetimeDistribution Weibull(double shape, double mean) =>
        LifetimeDistribution.Weibull(shape, mean / MathNet.Numerics.SpecialFunctions.Gamma(1 + 1 / shape));

    private static double? Shape(CsvRow row, string spec)
    {
        int colon = spec.IndexOf(':');
        if (colon < 0) return null;
        string body = spec[(colon + 1)..];
        if (!body.StartsWith("shape=", StringComparison.Ordinal) || !double.TryParse(body[6..], NumberStyles.Float, CultureInfo.InvariantCulture, out double k) || !(k is > 0.1 and <= 20))
            throw row.Error("distribution", $"'{spec}': write weibull:shape=k with 0.1 < k ≤ 20");
        return k;
    }

    /// <summary>The Weibull shape with coefficient of variation <paramref name="cv"/> (bisection on CV(k), decreasing in k).</summary>
    private static double ShapeFromCv(double cv)
    {
        static double Cv(double k)
        {
            double g1 = MathNet.Numerics.SpecialFunctions.Gamma(1 + 1 / k), g2 = MathNet.Numerics.SpecialFunctions.Gamma(1 + 2 / k);
            return Math.Sqrt(Math.Max(g2 / (g1 * g1) - 1, 0));
        }
        double lo = 0.2, hi = 20;
        for (int i = 0; i < 80; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (Cv(mid) > cv) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }
}
