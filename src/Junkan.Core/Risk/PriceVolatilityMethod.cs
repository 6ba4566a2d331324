namespace Junkan.Core.Risk;

/// <summary>How price volatility (METI ⑤) is measured from annual average prices over the window.</summary>
public enum PriceVolatilityMethod
{
    /// <summary>Coefficient of variation: sample standard deviation (n − 1) ÷ mean. Default.</summary>
    CoefficientOfVariation,
    /// <summary>Standard deviation (n − 2) of annual log returns ln(pₜ/pₜ₋₁); with annual data this is already annualised.</summary>
    LogReturnStdDev,
    /// <summary>max/min − 1 over the window (0.5 = the highest price is 50 % above the lowest).</summary>
    MaxMinRange,
}
