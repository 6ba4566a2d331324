namespace Junkan.Core.Stocks.Lifetimes;

/// <summary>
/// An empirical survival table: S(a) for whole-year ages a = 0, 1, ..., n − 1 (non-increasing, in 0..1), linear
/// between whole ages, 1 before age 0 and 0 from age n on (tabulate to the age where survival is negligible).
/// </summary>
public sealed class EmpiricalSurvival
{
    private readonly double[] _survival;

    private EmpiricalSurvival(double[] survival) => _survival = survival;

    /// <summary>Survival by whole-year age, S(0), S(1), ...: each in 0..1 and non-increasing.</summary>
    public ReadOnlySpan<double> ByAge => _survival;

    /// <summary>From a survival table S(0), S(1), ...; throws <see cref="ArgumentException"/> naming the bad age.</summary>
    public static EmpiricalSurvival FromSurvival(ReadOnlySpan<double> survival)
    {
        if (survival.IsEmpty) throw new ArgumentException("An empirical survival table needs at least one age.");
        for (int a = 0; a < survival.Length; a++)
        {
            double s = survival[a];
            if (!double.IsFinite(s) || s < 0 || s > 1)
                throw new ArgumentException($"Survival at age {a} is {s}: it must lie in 0..1.");
            if (a > 0 && s > survival[a - 1])
                throw new ArgumentException($"Survival rises from {survival[a - 1]} at age {a - 1} to {s} at age {a}: it must not increase.");
        }
        return new EmpiricalSurvival(survival.ToArray());
    }

    /// <summary>
    /// From annual hazard rates h(0), h(1), ... (the share of the units alive at the start of the year of age a that
    /// leave during it): S(a) = Π_{k ≤ a} (1 − h(k)).
    /// </summary>
    public static EmpiricalSurvival FromHazards(ReadOnlySpan<double> hazards)
    {
        if (hazards.IsEmpty) throw new ArgumentException("An empirical hazard table needs at least one age.");
        var s = new double[hazards.Length];
        double alive = 1.0;
        for (int a = 0; a < hazards.Length; a++)
        {
            double h = hazards[a];
            if (!double.IsFinite(h) || h < 0 || h > 1)
                throw new ArgumentException($"The hazard rate at age {a} is {h}: it must lie in 0..1.");
            alive *= 1 - h;
            s[a] = alive;
        }
        return new EmpiricalSurvival(s);
    }

    /// <summary>S(x): 1 for x &lt; 0, linear between whole ages, 0 from the end of the table on.</summary>
    public double Survival(double age)
    {
        if (age < 0) return 1.0;
        int a = (int)Math.Floor(age);
        if (a >= _survival.Length) return 0.0;
        double next = a + 1 < _survival.Length ? _survival[a + 1] : 0.0;
        return _survival[a] + (age - a) * (next - _survival[a]);
    }

    /// <summary>∫₀^∞ S(x) dx in years (trapezoids between whole ages, closing at 0 one year after the table).</summary>
    public double MeanLifetime()
    {
        double sum = 0;
        for (int a = 0; a < _survival.Length; a++)
            sum += 0.5 * (_survival[a] + (a + 1 < _survival.Length ? _survival[a + 1] : 0.0));
        return sum;
    }
}
