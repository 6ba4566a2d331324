using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Core.Stocks;

/// <summary>
/// Back-calculation of historic inflows from an age-structured stock (e.g. vehicles in use by age at the end of a year):
/// the cohort of age a entered with i = s(a) / sf(a), because its survivors are s(a) = i · sf(a).
/// </summary>
public static class AgeStructure
{
    /// <summary>
    /// Inflow of each cohort by its age at the survey year end (index a: the cohort entered a years before the survey
    /// year). A cohort with survival 0 and stock 0 gets inflow 0 (any inflow fits); survival 0 with a positive stock
    /// cannot be explained by the lifetime and is an error.
    /// </summary>
    public static double[] InflowFromStock(ReadOnlySpan<double> stockByAge, LifetimeDistribution lifetime, TimeConvention convention = default)
    {
        StockSeriesCheck.NonNegativeFinite(stockByAge, Math.Max(1, stockByAge.Length), "stock by age", "age");
        var sf = SurvivalCurve.Evaluate(lifetime, convention, stockByAge.Length);
        var inflow = new double[stockByAge.Length];
        for (int a = 0; a < stockByAge.Length; a++)
        {
            if (sf[a] > 0) inflow[a] = stockByAge[a] / sf[a];
            else if (stockByAge[a] > 0)
                throw new StockModelException($"Age {a}: a stock of {stockByAge[a]} survives, but the lifetime {lifetime} gives survival 0 at that age.");
        }
        return inflow;
    }

    /// <summary>The stock by age that inflows by age leave at the survey year end: s(a) = i(a) · sf(a) (the inverse of <see cref="InflowFromStock"/>).</summary>
    public static double[] StockFromInflow(ReadOnlySpan<double> inflowByAge, LifetimeDistribution lifetime, TimeConvention convention = default)
    {
        var sf = SurvivalCurve.Evaluate(lifetime, convention, inflowByAge.Length);
        for (int a = 0; a < sf.Length; a++) sf[a] *= inflowByAge[a];
        return sf;
    }
}
