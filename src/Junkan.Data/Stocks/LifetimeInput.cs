using Junkan.Core.Inputs;
using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Data.Stocks;

/// <summary>A lifetime spec as a user gives it (an option, a table cell): parsed, and every parameter within <see cref="InputLimits.MaxLifetimeParameter"/>.</summary>
public static class LifetimeInput
{
    /// <summary>Parses <paramref name="spec"/> (<see cref="LifetimeSpec.Syntax"/>); throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    public static LifetimeDistribution Parse(string spec)
    {
        var d = LifetimeSpec.Parse(spec);
        if (d.Family == LifetimeFamily.Empirical) return d;
        double largest = Math.Max(Math.Abs(d.A), Math.Abs(d.B));
        if (!(largest <= InputLimits.MaxLifetimeParameter) || !(d.MeanLifetime <= InputLimits.MaxLifetimeParameter))
            throw new ArgumentException(FormattableString.Invariant(
                $"Lifetime '{spec}': a parameter or the mean exceeds the limit of {InputLimits.MaxLifetimeParameter:N0} years."));
        return d;
    }
}
