namespace Junkan.Core.Stocks;

/// <summary>What a stock-driven model does when a falling stock would need a negative inflow.</summary>
public enum NegativeInflowPolicy
{
    /// <summary>Keep the negative inflow (ODYM's behaviour) and flag the year.</summary>
    Allow,
    /// <summary>Set the inflow to 0 and retire the surplus early from the existing cohorts in proportion to their stock; flag the year.</summary>
    Correct,
}
