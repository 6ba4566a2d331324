using Junkan.Core.Citations;

namespace Junkan.Core.Network;

/// <summary>
/// Economic and energy settings of a case: discount rate (per year) and plant life (years) that annualise investment,
/// carbon price (JPY/t CO2e), grid emission factor (kg CO2e/kWh) and the days hazardous material waits at a hub.
/// </summary>
public sealed record Economics(double DiscountRate, int LifeYears, double CarbonPriceJpyPerTonne, double GridKgPerKwh, double HazardDwellDays,
    Provenance GridSource)
{
    /// <summary>Capital recovery factor r(1+r)^n/((1+r)^n-1); 1/n at r = 0.</summary>
    public double CapitalRecoveryFactor => DiscountRate == 0 ? 1.0 / LifeYears :
        DiscountRate * Math.Pow(1 + DiscountRate, LifeYears) / (Math.Pow(1 + DiscountRate, LifeYears) - 1);
}
