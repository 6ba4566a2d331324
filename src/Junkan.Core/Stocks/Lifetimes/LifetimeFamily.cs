namespace Junkan.Core.Stocks.Lifetimes;

/// <summary>The family of a product lifetime distribution (ages and parameters in years).</summary>
public enum LifetimeFamily
{
    /// <summary>Every unit leaves at the same age L: S(a) = 1 if a &lt; L, else 0 (ODYM's 'Fixed').</summary>
    Fixed,
    /// <summary>Normal(μ, σ), not truncated: the mass at negative ages leaves in the inflow year.</summary>
    Normal,
    /// <summary>Folded normal with μ and σ of the normal before folding: S(x) = Q((x − μ)/σ) + Q((x + μ)/σ).</summary>
    FoldedNormal,
    /// <summary>Log-normal given the mean m and standard deviation v of the lifetime itself.</summary>
    LogNormal,
    /// <summary>Weibull(shape k, scale λ): S(x) = exp(−(x/λ)^k).</summary>
    Weibull,
    /// <summary>Exponential with mean m: S(x) = exp(−x/m).</summary>
    Exponential,
    /// <summary>Gamma(shape k, scale θ): S(x) = Γ(k, x/θ)/Γ(k).</summary>
    Gamma,
    /// <summary>An empirical table of survival by whole-year age (or built from annual hazard rates).</summary>
    Empirical,
}
